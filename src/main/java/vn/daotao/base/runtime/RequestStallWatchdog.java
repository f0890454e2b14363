package vn.daotao.base.runtime;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.LivenessState;

/**
 * Tells whether the request threads still take work. Every check hands a no-op heartbeat to the web
 * server's request executor; when a heartbeat has waited longer than {@code stallAfter} no request
 * can be running either, so liveness turns BROKEN (and CORRECT again once a heartbeat runs). A busy
 * server only delays heartbeats by the time a request thread needs to free up, far below the limit.
 */
final class RequestStallWatchdog {

    private static final Logger log = LoggerFactory.getLogger(RequestStallWatchdog.class);
    private static final long NONE = Long.MIN_VALUE;

    private final Executor requests;
    private final long stallAfterNanos;
    private final Consumer<LivenessState> liveness;
    private volatile long pendingSince = NONE;
    private volatile boolean stalled;

    RequestStallWatchdog(Executor requests, Duration stallAfter, Consumer<LivenessState> liveness) {
        this.requests = requests;
        this.stallAfterNanos = stallAfter.toNanos();
        this.liveness = liveness;
    }

    /**
     * Called at a fixed rate from one thread outside the request executor; only this thread changes the
     * state and publishes it, so BROKEN and CORRECT can never arrive out of order.
     */
    void check(long nowNanos) {
        long since = pendingSince;
        if (since == NONE) {
            if (stalled) {
                stalled = false;
                log.warn("Request threads take work again: liveness is CORRECT");
                liveness.accept(LivenessState.CORRECT);
            }
            pendingSince = nowNanos;
            try {
                requests.execute(this::beat);
            } catch (RejectedExecutionException e) {
                // A stopped executor (shutdown under way) is not a stall; try again next time.
                pendingSince = NONE;
            }
        } else if (!stalled && nowNanos - since > stallAfterNanos) {
            stalled = true;
            log.error(
                    "No request thread has taken work for {} s: liveness is BROKEN until one does",
                    Duration.ofNanos(nowNanos - since).toSeconds());
            liveness.accept(LivenessState.BROKEN);
        }
    }

    private void beat() {
        pendingSince = NONE;
    }
}
