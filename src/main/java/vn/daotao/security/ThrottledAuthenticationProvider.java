package vn.daotao.security;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the lock before the password, for known and unknown user names alike, so a locked name
 * gets the same answer whether or not the account exists.
 */
final class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountDetailsService accounts, LoginThrottle throttle) {
        super(accounts);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (throttle.lockedUntil(authentication.getName()).isPresent()) {
            throw new LockedException("Locked after repeated failed sign-ins");
        }
        return super.authenticate(authentication);
    }
}
