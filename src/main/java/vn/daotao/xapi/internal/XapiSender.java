package vn.daotao.xapi.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends the kept statements to the store: {@code PUT statements?statementId=} with the statement's own id (a
 * resend after a crash is the same statement to the store), the xAPI version header and Basic credentials. A person's
 * statements go one after another in the order they happened; while the store fails or does not answer in time a
 * statement waits 30 s, 2, 10, 30 minutes, then every hour, never given up (nothing is lost). One the store refuses
 * for good (400, 403, 404, 413, 422) is kept as FAILED, logged as an error, and no longer holds the person's others.
 */
@Component
public class XapiSender {

    private static final Logger log = LoggerFactory.getLogger(XapiSender.class);
    /** A batch takes at most BATCH x 2 x the timeout (10 x 10 s by default), well inside its lease. */
    private static final int BATCH = 10;

    private static final int LEASE_SECONDS = 180;
    private static final List<Duration> BACK_OFF = List.of(
            Duration.ofSeconds(30),
            Duration.ofMinutes(2),
            Duration.ofMinutes(10),
            Duration.ofMinutes(30),
            Duration.ofHours(1));

    private final XapiOutbox outbox;
    private final XapiSettings settings;
    private final HttpClient http;

    XapiSender(XapiOutbox outbox, XapiSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(settings.timeoutMillis()))
                .build();
    }

    public record Sent(int sent, int failed) {}

    /** Sends what is due at {@code now}, round after round (each round one statement per person, in order). */
    public Sent sendDue(Instant now) {
        if (!settings.enabled() || settings.endpoint().isBlank()) {
            return new Sent(0, 0);
        }
        int sent = 0;
        int failed = 0;
        long started = System.nanoTime();
        for (int round = 0; round < 1000; round++) {
            Instant claimedAt = now.plusNanos(System.nanoTime() - started);
            UUID claim = UUID.randomUUID();
            List<XapiOutbox.Pending> batch = outbox.claim(claimedAt, BATCH, LEASE_SECONDS, claim);
            if (batch.isEmpty()) {
                break;
            }
            int failedNow = 0;
            for (XapiOutbox.Pending p : batch) {
                Outcome outcome = put(p);
                if (outcome.stored()) {
                    outbox.markSent(p.id(), claim, Instant.now());
                    sent++;
                } else if (outcome.forGood()) {
                    failedNow++;
                    outbox.markRefused(p.id(), claim, outcome.problem());
                    log.error(
                            "xAPI statement {} refused for good by the store: {}", p.statementId(), outcome.problem());
                } else {
                    failedNow++;
                    Duration wait = BACK_OFF.get(Math.min(p.attempts(), BACK_OFF.size()) - 1);
                    // the wait runs from the failure, not from the claim
                    Instant failedAt = now.plusNanos(System.nanoTime() - started);
                    outbox.markFailed(p.id(), claim, failedAt.plus(wait), outcome.problem());
                    log.warn(
                            "xAPI statement {} not stored (attempt {}): {}",
                            p.statementId(),
                            p.attempts(),
                            outcome.problem());
                }
            }
            failed += failedNow;
            if (failedNow == batch.size()) {
                break; // the store is away: the back-off decides when to try again
            }
        }
        return new Sent(sent, failed);
    }

    /** What the store said: stored, or not (and whether it never will take it). */
    private record Outcome(boolean stored, boolean forGood, String problem) {
        static final Outcome STORED = new Outcome(true, false, null);
    }

    private static final java.util.Set<Integer> FOR_GOOD = java.util.Set.of(400, 403, 404, 413, 422);

    private Outcome put(XapiOutbox.Pending p) {
        String base = settings.endpoint().endsWith("/") ? settings.endpoint() : settings.endpoint() + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base + "statements?statementId=" + p.statementId()))
                .timeout(Duration.ofMillis(settings.timeoutMillis()))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", "1.0.3")
                .PUT(HttpRequest.BodyPublishers.ofString(p.statement(), StandardCharsets.UTF_8));
        if (!settings.username().isBlank()) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((settings.username() + ":" + settings.password())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // 204: stored; 409: the store has a statement with this id (a resend after a crash)
            if (response.statusCode() == 204 || response.statusCode() == 200 || response.statusCode() == 409) {
                return Outcome.STORED;
            }
            return new Outcome(false, FOR_GOOD.contains(response.statusCode()), "HTTP " + response.statusCode());
        } catch (java.io.IOException e) {
            return new Outcome(false, false, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, false, "interrupted");
        }
    }
}
