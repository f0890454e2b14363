package vn.daotao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class AuditQueryTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditQuery query;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void adminFiltersByActorActionAndDate() {
        log.recordAsInOwnTransaction(
                "tc0002", AuditAction.ACCESS_DENIED, AuditTarget.ROUTE, "/admin", Map.of("kind", "view"));
        var rows = query.find(
                new AuditFilter(
                        "tc0002",
                        AuditAction.ACCESS_DENIED,
                        LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE),
                        LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)),
                0,
                10);
        assertThat(rows).isNotEmpty();
        AuditRow row = rows.getFirst();
        assertThat(row.actorFullName()).isEqualTo("Dương Thị Hồng");
        assertThat(row.targetId()).isEqualTo("/admin");
        assertThat(row.details()).contains("\"kind\": \"view\"");
        assertThat(query.count(new AuditFilter("tc0002", AuditAction.ACCESS_DENIED, null, null)))
                .isEqualTo(jdbc.sql(
                                "select count(*) from audit_event where actor_username = 'tc0002' and action = 'ACCESS_DENIED'")
                        .query(Integer.class)
                        .single());
        assertThat(query.find(
                        new AuditFilter(
                                "tc0002",
                                null,
                                LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                                        .plusDays(1),
                                null),
                        0,
                        10))
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "nhanvien", roles = "EMPLOYEE")
    void employeeCannotReadTheAuditLog() {
        assertThatThrownBy(() -> query.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void auditEventsCannotBeChangedOrDeleted() {
        log.recordAsInOwnTransaction("tc0003", AuditAction.LOGOUT, AuditTarget.USER, "tc0003", Map.of());
        assertThatThrownBy(() -> jdbc.sql(
                                "update audit_event set action = 'LOGIN_SUCCEEDED' where actor_username = 'tc0003'")
                        .update())
                .rootCause()
                .as("the application's role has no right to change it")
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where actor_username = 'tc0003'")
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
    }
}
