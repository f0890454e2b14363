package vn.daotao.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.Application;
import vn.daotao.audit.RecordIntegrityService;
import vn.daotao.certificate.CertificateService;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/**
 * scripts/backup.sh and scripts/restore.sh on a real PostgreSQL server (CI: Debian's, with the databases
 * daotao_backup and daotao_restored that scripts/test.sh creates empty): a database with a completion and its
 * certificate is backed up, restored into an empty database, and the app started on the copy has the same
 * records, a verification code that still checks valid, and an intact record chain.
 */
class BackupRestoreTest {

    private static final String[] COUNTED = {
        "app_user",
        "unit",
        "course_edition",
        "assignment",
        "quiz_attempt",
        "completion_record",
        "certificate",
        "audit_event",
        "attachment",
        "record_chain"
    };

    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseRunsTheAppWithTheSameRecords() throws Exception {
        String url = System.getenv("TEST_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must provide TEST_DATASOURCE_URL (an external PostgreSQL); .ci/run starts one");
            }
            Assumptions.abort("TEST_DATASOURCE_URL not set: no external PostgreSQL to back up");
        }
        String server = url.substring(0, url.lastIndexOf('/'));
        String source = server + "/daotao_backup";
        String target = server + "/daotao_restored";

        Map<String, Integer> before;
        String code;
        try (ConfigurableApplicationContext app = start(source)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "nhanvien");
            TestSignIn.as(app, "nhanvien");
            TestCourses.pass(app.getBean(LearnerService.class), app.getBean(QuizService.class), jdbc, course, 0);
            TestSignIn.clear(app);
            code = jdbc.sql("""
                            select c.verification_code from certificate c
                              join completion_record r on r.id = c.completion_id where r.assignment_id = :a""")
                    .param("a", course.assignmentId())
                    .query(String.class)
                    .single();
            before = counts(jdbc);
        }
        assertThat(before.get("certificate")).isPositive();

        Path file = folder.resolve("daotao.dump");
        run("scripts/backup.sh", source, file.toString());
        run("scripts/restore.sh", target, file.toString());

        try (ConfigurableApplicationContext app = start(target)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(counts(jdbc)).isEqualTo(before);
            assertThat(app.getBean(CertificateService.class).verify(code))
                    .hasValueSatisfying(v -> assertThat(v.status().valid()).isTrue());
            TestSignIn.as(app, "admin");
            assertThat(app.getBean(RecordIntegrityService.class).check().intact())
                    .as("the record chain of the copy is intact")
                    .isTrue();
            TestSignIn.clear(app);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(Application.class)
                .properties(
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=" + user(),
                        "spring.datasource.password=" + password(),
                        "spring.main.banner-mode=off",
                        "server.port=0",
                        "vaadin.devmode.devTools.enabled=false")
                .run();
    }

    private static Map<String, Integer> counts(JdbcClient jdbc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : COUNTED) {
            counts.put(
                    table,
                    jdbc.sql("select count(*) from " + table)
                            .query(Integer.class)
                            .single());
        }
        return counts;
    }

    private static void run(String script, String url, String file) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script, file).redirectErrorStream(true);
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", password());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(script).isTrue();
        assertThat(process.exitValue()).as(script + ":\n" + output).isZero();
        System.out.println(output);
    }

    private static String user() {
        return System.getenv().getOrDefault("TEST_DATASOURCE_USERNAME", "postgres");
    }

    private static String password() {
        return System.getenv().getOrDefault("TEST_DATASOURCE_PASSWORD", "");
    }
}
