package vn.daotao.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The Flyway schema on real PostgreSQL: it builds from nothing, and its constraints hold. */
@SpringBootTest
class SchemaTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void migrationsBuildTheSchemaFromAnEmptyDatabase() {
        owner().sql("drop database if exists migration_check").update();
        owner().sql("create database migration_check").update();
        PGSimpleDataSource empty = new PGSimpleDataSource();
        empty.setUrl(server.jdbcUrl().replace("/postgres?", "/migration_check?"));
        var result = Flyway.configure()
                .dataSource(empty)
                .locations("classpath:db/migration")
                .placeholders(java.util.Map.of("appRole", "daotao_app"))
                .load()
                .migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(5);
        List<String> tables = JdbcClient.create(empty)
                .sql("select table_name from information_schema.tables where table_schema = 'public' order by 1")
                .query(String.class)
                .list();
        assertThat(tables)
                .contains(
                        "unit",
                        "app_user",
                        "login_attempt",
                        "login_known_address",
                        "course",
                        "course_edition",
                        "course_module",
                        "module_section",
                        "attachment",
                        "quiz_settings",
                        "question",
                        "question_option",
                        "assignment",
                        "quiz_attempt",
                        "attempt_question",
                        "module_progress",
                        "completion_record",
                        "certificate_template",
                        "certificate_serial",
                        "certificate",
                        "audit_event");
    }

    @Test
    void everyForeignKeyIsIndexed() {
        List<String> unindexed = jdbc.sql("""
                        select c.conrelid::regclass || '.' || a.attname
                          from pg_constraint c
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                         where c.contype = 'f' and cardinality(c.conkey) = 1
                           and not exists (select 1 from pg_index i
                                            where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])""").query(String.class).list();
        assertThat(unindexed).isEmpty();
    }

    @Test
    void unitPathsFollowMovesAndCyclesAreRefused() {
        tx.executeWithoutResult(status -> {
            long a = insertUnit("T-A", null);
            long b = insertUnit("T-B", a);
            long c = insertUnit("T-C", b);
            assertThat(path(c)).isEqualTo("/" + a + "/" + b + "/" + c + "/");
            assertThat(depth(c)).isEqualTo(2);

            long other = insertUnit("T-O", null);
            jdbc.sql("update unit set parent_id = :p where id = :id")
                    .param("p", other)
                    .param("id", b)
                    .update();
            assertThat(path(c)).as("the subtree moves along").isEqualTo("/" + other + "/" + b + "/" + c + "/");

            assertThatThrownBy(() -> jdbc.sql("update unit set parent_id = :p where id = :id")
                            .param("p", c)
                            .param("id", other)
                            .update())
                    .hasMessageContaining("own descendant");
            status.setRollbackOnly();
        });
    }

    @Test
    void databaseRefusesInvalidRows() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into app_user (username, full_name, unit_id, roles, password_hash)
                values ('x-bad', 'X', (select min(id) from unit), '{SUPERUSER}', 'h')""").update()).hasMessageContaining("app_user_roles_valid");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into app_user (username, full_name, unit_id, password_hash)
                values ('Bad Name', 'X', (select min(id) from unit), 'h')""").update()).hasMessageContaining("app_user_username_format");
        assertThatThrownBy(() -> jdbc.sql("insert into certificate_template (id, organisation_name, signer_name, "
                                + "signer_title, serial_prefix) values (2, 'a', 'b', 'c', 'BVCTNB')")
                        .update())
                .hasMessageContaining("certificate_template");
    }

    @Test
    void completionRecordsAndCertificatesAreAppendOnly() {
        tx.executeWithoutResult(status -> {
            long user = jdbc.sql("select id from app_user where username = 'nhanvien'")
                    .query(Long.class)
                    .single();
            long unit = jdbc.sql("select unit_id from app_user where username = 'nhanvien'")
                    .query(Long.class)
                    .single();
            long course = jdbc.sql("insert into course (code, title) values ('T-COURSE', 'Khóa thử') returning id")
                    .query(Long.class)
                    .single();
            long edition = jdbc.sql("""
                    insert into course_edition (course_id, edition_no, status, title, published_at)
                    values (:c, 1, 'PUBLISHED', 'Khóa thử', now()) returning id""").param("c", course).query(Long.class).single();
            long assignment = jdbc.sql("""
                    insert into assignment (edition_id, unit_id, period_start, due_date)
                    values (:e, :u, current_date, current_date + 30) returning id""")
                    .param("e", edition)
                    .param("u", unit)
                    .query(Long.class)
                    .single();
            long completion = jdbc.sql("""
                    insert into completion_record (user_id, assignment_id, edition_id, average_score)
                    values (:u, :a, :e, 90) returning id""")
                    .param("u", user)
                    .param("a", assignment)
                    .param("e", edition)
                    .query(Long.class)
                    .single();
            assertThatThrownBy(() ->
                            nested(() -> jdbc.sql("update completion_record set average_score = 100 where id = :id")
                                    .param("id", completion)
                                    .update()))
                    .rootCause()
                    .hasMessageContaining("append-only");

            long certificate = jdbc.sql("""
                    insert into certificate (completion_id, user_id, serial, verification_code, holder_name, unit_name,
                                             course_title, edition_no, completed_on)
                    values (:c, :u, 'TEST-2026-000001', 'AAAAAAAAAAAAAAAAAAAAAA', 'Trần Văn Minh', 'Văn phòng',
                            'Khóa thử', 1, current_date) returning id""")
                    .param("c", completion)
                    .param("u", user)
                    .query(Long.class)
                    .single();
            assertThatThrownBy(
                            () -> nested(() -> jdbc.sql("update certificate set holder_name = 'Ai khác' where id = :id")
                                    .param("id", certificate)
                                    .update()))
                    .rootCause()
                    .hasMessageContaining("can only be revoked");
            jdbc.sql("update certificate set revoked_at = now(), revoke_reason = 'Sai tên' where id = :id")
                    .param("id", certificate)
                    .update();
            assertThatThrownBy(
                            () -> nested(() -> jdbc.sql("update certificate set revoke_reason = 'Khác' where id = :id")
                                    .param("id", certificate)
                                    .update()))
                    .rootCause()
                    .hasMessageContaining("can only be revoked");
            assertThatThrownBy(() -> nested(() -> jdbc.sql("delete from certificate where id = :id")
                            .param("id", certificate)
                            .update()))
                    .rootCause()
                    .hasMessageContaining("append-only");
            status.setRollbackOnly();
        });
    }

    @Test
    void publishedContentIsFrozenForEveryWriter() {
        tx.executeWithoutResult(status -> {
            long course = jdbc.sql("insert into course (code, title) values ('T-FROZEN', 'Khóa thử') returning id")
                    .query(Long.class)
                    .single();
            long edition = jdbc.sql(
                            "insert into course_edition (course_id, title) values (:c, 'Khóa thử') returning id")
                    .param("c", course)
                    .query(Long.class)
                    .single();
            long module = jdbc.sql(
                            "insert into course_module (edition_id, position, title) values (:e, 1, 'Học phần') returning id")
                    .param("e", edition)
                    .query(Long.class)
                    .single();
            long question = jdbc.sql(
                            "insert into question (module_id, position, kind, text) values (:m, 1, 'SINGLE', 'Câu?') returning id")
                    .param("m", module)
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into question_option (question_id, position, text, correct) values (:q, 1, 'A', true)")
                    .param("q", question)
                    .update();
            jdbc.sql(
                            "update course_edition set status = 'PUBLISHED', edition_no = 1, published_at = now() where id = :e")
                    .param("e", edition)
                    .update();

            for (String statement : List.of(
                    "update course_module set title = 'Khác' where id = :id",
                    "insert into course_module (edition_id, position, title) select edition_id, 2, 'Thêm' from course_module where id = :id",
                    "insert into module_section (module_id, position, title) values (:id, 1, 'Mục')",
                    "insert into quiz_settings (module_id) values (:id)",
                    "update question set active = false where module_id = :id",
                    "update question_option set correct = false where question_id in (select id from question where module_id = :id)",
                    "delete from course_module where id = :id")) {
                assertThatThrownBy(() -> nested(
                                () -> jdbc.sql(statement).param("id", module).update()))
                        .as(statement)
                        .rootCause()
                        .hasMessageContaining("published edition");
            }
            assertThatThrownBy(() -> nested(() -> jdbc.sql("update course_edition set title = 'Khác' where id = :e")
                            .param("e", edition)
                            .update()))
                    .rootCause()
                    .hasMessageContaining("can only be retired");
            assertThatThrownBy(() -> nested(() -> jdbc.sql(
                                    "update course_edition set status = 'DRAFT', edition_no = null, published_at = null where id = :e")
                            .param("e", edition)
                            .update()))
                    .rootCause()
                    .hasMessageContaining("can only be retired");
            jdbc.sql("update course_edition set status = 'RETIRED' where id = :e")
                    .param("e", edition)
                    .update();
            status.setRollbackOnly();
        });
    }

    /** Runs a statement expected to fail inside a savepoint, so the surrounding transaction goes on. */
    private void nested(Runnable statement) {
        TransactionTemplate savepoint = new TransactionTemplate(tx.getTransactionManager());
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        savepoint.executeWithoutResult(status -> statement.run());
    }

    private long insertUnit(String code, Long parent) {
        return jdbc.sql("insert into unit (code, name, parent_id) values (:c, :c, :p) returning id")
                .param("c", code)
                .param("p", parent)
                .query(Long.class)
                .single();
    }

    private String path(long id) {
        return jdbc.sql("select path from unit where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int depth(long id) {
        return jdbc.sql("select depth from unit where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    /** The database's owner: the application's own role may not create or drop databases. */
    private JdbcClient owner() {
        return JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                new org.postgresql.Driver(), server.jdbcUrl()));
    }
}
