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

    /** Every notice of the person counts as read from now on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markMineSeen() {
        return store.markSeen(currentUser.require().id());
    }
}
