package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-25T08:00:00Z"));
    private LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle(jdbc, clock, 5, Duration.ofMinutes(15));
        throttle.reset("throttle-test");
    }

    @Test
    void fifthFailureLocksForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.recordFailure("throttle-test")).isFalse();
            assertThat(throttle.lockedUntil("throttle-test")).isEmpty();
        }
        assertThat(throttle.recordFailure("Throttle-Test "))
                .as("names are case- and space-insensitive")
                .isTrue();
        assertThat(throttle.lockedUntil("throttle-test")).contains(Instant.parse("2026-05-25T08:15:00Z"));

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedUntil("throttle-test")).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.lockedUntil("throttle-test")).isEmpty();
        assertThat(throttle.recordFailure("throttle-test"))
                .as("an expired lock starts a new count")
                .isFalse();
    }

    @Test
    void failuresFarApartDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("throttle-test");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.recordFailure("throttle-test")).isFalse();
        assertThat(throttle.lockedUntil("throttle-test")).isEmpty();
    }

    @Test
    void resetUnlocks() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("throttle-test");
        }
        assertThat(throttle.lockedUntil("throttle-test")).isPresent();
        throttle.reset("throttle-test");
        assertThat(throttle.lockedUntil("throttle-test")).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
