package vn.daotao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.security.TestSignIn;

/**
 * Issue 12, records nobody can silently change: every audit event, completion and certificate joins the hash
 * chain when its transaction commits; a row changed, deleted or slipped in behind the application's back (by
 * the owner, with the triggers off) is named by the check; the application's own role cannot do any of it.
 */
@SpringBootTest
class RecordChainTest {

    @Autowired
    RecordIntegrityService integrity;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgresServer server;

    @Autowired
    ApplicationContext app;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aRowChangedDeletedOrInsertedBehindTheAppsBackIsNamedAndTheIntactChainPasses() {
        audit.recordAsInOwnTransaction("rc-" + tag, AuditAction.LOGOUT, AuditTarget.USER, tag, Map.of("n", 1));
        long id = jdbc.sql("select id from audit_event where actor_username = :a")
                .param("a", "rc-" + tag)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from record_chain where kind = 'audit_event' and row_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("linked when its transaction committed")
                .isEqualTo(1);

        TestSignIn.as(app, "vp0004");
        assertThatThrownBy(integrity::check).as("admins only").isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(app, "admin");
        long linked =
                jdbc.sql("select max(seq) from record_chain").query(Long.class).single();
        RecordChainReport before = integrity.check();
        assertThat(before.intact()).as("%s", before.firstBroken()).isTrue();
        assertThat(before.links()).as("every link so far").isGreaterThanOrEqualTo(linked);
        assertThat(before.headHash()).hasSize(64);

        JdbcClient owner = owner();
        String original = owner.sql("select details::text from audit_event where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        try {
            behindTheAppsBack(owner, "update audit_event set details = '{\"n\": 2}' where id = " + id);
            RecordChainReport changed = integrity.check();
            assertThat(changed.firstBroken())
                    .isEqualTo(new RecordChainReport.Broken(
                            seqOf(id), "audit_event", id, RecordChainReport.Problem.ROW_CHANGED));
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            int exit = vn.daotao.audit.internal.VerifyRecordsCommand.run(
                    new String[] {server.jdbcUrl()},
                    new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(exit).as("scripts/verify-records.sh exits 1").isEqualTo(1);
            assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("BROKEN: audit_event #" + id + " (link " + seqOf(id) + ")", "content was changed");
        } finally {
            behindTheAppsBack(
                    owner, "update audit_event set details = '" + original.replace("'", "''") + "' where id = " + id);
        }
        assertThat(integrity.check().intact())
                .as("put back as it was, it checks again")
                .isTrue();

        behindTheAppsBack(
                owner,
                "insert into audit_event (actor_username, action, target_type, target_id) values ('rc-forged-" + tag
                        + "', 'LOGOUT', 'USER', 'x')");
        long forged = owner.sql("select id from audit_event where actor_username = :a")
                .param("a", "rc-forged-" + tag)
                .query(Long.class)
                .single();
        try {
            assertThat(integrity.check().firstBroken())
                    .isEqualTo(new RecordChainReport.Broken(
                            0, "audit_event", forged, RecordChainReport.Problem.ROW_NOT_CHAINED));
        } finally {
            behindTheAppsBack(owner, "delete from audit_event where id = " + forged);
        }

        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                         where action = 'RECORDS_VERIFIED' and actor_username = 'admin'
                           and details ->> 'problem' = 'ROW_CHANGED' and details ->> 'rowId' = :id""")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .as("each check is audited with what it found")
                .isEqualTo(1);
    }

    @Test
    void theApplicationsRoleCanNeitherRewriteHistoryNorSwitchOffItsGuards() {
        assertThat(jdbc.sql("select current_user").query(String.class).single())
                .as("not the owner")
                .isEqualTo("daotao_app");
        for (String sql : new String[] {
            "alter table audit_event disable trigger audit_event_append_only",
            "drop trigger completion_record_chain on completion_record",
            "truncate audit_event",
            "update audit_event set action = 'LOGOUT' where id = (select min(id) from audit_event)",
            "delete from record_chain where seq = 1",
            "insert into record_chain (seq, kind, row_id, row_hash, hash) values (-1, 'audit_event', -1, '', '')",
            "alter table certificate drop constraint certificate_serial_uq",
            "create table sneaky (id int)"
        }) {
            assertThatThrownBy(() -> jdbc.sql(sql).update())
                    .as(sql)
                    .rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
    }

    private long seqOf(long auditId) {
        return jdbc.sql("select seq from record_chain where kind = 'audit_event' and row_id = :id")
                .param("id", auditId)
                .query(Long.class)
                .single();
    }

    /** As the owner, with the append-only and chain triggers off: what the check exists to catch. */
    private static void behindTheAppsBack(JdbcClient owner, String sql) {
        owner.sql("set session_replication_role = replica").update();
        try {
            owner.sql(sql).update();
        } finally {
            owner.sql("reset session_replication_role").update();
        }
    }

    /** One connection of the owner, so that a session setting holds for the next statement. */
    private JdbcClient owner() {
        return JdbcClient.create(
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(server.jdbcUrl(), true));
    }
}
