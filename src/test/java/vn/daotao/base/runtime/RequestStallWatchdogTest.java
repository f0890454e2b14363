package vn.daotao.base.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.LivenessState;

class RequestStallWatchdogTest {

    private static final long SECOND = 1_000_000_000L;

    private final ExecutorService requests = Executors.newFixedThreadPool(1);
    private final List<LivenessState> published = new CopyOnWriteArrayList<>();
    private final RequestStallWatchdog watchdog =
            new RequestStallWatchdog(requests, Duration.ofSeconds(30), published::add);

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    @Test
    void aServerWhoseThreadsTakeWorkStaysLive() throws Exception {
        for (long t = 0; t <= 120; t += 5) {
            watchdog.check(t * SECOND);
            drain();
        }
        assertThat(published).isEmpty();
    }

    @Test
    void threadsThatTakeNoWorkTurnLivenessBrokenAndBackWhenTheyDo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        requests.execute(() -> awaitQuietly(release)); // the only request thread hangs

        watchdog.check(0);
        watchdog.check(25 * SECOND);
        assertThat(published)
                .as("a heartbeat waiting less than the limit is only a busy server")
                .isEmpty();
        watchdog.check(31 * SECOND);
        assertThat(published).containsExactly(LivenessState.BROKEN);
        watchdog.check(60 * SECOND);
        assertThat(published).as("reported once").containsExactly(LivenessState.BROKEN);

        release.countDown();
        drain();
        assertThat(published)
                .as("reported by the next check, not by the request thread")
                .containsExactly(LivenessState.BROKEN);
        watchdog.check(65 * SECOND);
        assertThat(published).containsExactly(LivenessState.BROKEN, LivenessState.CORRECT);
    }

    @Test
    void aStoppedExecutorIsNotAStall() {
        requests.shutdown();
        watchdog.check(0);
        watchdog.check(40 * SECOND);
        watchdog.check(80 * SECOND);
        assertThat(published).isEmpty();
    }

    /** Waits until every heartbeat handed to the single request thread has run. */
    private void drain() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        requests.execute(done::countDown);
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
