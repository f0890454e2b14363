package vn.daotao.security;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;

/** Counts failed sign-ins towards the lock and writes every sign-in outcome to the audit log. */
@Component
class AuthenticationAuditor {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    AuthenticationAuditor(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.succeeded(username, ThrottledAuthenticationProvider.address(event.getAuthentication()));
        audit.recordAsInOwnTransaction(username, AuditAction.LOGIN_SUCCEEDED, AuditTarget.USER, username, Map.of());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (LoginThrottle.tooLong(event.getAuthentication().getName())) {
            // no account has such a name, and it may hold a mistyped password: not stored anywhere
            audit.recordAsInOwnTransaction(
                    null, AuditAction.LOGIN_FAILED, AuditTarget.USER, null, Map.of("reason", "NAME_TOO_LONG"));
            return;
        }
        String username = LoginThrottle.key(event.getAuthentication().getName());
        String address = ThrottledAuthenticationProvider.address(event.getAuthentication());
        String limit = ThrottledAuthenticationProvider.throttledLimit(event.getException());
        if (limit != null) {
            audit.recordAsInOwnTransaction(
                    username, AuditAction.LOGIN_REJECTED_LOCKED, AuditTarget.USER, username, Map.of("limit", limit));
            return;
        }
        String reason = event.getException() instanceof BadCredentialsException
                ? "BAD_CREDENTIALS"
                : event.getException().getClass().getSimpleName();
        audit.recordAsInOwnTransaction(
                username, AuditAction.LOGIN_FAILED, AuditTarget.USER, username, Map.of("reason", reason));
        if (!(event.getException() instanceof BadCredentialsException)) {
            return; // the right password for a disabled account: not a guess
        }
        if (throttle.lockIfSpent(username, address)) {
            audit.recordAsInOwnTransaction(
                    username,
                    AuditAction.ACCOUNT_LOCKED,
                    AuditTarget.USER,
                    username,
                    Map.of("minutes", throttle.lockDuration().toMinutes()));
        }
        if (throttle.ceilingJustReached(username)) {
            audit.recordAsInOwnTransaction(
                    username, AuditAction.ACCOUNT_UNDER_ATTACK, AuditTarget.USER, username, Map.of());
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAsInOwnTransaction(username, AuditAction.LOGOUT, AuditTarget.USER, username, Map.of());
    }
}
