package vn.daotao.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;
import vn.daotao.xapi.internal.XapiOutbox;
import vn.daotao.xapi.internal.XapiSender;

/**
 * xAPI statements against a small learning record store started here (the JDK's HTTP server on loopback) that checks
 * each statement's shape (version header, credentials, id, actor, verb, activity, result, timestamp) and can refuse
 * or stall: a person fails a module's quiz, passes it, passes the second and confirms the course's commitment; the
 * statements wait while the store refuses and while it stalls, then arrive once each, in the order they happened; a
 * node that died holding one sends it again after its lease and the store keeps it once.
 */
@SpringBootTest
class XapiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Store STORE = Store.start();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("app.xapi.enabled", () -> "true");
        registry.add("app.xapi.endpoint", () -> STORE.endpoint());
        registry.add("app.xapi.username", () -> "daotao");
        registry.add("app.xapi.password", () -> "lrs-secret");
        registry.add("app.xapi.timeout-millis", () -> "1000");
        registry.add("app.public-url", () -> "https://daotao.example.vn");
    }

    @AfterAll
    static void stop() {
        STORE.server.stop(0);
    }

    @Autowired
    XapiSender sender;

    @Autowired
    XapiOutbox outbox;

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void statementsReachTheStoreOnceInOrderWhateverTheStoreDoes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "xapi" + tag;
        long user = jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              search_text)
                        values (:u, 'Lý Thị Học Tập', :c, (select id from unit where parent_id is null order by id limit 1),
                                '{EMPLOYEE}', 'x', 'ly thi hoc tap') returning id""")
                .param("u", username)
                .param("c", "XA-" + tag)
                .query(Long.class)
                .single();
        TestCourses.Fixture course = TestCourses.create(jdbc, 2, null, null, "FULL", username, module -> {});
        TestSignIn.as(app, username);
        // module 1: a failed attempt, then a pass; module 2: a pass; the course completes
        long module1 = course.moduleIds().getFirst();
        learner.openModule(course.assignmentId(), module1);
        long failing = learner.startQuiz(course.assignmentId(), module1);
        for (var q : TestCourses.running(quiz, failing).questions()) {
            quiz.saveAnswer(
                    failing,
                    q.questionId(),
                    Set.of(TestCourses.wrongOptions(jdbc, failing, q.questionId())
                            .getFirst()));
        }
        assertThat(quiz.submit(failing).passed()).isFalse();
        TestCourses.pass(learner, quiz, jdbc, course, 0);
        TestCourses.pass(learner, quiz, jdbc, course, 1);
        TestSignIn.clear(app);
        assertThat(pending(user))
                .as("kept with what they tell: failed, passed, passed, completed")
                .isEqualTo(4);

        // the store refuses only this person's first statement: the later ones are not even offered
        List<String> ids = pendingIds(user);
        STORE.refusedId = ids.getFirst();
        Instant now = Instant.now();
        sender.sendDue(now);
        assertThat(STORE.puts.keySet())
                .as("nothing after a refused statement of the same person")
                .filteredOn(ids::contains)
                .containsExactly(ids.getFirst());
        STORE.refusedId = null;
        STORE.mode = "stall";
        assertThat(sender.sendDue(now.plusSeconds(31)).sent())
                .as("a store that does not answer in time")
                .isZero();
        assertThat(STORE.stored(user)).isEmpty();
        STORE.mode = "ok";
        assertThat(sender.sendDue(now.plusSeconds(40)).sent())
                .as("not before the back-off")
                .isZero();
        sender.sendDue(now.plusSeconds(3600));
        List<JsonNode> mine = STORE.stored(user);
        assertThat(mine)
                .extracting(s -> s.get("verb").get("id").asString().replaceAll(".*/", ""))
                .as("once each, in the order they happened")
                .containsExactly("failed", "passed", "passed", "completed");
        JsonNode failed = mine.getFirst();
        assertThat(failed.get("actor").get("account").get("name").asString()).isEqualTo("XA-" + tag);
        assertThat(failed.get("actor").get("account").get("homePage").asString())
                .isEqualTo("https://daotao.example.vn");
        assertThat(failed.get("object").get("id").asString())
                .startsWith("https://daotao.example.vn/xapi/activities/course/")
                .endsWith("/module/1");
        assertThat(failed.get("result").get("success").asBoolean()).isFalse();
        assertThat(failed.get("result").get("score").get("scaled").asDouble()).isBetween(0.0, 1.0);
        assertThat(mine.get(3).get("object").get("definition").get("type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/course");
        assertThat(pending(user)).isZero();
        assertThat(sender.sendDue(now.plusSeconds(7200)).sent())
                .as("nothing twice")
                .isZero();
        assertThat(mine)
                .allSatisfy(statement -> assertThat(
                                STORE.stores.get(statement.get("id").asString()))
                        .as("stored once")
                        .isEqualTo(1));
        assertThat(STORE.rejectedShapes)
                .as("every statement had the shape the store checks")
                .isEmpty();

        // a second person who confirms a commitment; a node dies holding their first statement
        String other = "xapib" + tag;
        long otherUser = jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              search_text)
                        values (:u, 'Chu Văn Cam Kết', :c, (select id from unit where parent_id is null order by id limit 1),
                                '{EMPLOYEE}', 'x', 'chu van cam ket') returning id""")
                .param("u", other)
                .param("c", "XB-" + tag)
                .query(Long.class)
                .single();
        // the commitment text is set while the edition is still a draft (a published edition is frozen)
        TestCourses.Fixture committed = TestCourses.create(
                jdbc,
                1,
                null,
                null,
                "FULL",
                other,
                module -> jdbc.sql("""
                        update course_edition set commitment_text = 'Tôi cam kết thực hiện đúng quy định.'
                         where id = (select edition_id from course_module where id = :m)""").param("m", module).update());
        TestSignIn.as(app, other);
        TestCourses.pass(learner, quiz, jdbc, committed, 0);
        learner.confirmCommitment(committed.assignmentId());
        TestSignIn.clear(app);
        Instant later = Instant.now().plusSeconds(1000);
        assertThat(outbox.claim(later, 500, 120, UUID.randomUUID()))
                .as("a node claims and dies")
                .isNotEmpty();
        assertThat(sender.sendDue(later.plusSeconds(60)).sent())
                .as("while its lease runs")
                .isZero();
        sender.sendDue(later.plusSeconds(121));
        sender.sendDue(later.plusSeconds(122));
        assertThat(STORE.stored(otherUser))
                .extracting(s -> s.get("verb").get("id").asString().replaceAll(".*/", ""))
                .containsExactly("passed", "agree", "completed");
        assertThat(STORE.stored(otherUser).get(1).get("result").get("response").asString())
                .isEqualTo("Tôi cam kết thực hiện đúng quy định.");
    }

    private List<String> pendingIds(long user) {
        return jdbc.sql("select statement_id::text from xapi_statement where user_id = :u order by id")
                .param("u", user)
                .query(String.class)
                .list();
    }

    private int pending(long user) {
        return jdbc.sql("select count(*) from xapi_statement where user_id = :u and status = 'PENDING'")
                .param("u", user)
                .query(Integer.class)
                .single();
    }

    /** The store: PUT /xapi/statements?statementId= with Basic credentials and the version header; keeps by id. */
    static final class Store {
        final HttpServer server;
        volatile String mode = "ok";
        volatile String refusedId;
        final Map<String, Integer> puts = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, Integer> stores = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, JsonNode> byId = Collections.synchronizedMap(new LinkedHashMap<>());
        final List<String> rejectedShapes = Collections.synchronizedList(new ArrayList<>());

        private Store(HttpServer server) {
            this.server = server;
        }

        static Store start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                Store store = new Store(server);
                server.createContext("/xapi/statements", store::handle);
                server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
                server.start();
                return store;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        String endpoint() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
        }

        /** The statements kept for a person (by the employee code in the actor), in the order they arrived. */
        List<JsonNode> stored(long userId) {
            synchronized (byId) {
                return byId.values().stream()
                        .filter(s -> s.path("userId").asLong() == userId)
                        .map(s -> s.get("statement"))
                        .toList();
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                if (mode.equals("refuse")) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                if (mode.equals("stall")) {
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.sendResponseHeaders(204, -1);
                    return;
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String query = exchange.getRequestURI().getQuery();
                String id = query == null ? "" : query.replace("statementId=", "");
                puts.merge(id, 1, Integer::sum);
                if (id.equals(refusedId)) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                String shape = shapeProblem(exchange, id, body);
                if (shape != null) {
                    rejectedShapes.add(shape);
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                JsonNode statement = JSON.readTree(body);
                if (byId.containsKey(id)) {
                    exchange.sendResponseHeaders(409, -1);
                    return;
                }
                String code = statement.get("actor").get("account").get("name").asString();
                long userId = TestUsers.idOf(code);
                byId.put(id, JSON.valueToTree(Map.of("userId", userId, "statement", statement)));
                stores.merge(id, 1, Integer::sum);
                exchange.sendResponseHeaders(204, -1);
            }
        }

        private static String shapeProblem(HttpExchange exchange, String id, String body) {
            if (!"PUT".equals(exchange.getRequestMethod())) {
                return "method " + exchange.getRequestMethod();
            }
            String version = exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
            if (version == null || !version.startsWith("1.0")) {
                return "version " + version;
            }
            String expected =
                    "Basic " + Base64.getEncoder().encodeToString("daotao:lrs-secret".getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                return "credentials";
            }
            JsonNode s;
            try {
                s = JSON.readTree(body);
            } catch (RuntimeException e) {
                return "not JSON";
            }
            if (!id.equals(s.path("id").asString()) || UUID.fromString(id) == null) {
                return "id " + id;
            }
            if (!s.path("actor").path("account").path("name").isString()
                    || !s.path("actor")
                            .path("account")
                            .path("homePage")
                            .asString()
                            .startsWith("https://")) {
                return "actor";
            }
            if (!s.path("verb").path("id").asString().startsWith("http")
                    || !s.path("verb").path("display").has("en-US")) {
                return "verb";
            }
            if (!s.path("object").path("id").asString().startsWith("https://daotao.example.vn/xapi/activities/")) {
                return "object";
            }
            if (!s.path("result").isObject()) {
                return "result";
            }
            try {
                Instant.parse(s.path("timestamp").asString());
            } catch (RuntimeException e) {
                return "timestamp";
            }
            return null;
        }
    }

    /** Employee codes of this test's people, to file what the store keeps by person. */
    static final class TestUsers {
        static JdbcClient jdbc;

        static long idOf(String employeeCode) {
            return jdbc.sql("select id from app_user where employee_code = :c")
                    .param("c", employeeCode)
                    .query(Long.class)
                    .optional()
                    .orElse(0L);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void shareJdbc() {
        TestUsers.jdbc = jdbc;
    }
}
