package vn.daotao.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the notices that are due on a day: new cycles, the reminder days before a due date, the day after it,
 * the unit heads' weekly digest, and certificates whose notice a crash kept from being recorded. Safe to run on
 * every node and as often as wanted: a node that finds another planning skips its run (an advisory lock), and a
 * notice that exists is not recorded again (person, kind and event are unique).
 */
@Component
public class NotificationPlanner {

    private static final Logger log = LoggerFactory.getLogger(NotificationPlanner.class);

    private final NotificationStore store;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;

    NotificationPlanner(
            NotificationStore store,
            TransactionTemplate tx,
            ObjectProvider<JavaMailSender> mail,
            NotificationSettings settings) {
        this.store = store;
        this.tx = tx;
        this.mail = mail;
        this.settings = settings;
    }

    /** What one run recorded. */
    public record Planned(int assigned, int dueSoon, int overdue, int digests, int certificates) {
        int total() {
            return assigned + dueSoon + overdue + digests + certificates;
        }
    }

    /** Plans the notices of {@code today} (Vietnam date) at {@code now}. */
    public Planned plan(LocalDate today, Instant now) {
        boolean mailOn = mail.getIfAvailable() != null;
        Planned planned = tx.execute(status -> {
            if (!store.tryLockPlanning()) {
                return new Planned(0, 0, 0, 0, 0);
            }
            int assigned = store.planAssigned(today, now, mailOn, settings.assignedWindowDays());
            int dueSoon = store.planDueSoon(today, now, mailOn);
            int overdue = store.planOverdue(today, now, mailOn, settings.overdueWindowDays());
            int digests = today.getDayOfWeek() == settings.digestDay()
                    ? store.planDigest(today, now, mailOn, week(today))
                    : 0;
            int certificates = store.planCertificates(null, now.minus(java.time.Duration.ofDays(3)), now, mailOn);
            return new Planned(assigned, dueSoon, overdue, digests, certificates);
        });
        if (planned.total() > 0) {
            log.info("Notices recorded: {}", planned);
        }
        return planned;
    }

    /** 2026-W49: one digest per head and ISO week. */
    static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
