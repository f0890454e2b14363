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
 * guesses get no more checks than the limit. The password is checked before the account's state (disabled,
 * locked by an admin): a wrong password takes as long and answers the same for every account, and only the
 * right password learns that the account is disabled.
 */
final class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, LoginThrottle throttle) {
        super(accounts);
        this.throttle = throttle;
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
        if (LoginThrottle.tooLong(authentication.getName())) {
            throw new BadCredentialsException("User name too long");
        }
        LoginThrottle.Admission admission = throttle.admit(authentication.getName(), address(authentication));
        if (!admission.allowed()) {
            throw throttled(admission);
        }
        return super.authenticate(authentication);
    }

    /** The client address the form's request came from ("" when not signing in over the web). */
    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
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
