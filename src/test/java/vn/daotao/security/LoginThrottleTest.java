package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.security.LoginThrottle.Admission;

/** The three scopes of the sign-in throttle on a clock the test moves. */
@SpringBootTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-25T08:00:00Z"));
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String name = "throttle-" + tag;
    private final int run = new java.util.Random().nextInt(250 * 250);
    private LoginThrottle throttle;

    /** An address of this run only: counts per address must not add up across runs on the same database. */
    private String ip(int n) {
        return n + "." + (run / 250) + "." + (run % 250) + ".";
    }

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle(jdbc, clock, 5, 30, 50, Duration.ofMinutes(15), 90);
    }

    @Test
    void fiveFailuresAtOneAddressLockThatPairForFifteenMinutesOnly() {
        String attacker = ip(11) + "1";
        for (int i = 1; i <= 5; i++) {
            assertThat(throttle.admit(name, attacker)).isEqualTo(Admission.ALLOWED);
            assertThat(throttle.failed(name, attacker).lockedHere()).isEqualTo(i == 5);
        }
        assertThat(throttle.admit(" Throttle-" + tag + " ", attacker))
                .as("names are case- and space-insensitive")
                .isEqualTo(Admission.LOCKED_NAME_ADDRESS);
        assertThat(throttle.lockedUntil(name)).contains(Instant.parse("2026-05-25T08:15:00Z"));
        assertThat(throttle.admit(name, ip(12) + "1"))
                .as("another address still may")
                .isEqualTo(Admission.ALLOWED);

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.lockedUntil(name)).isEmpty();
        assertThat(throttle.admit(name, attacker))
                .as("an expired lock starts a new count")
                .isEqualTo(Admission.ALLOWED);
    }

    @Test
    void failuresFarApartDoNotAddUpAndASuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.admit(name, ip(13) + "1");
            throttle.failed(name, ip(13) + "1");
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.admit(name, ip(13) + "1")).isEqualTo(Admission.ALLOWED);
            throttle.failed(name, ip(13) + "1");
        }
        throttle.succeeded(name, ip(13) + "1");
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit(name, ip(13) + "1")).isEqualTo(Admission.ALLOWED);
        }
    }

    @Test
    void oneAddressSprayingManyNamesIsStoppedAtItsLimitOfFailures() {
        String sprayer = ip(14) + "1";
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.admit("spray-" + tag + "-" + i, sprayer)).isEqualTo(Admission.ALLOWED);
            throttle.failed("spray-" + tag + "-" + i, sprayer);
        }
        assertThat(throttle.admit("spray-" + tag + "-x", sprayer)).isEqualTo(Admission.LOCKED_ADDRESS);
    }

    @Test
    void attemptsStillBeingCheckedNeverLockAnAddress() {
        String office = ip(19) + "1";
        for (int i = 0; i < 200; i++) {
            assertThat(throttle.admit("office-" + tag + "-" + i, office))
                    .as("200 people of one office signing in at once")
                    .isEqualTo(Admission.ALLOWED);
        }
    }

    @Test
    void manyAddressesOnOneNameLockItOnlyWhereItNeverSignedIn() {
        throttle.succeeded(name, ip(15) + "1"); // the owner's usual computer
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.admit(name, ip(16) + i)).isEqualTo(Admission.ALLOWED);
            assertThat(throttle.failed(name, ip(16) + i).ceilingReached())
                    .as("the moment to alert admins")
                    .isEqualTo(i == 49);
        }
        assertThat(throttle.admit(name, ip(17) + "1")).isEqualTo(Admission.LOCKED_NAME);
        assertThat(throttle.admit(name, ip(15) + "1"))
                .as("the owner at a known address gets in")
                .isEqualTo(Admission.ALLOWED);
    }

    @Test
    void refusedAttemptsFromOneAddressDoNotPushTheNameOverItsCeiling() {
        String attacker = ip(20) + "1";
        for (int i = 0; i < 80; i++) {
            if (throttle.admit(name, attacker).allowed()) {
                throttle.failed(name, attacker);
            }
        }
        assertThat(throttle.admit(name, ip(21) + "1"))
                .as("5 real failures from one address do not lock the name elsewhere")
                .isEqualTo(Admission.ALLOWED);
    }

    @Test
    void resetUnlocks() {
        for (int i = 0; i < 6; i++) {
            throttle.admit(name, ip(18) + "1");
            throttle.failed(name, ip(18) + "1");
        }
        assertThat(throttle.lockedUntil(name)).isPresent();
        throttle.reset(name);
        assertThat(throttle.lockedUntil(name)).isEmpty();
        assertThat(throttle.admit(name, ip(18) + "1")).isEqualTo(Admission.ALLOWED);
    }

    @Test
    void thePurgeForgetsOnlyRowsThatDecideNothing() {
        for (int i = 0; i < 6; i++) {
            throttle.admit(name, ip(19) + "1");
            throttle.failed(name, ip(19) + "1");
        }
        throttle.succeeded(name, ip(19) + "2");
        clock.advance(Duration.ofMinutes(10));
        throttle.purge();
        assertThat(rows("login_attempt")).as("a lock that still holds stays").isPositive();
        assertThat(throttle.admit(name, ip(19) + "1")).isEqualTo(Admission.LOCKED_NAME_ADDRESS);

        clock.advance(Duration.ofMinutes(31));
        throttle.purge();
        assertThat(rows("login_attempt"))
                .as("counts of a past window that lock nothing")
                .isZero();
        assertThat(rows("login_known_address"))
                .as("a recent sign-in address stays")
                .isEqualTo(1);

        clock.advance(Duration.ofDays(91));
        throttle.purge();
        assertThat(rows("login_known_address")).isZero();
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where username = :u")
                .param("u", name)
                .query(Integer.class)
                .single();
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
