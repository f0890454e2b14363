package vn.daotao.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user name for a while after repeated failed sign-ins. Counted per user name, existing or
 * not, so the lock itself reveals nothing about which accounts exist.
 */
@Service
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${app.security.max-failed-logins:5}") int maxFailures,
            @Value("${app.security.lock-duration:15m}") Duration lockDuration) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    /** Returns the end of the lock if the user name is locked now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_throttle where username = :u")
                .param("u", key(username))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /** Counts one failure; returns true when this failure locked the user name. */
    @Transactional
    public boolean recordFailure(String username) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // An expired lock, or a last failure older than the lock duration, starts a fresh count.
        Integer failures = jdbc.sql("""
                        insert into login_throttle (username, failed_count, last_failure_at)
                        values (:u, 1, :now)
                        on conflict (username) do update
                           set failed_count = case
                                   when login_throttle.locked_until <= :now
                                        or login_throttle.last_failure_at < :windowStart
                                   then 1 else login_throttle.failed_count + 1 end,
                               locked_until = case
                                   when login_throttle.locked_until <= :now then null
                                   else login_throttle.locked_until end,
                               last_failure_at = :now
                        returning failed_count""")
                .param("u", key(username))
                .param("now", now)
                .param("windowStart", now.minus(lockDuration))
                .query(Integer.class)
                .single();
        if (failures >= maxFailures) {
            int locked = jdbc.sql("""
                            update login_throttle set locked_until = :until
                             where username = :u and (locked_until is null or locked_until <= :now)""")
                    .param("u", key(username))
                    .param("until", now.plus(lockDuration))
                    .param("now", now)
                    .update();
            return locked == 1;
        }
        return false;
    }

    @Transactional
    public void reset(String username) {
        jdbc.sql("delete from login_throttle where username = :u")
                .param("u", key(username))
                .update();
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
