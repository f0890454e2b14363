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

/** Writes every sign-in outcome to the audit log (the provider counts them towards the locks). */
@Component
class AuthenticationAuditor {

    private final AuditLog audit;

    AuthenticationAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (viaProvider(event.getAuthentication())) {
            return; // SsoLogin audits the account it signs in, with the method
        }
        String username = event.getAuthentication().getName();
        audit.recordAsInOwnTransaction(username, AuditAction.LOGIN_SUCCEEDED, AuditTarget.USER, username, Map.of());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (viaProvider(event.getAuthentication())) {
            return; // SsoLogin audits the refusal with its reason
        }
        if (LoginThrottle.impossible(event.getAuthentication().getName())) {
            // no account has such a name, and it may be a password typed in the wrong field: not stored
            audit.recordAsInOwnTransaction(
                    null, AuditAction.LOGIN_FAILED, AuditTarget.USER, null, Map.of("reason", "IMPOSSIBLE_NAME"));
            return;
        }
        String username = LoginThrottle.key(event.getAuthentication().getName());
        String limit = ThrottledAuthenticationProvider.throttledLimit(event.getException());
        if (limit != null) {
            audit.recordAsInOwnTransaction(
                    username, AuditAction.LOGIN_REJECTED_LOCKED, AuditTarget.USER, username, Map.of("limit", limit));
            return;
        }
        String reason = event.getException() instanceof BadCredentialsException
                ? "BAD_CREDENTIALS"
                : DirectoryPasswords.unavailable(event.getException())
                        ? "DIRECTORY_UNAVAILABLE"
                        : event.getException().getClass().getSimpleName();
        audit.recordAsInOwnTransaction(
                username, AuditAction.LOGIN_FAILED, AuditTarget.USER, username, Map.of("reason", reason));
    }

    /** A sign-in through the single sign-on provider, whose name is the provider's subject, not an account. */
    private static boolean viaProvider(org.springframework.security.core.Authentication authentication) {
        return authentication
                        instanceof
                        org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken
                || authentication
                        instanceof org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken
                || authentication
                        instanceof
                        org.springframework.security.oauth2.client.authentication
                                .OAuth2AuthorizationCodeAuthenticationToken;
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAsInOwnTransaction(username, AuditAction.LOGOUT, AuditTarget.USER, username, Map.of());
    }
}
