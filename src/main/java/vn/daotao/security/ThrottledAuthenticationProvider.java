package vn.daotao.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts the attempt before the password is checked ({@link LoginThrottle#admit}), for known and unknown
 * user names alike, so a locked name gets the same answer whether or not the account exists and parallel
 * guesses get no more checks than the limit; records a wrong password ({@link LoginThrottle#failed}, with an
 * audit event when it locks) or a success. The password is checked before the account's state (disabled,
 * locked by an admin): a wrong password takes as long and answers the same for every account, and only the
 * right password learns that the account is disabled.
 */
final class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final vn.daotao.audit.AuditLog audit;
    /**
     * Attempts of one name from one address run one at a time on this node, so that its count never runs
     * ahead of the checks (several sign-ins of one shared account from one office would otherwise trip the
     * limit while none has failed). Striped: a fixed set of locks, whatever the number of names.
     */
    private final java.util.concurrent.locks.ReentrantLock[] stripes =
            new java.util.concurrent.locks.ReentrantLock[256];

    /** null when sign-in with the directory is off */
    private final DirectoryPasswords directory;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ThrottledAuthenticationProvider(
            AccountDetailsService accounts,
            LoginThrottle throttle,
            vn.daotao.audit.AuditLog audit,
            DirectoryPasswords directory,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        super(accounts);
        this.throttle = throttle;
        this.audit = audit;
        this.directory = directory;
        this.jdbc = jdbc;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new java.util.concurrent.locks.ReentrantLock();
        }
        UserDetailsChecker before = getPreAuthenticationChecks();
        UserDetailsChecker after = getPostAuthenticationChecks();
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(user -> {
            before.check(user);
            after.check(user);
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (LoginThrottle.impossible(authentication.getName())) {
            throw new BadCredentialsException("Not a possible user name");
        }
        String name = LoginThrottle.key(authentication.getName());
        String address = address(authentication);
        var stripe = stripes[Math.floorMod((name + '|' + address).hashCode(), stripes.length)];
        stripe.lock();
        try {
            LoginThrottle.Admission admission = throttle.admit(name, address);
            if (!admission.allowed()) {
                throw throttled(admission);
            }
            Authentication result;
            try {
                result = super.authenticate(authentication);
            } catch (BadCredentialsException wrong) {
                LoginThrottle.Failure failure = throttle.failed(name, address);
                if (failure.lockedHere()) {
                    audit.recordAsInOwnTransaction(
                            name,
                            vn.daotao.audit.AuditAction.ACCOUNT_LOCKED,
                            vn.daotao.audit.AuditTarget.USER,
                            name,
                            java.util.Map.of("minutes", throttle.lockDuration().toMinutes()));
                }
                if (failure.ceilingReached()) {
                    audit.recordAsInOwnTransaction(
                            name,
                            vn.daotao.audit.AuditAction.ACCOUNT_UNDER_ATTACK,
                            vn.daotao.audit.AuditTarget.USER,
                            name,
                            java.util.Map.of());
                }
                throw wrong;
            }
            throttle.succeeded(name, address);
            return result;
        } finally {
            stripe.unlock();
        }
    }

    /**
     * The password check. With the directory on: a person the directory has signs in with the directory's password
     * (their entry is recorded on the account, and a password reset here no longer applies to them); a name the
     * directory does not have uses its local password, unless the account was a directory person's (removed from
     * the directory: refused). When the directory does not answer, only administrators may use their local
     * password (the break-glass account); everyone else is told the directory is unavailable.
     */
    @Override
    protected void additionalAuthenticationChecks(
            org.springframework.security.core.userdetails.UserDetails user,
            org.springframework.security.authentication.UsernamePasswordAuthenticationToken authentication) {
        if (directory != null) {
            String password = authentication.getCredentials() == null
                    ? ""
                    : authentication.getCredentials().toString();
            DirectoryPasswords.Result result = directory.check(user.getUsername(), password);
            switch (result.verdict()) {
                case ACCEPTED -> {
                    jdbc.sql("""
                                    update app_user set directory_dn = :dn, must_change_password = false
                                     where username = :u and directory_dn is distinct from :dn""")
                            .param("dn", result.dn())
                            .param("u", user.getUsername())
                            .update();
                    return;
                }
                case REJECTED -> throw new BadCredentialsException("Wrong directory password");
                case UNKNOWN -> {
                    if (directoryPerson(user.getUsername())) {
                        throw new BadCredentialsException("No longer in the directory");
                    }
                }
                case UNAVAILABLE -> {
                    boolean admin = user.getAuthorities().stream()
                            .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
                    if (!admin) {
                        throw new DirectoryUnavailableException();
                    }
                }
            }
        }
        super.additionalAuthenticationChecks(user, authentication);
    }

    private boolean directoryPerson(String username) {
        return jdbc.sql("select directory_dn is not null from app_user where username = :u")
                .param("u", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * The client address the form's request came from, as counted ({@link ClientAddress}: an IPv6 address by its
     * /64), or "" when not signing in over the web.
     */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? ClientAddress.key(web.getRemoteAddress())
                : "";
    }

    private static final String THROTTLED = "Too many failed sign-ins: ";

    /**
     * Refused by the throttle, not by the account. A plain {@link LockedException} (Spring's event publisher
     * maps exceptions by exact class), whose message names the limit for the audit log.
     */
    static LockedException throttled(LoginThrottle.Admission admission) {
        return new LockedException(THROTTLED + admission.name());
    }

    /** The limit a throttle refusal names, or null for any other failure. */
    static String throttledLimit(AuthenticationException e) {
        return e instanceof LockedException
                        && e.getMessage() != null
                        && e.getMessage().startsWith(THROTTLED)
                ? e.getMessage().substring(THROTTLED.length())
                : null;
    }
}
