package vn.daotao.admin;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.text.SearchText;
import vn.daotao.security.PasswordPolicy;

/**
 * Creates the first administrator from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD when the database has
 * none yet; afterwards the variables are ignored, so they cannot reset anyone's password.
 */
@Component
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final String username;
    private final String password;
    private final String fullName;
    private final String organisationName;

    FirstAdminBootstrap(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            TransactionTemplate tx,
            AuditLog audit,
            @Value("${APP_ADMIN_USERNAME:}") String username,
            @Value("${APP_ADMIN_PASSWORD:}") String password,
            @Value("${APP_ADMIN_FULL_NAME:Quản trị hệ thống}") String fullName,
            @Value("${APP_ORGANISATION_NAME:Tổ chức}") String organisationName) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tx = tx;
        this.audit = audit;
        this.username = username.trim().toLowerCase();
        this.password = password;
        this.fullName = fullName;
        this.organisationName = organisationName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty()) {
            return;
        }
        boolean hasAdmin = jdbc.sql("select exists (select 1 from app_user where 'ADMIN' = any (roles))")
                .query(Boolean.class)
                .single();
        if (hasAdmin) {
            log.info("APP_ADMIN_USERNAME ignored: an administrator already exists");
            return;
        }
        if (!PasswordPolicy.violations(username, password).isEmpty()) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, differ from the user name and not be a common password");
        }
        tx.executeWithoutResult(status -> {
            jdbc.sql("insert into unit (code, name) select 'ROOT', :name where not exists (select 1 from unit)")
                    .param("name", organisationName)
                    .update();
            jdbc.sql("""
                            insert into app_user (username, full_name, unit_id, roles, password_hash,
                                                  must_change_password, search_text)
                            values (:u, :name, (select id from unit where parent_id is null order by id limit 1),
                                    '{ADMIN,EMPLOYEE}', :hash, false, :search)""")
                    .param("u", username)
                    .param("name", fullName)
                    .param("hash", encoder.encode(password))
                    .param("search", SearchText.foldAll(fullName, username))
                    .update();
        });
        audit.recordAsInOwnTransaction(
                username, AuditAction.ADMIN_CREATED, AuditTarget.USER, username, Map.of("source", "environment"));
        log.info("First administrator '{}' created", username);
    }
}
