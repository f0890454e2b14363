package vn.daotao.notification.internal;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the recorded notices by e-mail (the outbox). Each batch is claimed for a lease of 5 minutes from its claim,
 * under a claim token, so two nodes never send the same notice at once and a run whose lease ran out cannot mark
 * another's; a notice sent is marked at once; one that fails is tried again later (1, 5, 15 minutes,
 * then 1, 3, 6, 12 hours) and marked failed after the last attempt, while its in-app notice stays. A node that
 * dies between sending and marking leaves the notice to be sent again after the lease: at least once, never
 * twice in any other case.
 */
@Component
public class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final int BATCH = 50;
    private static final int LEASE_SECONDS = 300;
    private static final List<Duration> BACK_OFF = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(3),
            Duration.ofHours(6),
            Duration.ofHours(12));

    private final NotificationStore store;
    private final ObjectProvider<JavaMailSender> mail;
    private final I18NProvider i18n;
    private final NotificationSettings settings;
    private final String from;
    private final String publicUrl;

    NotificationMailer(
            NotificationStore store,
            ObjectProvider<JavaMailSender> mail,
            I18NProvider i18n,
            NotificationSettings settings,
            @Value("${app.mail.from:no-reply@daotao.local}") String from,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.store = store;
        this.mail = mail;
        this.i18n = i18n;
        this.settings = settings;
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What one run did. */
    public record Sent(int sent, int failed) {}

    /** Sends every notice whose e-mail is due at {@code now}, batch after batch. */
    public Sent sendDue(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Sent(0, 0);
        }
        int sent = 0;
        int failed = 0;
        long started = System.nanoTime();
        for (int round = 0; round < 100; round++) {
            // each batch's lease runs from when it is claimed, not from when this run began
            Instant claimedAt = now.plusNanos(System.nanoTime() - started);
            java.util.UUID claim = java.util.UUID.randomUUID();
            List<NotificationStore.Outgoing> batch = store.claim(claimedAt, BATCH, LEASE_SECONDS, claim);
            for (NotificationStore.Outgoing n : batch) {
                try {
                    sender.send(message(sender, n));
                    store.markSent(n.id(), claim, Instant.now());
                    sent++;
                } catch (Exception e) {
                    failed++;
                    Instant next = n.attempts() >= settings.maxAttempts()
                            ? null
                            : claimedAt.plus(BACK_OFF.get(Math.min(n.attempts(), BACK_OFF.size()) - 1));
                    store.markFailed(n.id(), claim, next, e.getClass().getSimpleName() + ": " + e.getMessage());
                    log.warn(
                            "Notice {} not sent (attempt {}){}: {}",
                            n.id(),
                            n.attempts(),
                            next == null ? ", given up" : "",
                            e.getMessage());
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        return new Sent(sent, failed);
    }

    private MimeMessage message(JavaMailSender sender, NotificationStore.Outgoing n) throws Exception {
        NotificationEmail.Rendered email =
                NotificationEmail.render(i18n, publicUrl, n.fullName(), n.kind(), n.params());
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(n.to());
        helper.setSubject(email.subject());
        helper.setText(email.text(), email.html());
        message.setHeader("X-Daotao-Notice", String.valueOf(n.id()));
        return message;
    }
}
