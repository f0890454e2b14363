package vn.daotao.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.Application;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.quiz.RunningAttempt;
import vn.daotao.security.TestSignIn;

/**
 * The database restarted under the running app: readiness goes DOWN, pages that need the database answer 503 with
 * a Vietnamese "try again" (no stack trace), readiness is UP again by itself within 10 s of the database's return,
 * and every answer the app acknowledged before is still there; the pool serves new work without a restart.
 */
class DatabaseRestartTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theAppRidesOutADatabaseRestart() throws Exception {
        Path data = folder.resolve("pg");
        int dbPort;
        try (ServerSocket free = new ServerSocket(0)) {
            dbPort = free.getLocalPort();
        }
        EmbeddedPostgresServer db = EmbeddedPostgresServer.start(data, dbPort);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties(
                        "spring.datasource.url=" + db.jdbcUrl(),
                        "spring.main.banner-mode=off",
                        // a request waits this long for a connection before it gives up (production: 10 s)
                        "spring.datasource.hikari.connection-timeout=5000",
                        "server.port=0",
                        "vaadin.devmode.devTools.enabled=false")
                .run()) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "nhanvien");
            TestSignIn.as(app, "nhanvien");
            LearnerService learner = app.getBean(LearnerService.class);
            QuizService quiz = app.getBean(QuizService.class);
            long module = course.moduleIds().getFirst();
            learner.openModule(course.assignmentId(), module);
            long attempt = learner.startQuiz(course.assignmentId(), module);
            RunningAttempt running = TestCourses.running(quiz, attempt);
            for (RunningAttempt.Question q : running.questions().subList(0, 2)) {
                quiz.saveAnswer(
                        attempt, q.questionId(), Set.copyOf(TestCourses.correctOptions(jdbc, attempt, q.questionId())));
            }

            // a browser signed in before the outage: its next click must meet the message, not a server error
            vn.daotao.bench.UidlSession browser = new vn.daotao.bench.UidlSession(http, base, (kind, nanos, ok) -> {});
            assertThat(browser.signIn("nhanvien", "demo12345")).isTrue();
            browser.openApp("home", "");

            db.close();
            long stopped = System.currentTimeMillis();
            while (status(base + "/actuator/health/readiness") != 503) {
                assertThat(System.currentTimeMillis() - stopped)
                        .as("readiness DOWN")
                        .isLessThan(15_000);
                Thread.sleep(200);
            }
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/verify/KhongCoMaNayTrongHeThong1"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body())
                    .contains("Hệ thống tạm thời gián đoạn, vui lòng thử lại")
                    .doesNotContain("Exception", "at org.", "at vn.");
            assertThat(browser.navigate("my courses", "my-courses"))
                    .as("a signed-in learner's next click (the account check before it cannot reach the database)")
                    .contains("Hệ thống tạm thời gián đoạn, vui lòng thử lại")
                    .doesNotContain("Exception", "at org.", "at vn.");
            assertThat(status(base + "/actuator/health/liveness"))
                    .as("a node waiting for its database is not broken")
                    .isEqualTo(200);

            db = EmbeddedPostgresServer.start(data, dbPort);
            long back = System.currentTimeMillis();
            while (status(base + "/actuator/health/readiness") != 200) {
                assertThat(System.currentTimeMillis() - back)
                        .as("readiness UP by itself")
                        .isLessThan(10_000);
                Thread.sleep(200);
            }
            System.out.println(
                    "readiness UP " + (System.currentTimeMillis() - back) + " ms after the database returned");

            assertThat(jdbc.sql("""
                            select count(*) from attempt_question
                             where attempt_id = :a and cardinality(selected_option_ids) > 0""").param("a", attempt).query(Integer.class).single())
                    .as("every acknowledged answer survived")
                    .isEqualTo(2);
            RunningAttempt.Question last = running.questions().get(2);
            quiz.saveAnswer(
                    attempt,
                    last.questionId(),
                    Set.copyOf(TestCourses.correctOptions(jdbc, attempt, last.questionId())));
            assertThat(quiz.submit(attempt).passed())
                    .as("the pool serves new work")
                    .isTrue();
            TestSignIn.clear(app);
        } finally {
            db.close();
        }
    }

    private int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
