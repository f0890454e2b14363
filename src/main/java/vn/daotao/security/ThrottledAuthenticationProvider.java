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
     * The signed-in principal carries the account as it is after the checks: a first directory sign-in has just
     * replaced the local password, and a session holding the old one would be ended by the account check of its
     * next request ({@link AccountRefreshFilter}).
     */
    @Override
    protected org.springframework.security.core.Authentication createSuccessAuthentication(
            Object principal,
            org.springframework.security.core.Authentication authentication,
            org.springframework.security.core.userdetails.UserDetails user) {
        if (directory != null && principal instanceof AppUserPrincipal signedIn) {
            String now = jdbc.sql("select password_hash from app_user where username = :u")
                    .param("u", user.getUsername())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (now != null && !now.equals(signedIn.getPassword())) {
                org.springframework.security.core.userdetails.UserDetails reloaded =
                        getUserDetailsService().loadUserByUsername(user.getUsername());
                return super.createSuccessAuthentication(reloaded, authentication, reloaded);
            }
        }
        return super.createSuccessAuthentication(principal, authentication, user);
    }

    /**
     * The password check. With the directory on, for everyone but administrators (who always use their local
     * password: the break-glass accounts, and no directory entry can take one over):
     *
     * <ul>
     *   <li>a name the directory has signs in with the directory's password. At the first such sign-in the entry
     *       is linked to the account (its DN recorded, the local password replaced by an unusable one, a pending
     *       "choose your password" dropped); later the entry must be the linked one, so a new entry that reuses a
     *       leaver's name is refused. Only when the linked entry no longer exists and the new one carries the
     *       account's employee code (with that check configured) is the new one taken as the same person, moved;
     *   <li>a name the directory does not have keeps its local password, unless the account is linked (a person
     *       removed from the directory: refused);
     *   <li>when the directory does not answer, the sign-in is refused with its own reason.
     * </ul>
     *
     * Every path checks the local hash once, so that a directory answer takes no less time than a local check.
     */
    @Override
    protected void additionalAuthenticationChecks(
            org.springframework.security.core.userdetails.UserDetails user,
            org.springframework.security.authentication.UsernamePasswordAuthenticationToken authentication) {
        boolean admin =
                user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
        if (directory == null || admin) {
            super.additionalAuthenticationChecks(user, authentication);
            return;
        }
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        String linked = linkedEntry(user.getUsername());
        DirectoryPasswords.Result result = directory.check(user.getUsername(), password);
        switch (result.verdict()) {
            case ACCEPTED -> {
                getPasswordEncoder().matches(password, user.getPassword());
                if (linked == null && directory.matchesEmployeeCode() && !sameEmployee(user, result)) {
                    log.warn(
                            "Sign-in refused: the directory entry for {} does not carry the account's employee code",
                            user.getUsername());
                    throw new BadCredentialsException("Another person's directory entry");
                } else if (linked == null) {
                    jdbc.sql("""
                                    update app_user set directory_dn = :dn, must_change_password = false,
                                                        password_hash = :unusable, updated_at = now()
                                     where username = :u and directory_dn is null""")
                            .param("dn", result.dn())
                            .param(
                                    "unusable",
                                    getPasswordEncoder()
                                            .encode(java.util.UUID.randomUUID().toString()))
                            .param("u", user.getUsername())
                            .update();
                } else if (!sameEntry(linked, result.dn())
                        && directory.matchesEmployeeCode()
                        && sameEmployee(user, result)
                        && !directory.exists(linked)) {
                    // the same person's entry, moved in the directory (another unit): the linked one is gone, the
                    // new one carries their employee code; its new place is recorded
                    log.info("The directory entry of {} moved; its new place is recorded", user.getUsername());
                    jdbc.sql("update app_user set directory_dn = :dn where username = :u")
                            .param("dn", result.dn())
                            .param("u", user.getUsername())
                            .update();
                } else if (!sameEntry(linked, result.dn())) {
                    log.warn(
                            "Sign-in refused: the directory entry of {} is not the one linked to the account",
                            user.getUsername());
                    throw new BadCredentialsException("Another directory entry");
                }
            }
            case REJECTED -> {
                getPasswordEncoder().matches(password, user.getPassword());
                throw new BadCredentialsException("Wrong directory password");
            }
            case UNKNOWN -> {
                if (linked != null) {
                    getPasswordEncoder().matches(password, user.getPassword());
                    throw new BadCredentialsException("No longer in the directory");
                }
                super.additionalAuthenticationChecks(user, authentication);
            }
            case UNAVAILABLE -> {
                getPasswordEncoder().matches(password, user.getPassword());
                throw DirectoryPasswords.unavailable();
            }
        }
    }

    private static final org.slf4j.Logger log =
            org.slf4j.LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    /** Whether the entry's employee code is the account's (neither missing; case and spaces aside). */
    private boolean sameEmployee(
            org.springframework.security.core.userdetails.UserDetails user, DirectoryPasswords.Result entry) {
        String code = jdbc.sql("select employee_code from app_user where username = :u")
                .param("u", user.getUsername())
                .query(String.class)
                .optional()
                .orElse(null);
        return code != null
                && entry.employeeCode() != null
                && !code.isBlank()
                && code.strip().equalsIgnoreCase(entry.employeeCode().strip());
    }

    /** Whether two DNs name the same entry (attribute names and values in any case, escapes and spaces aside). */
    private static boolean sameEntry(String a, String b) {
        try {
            return new javax.naming.ldap.LdapName(a).equals(new javax.naming.ldap.LdapName(b));
        } catch (javax.naming.InvalidNameException e) {
            return a.equalsIgnoreCase(b);
        }
    }

    /** The directory entry linked to the account, or null. */
    private String linkedEntry(String username) {
        return jdbc.sql("select directory_dn from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .orElse(null);
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
