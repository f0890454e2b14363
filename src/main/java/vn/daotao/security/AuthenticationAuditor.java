package vn.daotao.security;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
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
        throttle.reset(username);
        audit.recordAsInOwnTransaction(username, AuditAction.LOGIN_SUCCEEDED, AuditTarget.USER, username, Map.of());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = LoginThrottle.key(event.getAuthentication().getName());
        if (event.getException() instanceof LockedException) {
            audit.recordAsInOwnTransaction(
                    username, AuditAction.LOGIN_REJECTED_LOCKED, AuditTarget.USER, username, Map.of());
            return;
        }
        String reason = event.getException() instanceof BadCredentialsException
                ? "BAD_CREDENTIALS"
                : event.getException().getClass().getSimpleName();
        audit.recordAsInOwnTransaction(
                username, AuditAction.LOGIN_FAILED, AuditTarget.USER, username, Map.of("reason", reason));
        if (throttle.recordFailure(username)) {
            audit.recordAsInOwnTransaction(
                    username,
                    AuditAction.ACCOUNT_LOCKED,
                    AuditTarget.USER,
                    username,
                    Map.of("minutes", throttle.lockDuration().toMinutes()));
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAsInOwnTransaction(username, AuditAction.LOGOUT, AuditTarget.USER, username, Map.of());
    }
}
