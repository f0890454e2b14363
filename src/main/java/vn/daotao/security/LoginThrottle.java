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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing attackers a way to lock people out (V026), in three scopes:
 * the user name at one client address (5 attempts, counted before the password is checked, then that pair
 * waits 15 minutes), the client address across names (100 failures: spraying one password over many names),
 * and the user name across addresses (50 failures: a distributed attack on one name; then the name is refused
 * only at addresses it has never signed in from, so its owner at their usual computer still gets in, and the
 * admins are alerted). Counted per user name, existing or not, so a refusal reveals nothing about which
 * accounts exist. A successful sign-in clears the name's count at its address.
 */
@Service
public class LoginThrottle {

    /** User names longer than this are refused before anything stores them. */
    public static final int MAX_USERNAME = 64;

    /** Why an attempt was let through to the password check, or not. */
    public enum Admission {
        ALLOWED,
        /** This name at this address has used its attempts. */
        LOCKED_NAME_ADDRESS,
        /** This address has used its attempts over all names. */
        LOCKED_ADDRESS,
        /** This name is under attack from many addresses, and this one is not known for it. */
        LOCKED_NAME;

        public boolean allowed() {
            return this == ALLOWED;
        }
    }

    private static final String COUNT = """
            insert into login_attempt (scope, username, address, failures, window_start)
            values (:scope, :u, :a, 1, :now)
            on conflict (scope, username, address) do update
               set failures = case when login_attempt.window_start < :windowStart
                                    and (login_attempt.locked_until is null or login_attempt.locked_until <= :now)
                                   then 1 else login_attempt.failures + 1 end,
                   window_start = case when login_attempt.window_start < :windowStart
                                        and (login_attempt.locked_until is null or login_attempt.locked_until <= :now)
                                       then :now else login_attempt.window_start end,
                   locked_until = case when login_attempt.locked_until <= :now then null
                                       else login_attempt.locked_until end
            returning failures, locked_until""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perNameAndAddress;
    private final int perAddress;
    private final int perName;
    private final Duration lockDuration;
    private final Duration knownFor;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${app.security.max-failed-logins:5}") int perNameAndAddress,
            @Value("${app.security.max-failed-logins-per-address:100}") int perAddress,
            @Value("${app.security.max-failed-logins-per-name:50}") int perName,
            @Value("${app.security.lock-duration:15m}") Duration lockDuration,
            @Value("${app.security.known-address-days:90}") int knownAddressDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perNameAndAddress = perNameAndAddress;
        this.perAddress = perAddress;
        this.perName = perName;
        this.lockDuration = lockDuration;
        this.knownFor = Duration.ofDays(knownAddressDays);
    }

    /**
     * Whether the password of {@code username} may be checked now from {@code address}: not while the address
     * or the name (at an address it never signed in from) is locked, and not beyond the limit of the name at
     * this address, whose attempt is counted here, before the check, atomically (in a transaction of its own,
     * so the count stays when the caller's work is rolled back). The wider scopes count failures only
     * ({@link #failed}): attempts still being checked never lock an office's address or a busy name.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Admission admit(String username, String address) {
        String name = key(username);
        String from = address == null ? "" : address;
        OffsetDateTime now = now();
        if (!from.isEmpty() && lockedNow("ADDRESS", "", from, now)) {
            return Admission.LOCKED_ADDRESS;
        }
        Counted pair = count("NAME_ADDRESS", name, from, now);
        if (pair.spent(perNameAndAddress, now)) {
            lock("NAME_ADDRESS", name, from, now, 0);
            return Admission.LOCKED_NAME_ADDRESS;
        }
        if (lockedNow("NAME", name, "", now) && !known(name, from, now)) {
            return Admission.LOCKED_NAME;
        }
        return Admission.ALLOWED;
    }

    /** What a wrong password locked: this name at this address, and whether the name just reached its ceiling. */
    public record Failure(boolean lockedHere, boolean ceilingReached) {}

    /**
     * After a wrong password: locks the name at this address once its attempts are used up, and counts the
     * failure for the address (all names; none without an address, i.e. not over the web) and for the name
     * (all addresses), locking either at its limit. Rows are always taken in the same order (name at
     * address, address, name).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Failure failed(String username, String address) {
        String name = key(username);
        String from = address == null ? "" : address;
        OffsetDateTime now = now();
        boolean lockedHere = lock("NAME_ADDRESS", name, from, now, perNameAndAddress);
        if (!from.isEmpty() && count("ADDRESS", "", from, now).failures() >= perAddress) {
            lock("ADDRESS", "", from, now, 0);
        }
        int named = count("NAME", name, "", now).failures();
        if (named >= perName) {
            lock("NAME", name, "", now, 0);
        }
        return new Failure(lockedHere, named == perName);
    }

    /** A successful sign-in: the name's count at this address goes, and the address is known for the name. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        String name = key(username);
        String from = address == null ? "" : address;
        jdbc.sql("delete from login_attempt where scope = 'NAME_ADDRESS' and username = :u and address = :a")
                .param("u", name)
                .param("a", from)
                .update();
        jdbc.sql("""
                        insert into login_known_address (username, address, last_success_at) values (:u, :a, :now)
                        on conflict (username, address) do update set last_success_at = :now""").param("u", name).param("a", from).param("now", now()).update();
    }

    /** The end of the latest lock on the name (at any address, or everywhere), if one holds now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("""
                        select max(locked_until) from login_attempt
                         where username = :u and scope in ('NAME_ADDRESS', 'NAME') and locked_until > :now""")
                .param("u", key(username))
                .param("now", now())
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** An admin's unlock: every count and lock on the name goes. */
    @Transactional
    public void reset(String username) {
        // in the order a failure takes the rows, so that an unlock during an attack cannot deadlock with it
        jdbc.sql("delete from login_attempt where scope = 'NAME_ADDRESS' and username = :u")
                .param("u", key(username))
                .update();
        jdbc.sql("delete from login_attempt where scope = 'NAME' and username = :u")
                .param("u", key(username))
                .update();
    }

    /**
     * Hourly, on every node (a delete twice is harmless): counts whose window has passed and that lock nothing
     * any more, and addresses a name has not signed in from for the known-address period. Such rows decide
     * nothing, so the tables stay as small as the attacks and sign-ins of the last minutes.
     */
    @org.springframework.scheduling.annotation.Scheduled(
            initialDelayString = "${app.security.throttle-purge-delay:10m}",
            fixedDelayString = "${app.security.throttle-purge-every:1h}")
    @Transactional
    public int purge() {
        OffsetDateTime now = now();
        int attempts = jdbc.sql("""
                        delete from login_attempt
                         where window_start < :windowStart and (locked_until is null or locked_until <= :now)""")
                .param("windowStart", now.minus(lockDuration))
                .param("now", now)
                .update();
        int known = jdbc.sql("delete from login_known_address where last_success_at < :since")
                .param("since", now.minus(knownFor))
                .update();
        return attempts + known;
    }

    public Duration lockDuration() {
        return lockDuration;
    }

    static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static final java.util.regex.Pattern ACCOUNT_NAME =
            java.util.regex.Pattern.compile("^[a-z0-9._-]{3," + MAX_USERNAME + "}$");

    /**
     * True for names no account can have (the account format is public: letters, digits, ". _ -", 3 to 64
     * characters): refused before anything stores them, so that junk names neither fill the counts nor reach
     * the audit log, and a password typed into the name field is not kept.
     */
    public static boolean impossible(String username) {
        return username == null || !ACCOUNT_NAME.matcher(key(username)).matches();
    }

    private record Counted(int failures, OffsetDateTime lockedUntil) {
        boolean spent(int limit, OffsetDateTime now) {
            return failures > limit || (lockedUntil != null && lockedUntil.isAfter(now));
        }
    }

    private Counted count(String scope, String name, String address, OffsetDateTime now) {
        return jdbc.sql(COUNT)
                .param("scope", scope)
                .param("u", name)
                .param("a", address)
                .param("now", now)
                .param("windowStart", now.minus(lockDuration))
                .query((rs, i) -> new Counted(rs.getInt(1), rs.getObject(2, OffsetDateTime.class)))
                .single();
    }

    private boolean lockedNow(String scope, String name, String address, OffsetDateTime now) {
        return jdbc.sql("""
                        select exists (select 1 from login_attempt
                                        where scope = :scope and username = :u and address = :a and locked_until > :now)""")
                .param("scope", scope)
                .param("u", name)
                .param("a", address)
                .param("now", now)
                .query(Boolean.class)
                .single();
    }

    /** Locks the row unless it is locked already, once it has at least {@code failures}; true if it locked now. */
    private boolean lock(String scope, String name, String address, OffsetDateTime now, int failures) {
        return jdbc.sql("""
                                update login_attempt set locked_until = :until
                                 where scope = :scope and username = :u and address = :a and failures >= :failures
                                   and (locked_until is null or locked_until <= :now)""")
                        .param("scope", scope)
                        .param("u", name)
                        .param("a", address)
                        .param("failures", failures)
                        .param("until", now.plus(lockDuration))
                        .param("now", now)
                        .update()
                == 1;
    }

    private boolean known(String name, String address, OffsetDateTime now) {
        return jdbc.sql("""
                        select exists (select 1 from login_known_address
                                        where username = :u and address = :a and last_success_at > :since)""")
                .param("u", name)
                .param("a", address)
                .param("since", now.minus(knownFor))
                .query(Boolean.class)
                .single();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
