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

    AccountService(JdbcClient jdbc, PasswordEncoder encoder, CurrentUser currentUser, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return jdbc.sql("select must_change_password from app_user where id = :id")
                .param("id", currentUser.require().id())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Throws a UserFacingException naming the first problem: wrong current password, the same password again, mismatch, or policy. */
    @Transactional
    public void changePassword(String current, String replacement, String confirmation) {
        SignedInUser me = currentUser.require();
        String hash = jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", me.id())
                .query(String.class)
                .single();
        if (current == null || !encoder.matches(current, hash)) {
            throw new UserFacingException("password.error.current");
        }
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
        jdbc.sql("""
                        update app_user set password_hash = :h, must_change_password = false, updated_at = now()
                         where id = :id""")
                .param("h", encoder.encode(replacement))
                .param("id", me.id())
                .update();
        audit.recordChangeInCurrentTransaction(AuditAction.PASSWORD_CHANGED, AuditTarget.USER, me.username(), Map.of());
    }
}
