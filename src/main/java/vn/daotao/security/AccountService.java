package vn.daotao.security;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;

/** The signed-in person's own account: changing their password, and whether they must. */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    private final LoginThrottle throttle;
    private final DirectoryProperties directory;
    private final org.springframework.beans.factory.ObjectProvider<
                    org.springframework.security.core.context.SecurityContextHolderStrategy>
            holder;

    AccountService(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            AuditLog audit,
            LoginThrottle throttle,
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.core.context.SecurityContextHolderStrategy>
                    holder,
            DirectoryProperties directory) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.holder = holder;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A temporary password must be replaced first; never a directory person's (theirs is not here). */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return jdbc.sql("select must_change_password from app_user where id = :id")
                        .param("id", currentUser.require().id())
                        .query(Boolean.class)
                        .optional()
                        .orElse(false)
                && !passwordInDirectory();
    }

    /**
     * Whether the organisation's directory checks this person's password (then it is changed there): a linked
     * account while the directory is on, except an administrator's (administrators sign in with their local one).
     */
    @Transactional(readOnly = true)
    public boolean passwordInDirectory() {
        return directory.enabled()
                && jdbc.sql("""
                                select directory_dn is not null and not ('ADMIN' = any(roles))
                                  from app_user where id = :id""")
                        .param("id", currentUser.require().id())
                        .query(Boolean.class)
                        .optional()
                        .orElse(false);
    }

    /**
     * Throws a UserFacingException naming the first problem: too many wrong current passwords, wrong current
     * password, the same password again, mismatch, or policy. The current password is throttled like a
     * sign-in (counted before it is checked). On success this session carries the new password at once and
     * every other session of the person ends on its next request ({@code AccountRefreshFilter}).
     */
    @Transactional
    public void changePassword(String current, String replacement, String confirmation) {
        if (passwordInDirectory()) {
            throw new UserFacingException("password.error.directory");
        }
        SignedInUser me = currentUser.require();
        String hash = jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", me.id())
                .query(String.class)
                .single();
        String address = clientAddress();
        if (!throttle.admit(me.username(), address).allowed()) {
            throw new UserFacingException(
                    "password.error.throttled", throttle.lockDuration().toMinutes());
        }
        if (current == null || !encoder.matches(current, hash)) {
            throttle.failed(me.username(), address);
            throw new UserFacingException("password.error.current");
        }
        // its own transaction: a new password refused below must not leave the right current one counted
        throttle.succeeded(me.username(), address);
        if (replacement == null || !replacement.equals(confirmation)) {
            throw new UserFacingException("password.error.mismatch");
        }
        if (encoder.matches(replacement, hash)) {
            throw new UserFacingException("password.error.same");
        }
        List<String> problems = PasswordPolicy.violations(me.username(), replacement);
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems.getFirst(), PasswordPolicy.MIN_LENGTH);
        }
        String newHash = encoder.encode(replacement);
        jdbc.sql("""
                        update app_user set password_hash = :h, must_change_password = false, updated_at = now()
                         where id = :id""").param("h", newHash).param("id", me.id()).update();
        // once the new password is stored: a failed commit must not leave this session with a hash the
        // database does not have (the next request would end it)
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        keepThisSession(newHash);
                    }
                });
        audit.recordChangeInCurrentTransaction(AuditAction.PASSWORD_CHANGED, AuditTarget.USER, me.username(), Map.of());
    }

    /**
     * Puts the new password into this session's sign-in, so that the request filter, which ends every session
     * whose password differs from the stored one, keeps this one. The context object is the one the session
     * holds, so the change is kept with it.
     */
    private void keepThisSession(String newHash) {
        var strategy = holder.getIfAvailable(
                org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy);
        var context = strategy.getContext();
        if (context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            AppUserPrincipal renewed = new AppUserPrincipal(principal.user(), newHash, true);
            var token = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                    renewed, null, renewed.getAuthorities());
            token.setDetails(context.getAuthentication().getDetails());
            context.setAuthentication(token);
        }
    }

    /** The address of the request this runs in, as the sign-in counts it ("" outside a web request). */
    private String clientAddress() {
        var strategy = holder.getIfAvailable(
                org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy);
        var authentication = strategy.getContext().getAuthentication();
        return authentication == null ? "" : ThrottledAuthenticationProvider.address(authentication);
    }
}
