package vn.daotao.notification;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.notification.internal.NotificationStore;
import vn.daotao.security.CurrentUser;

/** The signed-in person's own notices: newest first, how many are new, and marking them read. */
@Service
public class NotificationService {

    private static final int SHOWN = 100;

    private final NotificationStore store;
    private final CurrentUser currentUser;

    NotificationService(NotificationStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NoticeRow> myNotices() {
        return store.forPerson(currentUser.require().id(), SHOWN);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int myUnseenCount() {
        return store.unseen(currentUser.require().id());
    }

    /** The person's notices up to the newest one shown count as read (not one recorded since, nor older unshown ones). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markMineSeen(List<NoticeRow> shown) {
        if (shown.isEmpty()) {
            return 0;
        }
        long upTo = shown.stream().mapToLong(NoticeRow::id).max().orElseThrow();
        long from = shown.stream().mapToLong(NoticeRow::id).min().orElseThrow();
        return store.markSeen(currentUser.require().id(), from, upTo);
    }
}
