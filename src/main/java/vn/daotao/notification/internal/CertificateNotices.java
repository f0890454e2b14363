package vn.daotao.notification.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.daotao.progress.CourseCompleted;

/**
 * "Your certificate is issued", recorded in the transaction that records the completion and issues the certificate,
 * just before it commits (after the certificate listener): the notice exists exactly when the certificate does. It is
 * one insert that ignores a notice that exists, with no second connection (a rush of completions must not wait for
 * the pool). The planner also records the notices of the last three days' certificates that have none.
 */
@Component
class CertificateNotices {

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    CertificateNotices(NotificationStore store, ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void issued(CourseCompleted completed) {
        store.planCertificates(
                completed.completionId(),
                completed.completedAt().minus(Duration.ofDays(1)),
                clock.instant(),
                mail.getIfAvailable() != null);
    }
}
