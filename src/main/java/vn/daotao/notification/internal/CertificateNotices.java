package vn.daotao.notification.internal;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daotao.progress.CourseCompleted;

/**
 * "Your certificate is issued", recorded as soon as the completion and its certificate are committed, in a
 * transaction of its own (a notice can never undo a completion). Should the node die in between, the planner's next
 * run records it (certificates of the last three days without their notice).
 */
@Component
class CertificateNotices {

    private static final Logger log = LoggerFactory.getLogger(CertificateNotices.class);

    private final NotificationStore store;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;

    CertificateNotices(
            NotificationStore store,
            org.springframework.transaction.PlatformTransactionManager transactions,
            ObjectProvider<JavaMailSender> mail,
            Clock clock) {
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.mail = mail;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void issued(CourseCompleted completed) {
        try {
            tx.executeWithoutResult(status -> store.planCertificates(
                    completed.completionId(),
                    completed.completedAt().minus(Duration.ofDays(1)),
                    clock.instant(),
                    mail.getIfAvailable() != null));
        } catch (RuntimeException e) {
            log.warn(
                    "The certificate notice of completion {} waits for the planner: {}",
                    completed.completionId(),
                    e.getMessage());
        }
    }
}
