package vn.daotao.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The quiz cohort of issue 14 through the browser's own protocol: every learner signs in with the form during the
 * sign-in period, then, within the same start window, opens the app, "Khóa học của tôi", the course and module 1,
 * starts the quiz, saves each of its 5 answers after 3 to 8 s of thought, submits, confirms and sees the result.
 * Vaadin's CSRF token, UI id, sync id, client id and component node ids come from the responses ({@link UidlUi}).
 * Every request kind is a Gatling request name. Afterwards the answers the app acknowledged are compared with
 * what the database holds, one by one.
 *
 * <p>Run by {@code scripts/bench-cohort.sh}, which makes the learners and starts the app; settings are system
 * properties: {@code cohort.baseUrl}, {@code cohort.learners}, {@code cohort.signInSeconds},
 * {@code cohort.windowSeconds}, {@code cohort.userPrefix}, {@code cohort.jdbcUrl} (owner credentials inside).
 */
public class CohortSimulation extends Simulation {

    private static final String BASE = System.getProperty("cohort.baseUrl", "http://localhost:18291");
    private static final int LEARNERS = Integer.getInteger("cohort.learners", 2000);
    private static final int SIGN_IN_SECONDS = Integer.getInteger("cohort.signInSeconds", 600);
    private static final int WINDOW_SECONDS = Integer.getInteger("cohort.windowSeconds", 60);
    private static final String PREFIX = System.getProperty("cohort.userPrefix", "hv");
    private static final String PASSWORD = System.getProperty("cohort.password", "demo12345");
    private static final String JDBC_URL = System.getProperty("cohort.jdbcUrl", "");
    private static final String UNAVAILABLE = "tạm thời gián đoạn";
    private static final Pattern COURSE = Pattern.compile("courses/(\\d+)");
    private static final Pattern MODULE = Pattern.compile("courses/\\d+/modules/\\d+");

    /** attempt id to (question position to the option shown, K) for every answer the app acknowledged */
    private static final Map<Long, Map<Integer, Integer>> ACKNOWLEDGED = new ConcurrentHashMap<>();

    private static final AtomicInteger CLIENT_ERRORS = new AtomicInteger();
    private static long quizWindowStart;

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .disableFollowRedirect()
            .acceptHeader("*/*")
            .acceptLanguageHeader("vi-VN,vi;q=0.9")
            .userAgentHeader("Mozilla/5.0 (cohort load; Gatling)");

    private final Iterator<Map<String, Object>> learners = IntStream.rangeClosed(1, LEARNERS)
            .mapToObj(i -> Map.<String, Object>of("username", PREFIX + "%05d".formatted(i)))
            .iterator();

    private final ScenarioBuilder cohort = scenario("quiz cohort")
            .feed(learners)
            .exec(http("sign-in page").get("/login").check(status().is(200)))
            .exec(http("sign-in")
                    .post("/login")
                    .header("Origin", BASE)
                    .formParam("username", "#{username}")
                    .formParam("password", PASSWORD)
                    .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)))
            .exitHereIfFailed()
            // everyone waits for the same start window, as a ministry does for its deadline hour
            .pause(session -> Duration.ofMillis(Math.max(
                    0,
                    quizWindowStart
                            + ThreadLocalRandom.current().nextLong(WINDOW_SECONDS * 1000L)
                            - System.currentTimeMillis())))
            .exec(http("open app (page)").get("/").check(status().is(200)))
            .exec(http("open app").get("/?v-r=init&location=").check(status().is(200), bodyString().saveAs("body")))
            .exec(session -> guarded(session, "open app", () -> session.set("ui", UidlUi.fromInit(session.getString("body")))))
            .exitHereIfFailed()
            .exec(uidl("my courses", (ui, session) -> ui.navigate("my-courses")))
            .exec(session -> guarded(session, "course link", () -> session.set("course", find(COURSE, ui(session).lastBody()))))
            .exitHereIfFailed()
            .exec(uidl("course", (ui, session) -> ui.navigate(session.getString("course"))))
            .exec(session -> guarded(session, "module link", () -> session.set("module", find(MODULE, ui(session).lastBody()))))
            .exitHereIfFailed()
            .exec(uidl("module", (ui, session) -> ui.navigate(session.getString("module"))))
            .exec(uidl("start quiz", (ui, session) -> ui.click("take-quiz")))
            .exec(session -> guarded(session, "attempt", () -> session.set("attempt", ui(session).attemptIdFromLastResponse())))
            .exitHereIfFailed()
            .repeat(5, "q")
            .on(exec(session -> {
                                int question = session.getInt("q") + 1;
                                return guarded(session, "answer", () -> {
                                    int options = ui(session).optionTexts(question).size();
                                    return session.set("question", question)
                                            .set("option", ThreadLocalRandom.current().nextInt(options) + 1);
                                });
                            })
                    .exitHereIfFailed()
                    .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                    .exec(uidl("answer", (ui, session) -> ui.answer(session.getInt("question"), session.getInt("option"))))
                    .exec(session -> {
                        ACKNOWLEDGED
                                .computeIfAbsent(session.getLong("attempt"), k -> new ConcurrentHashMap<>())
                                .put(session.getInt("question"), session.getInt("option"));
                        return session;
                    }))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(uidl("submit", (ui, session) -> ui.click("submit-quiz")))
            .exec(uidl("confirm", (ui, session) -> ui.click("confirm-submit-button")))
            .exec(session -> guarded(session, "result", () -> {
                ui(session).tree().require("result");
                return session;
            }));

    {
        long start = System.currentTimeMillis();
        quizWindowStart = start + SIGN_IN_SECONDS * 1000L;
        String phases = System.getProperty("cohort.phasesFile", "");
        if (!phases.isEmpty()) {
            // when the sign-ins began and when the quiz window opens, for the script's CPU figures per phase
            try {
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of(phases), (start / 1000) + " " + (quizWindowStart / 1000) + "\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        setUp(cohort.injectOpen(rampUsers(LEARNERS).during(Duration.ofSeconds(SIGN_IN_SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One UIDL request: its payload from the UI's state, its response taken in, failing on an error or the outage message. */
    private static ChainBuilder uidl(String name, BiFunction<UidlUi, Session, String> payload) {
        return exec(http(name)
                        .post(session -> ui(session).uidlPath())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> payload.apply(ui(session), session)))
                        .check(status().is(200), substring(UNAVAILABLE).notExists(), bodyString().saveAs("body")))
                .exitHereIfFailed()
                .exec(session -> guarded(session, name, () -> {
                    ui(session).accept(name, session.getString("body"));
                    return session;
                }))
                .exitHereIfFailed();
    }

    private static UidlUi ui(Session session) {
        return session.get("ui");
    }

    private interface Step {
        Session run();
    }

    /** A client-side step that fails (no such element, an app error in the response) fails the learner, counted. */
    private static Session guarded(Session session, String what, Step step) {
        try {
            return step.run();
        } catch (RuntimeException e) {
            if (CLIENT_ERRORS.incrementAndGet() <= 5) {
                System.out.println("learner " + session.getString("username") + ", " + what + ": " + e.getMessage());
            }
            return session.markAsFailed();
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in the response");
        }
        return m.group();
    }

    @Override
    public void after() {
        System.out.println("Cohort: " + LEARNERS + " learners; client-side failures: " + CLIENT_ERRORS.get());
        if (JDBC_URL.isEmpty()) {
            return;
        }
        int acknowledged = 0;
        int matching = 0;
        int extra = 0;
        try (Connection db = DriverManager.getConnection(JDBC_URL);
                PreparedStatement q = db.prepareStatement("""
                        select attempt_id, position, array_position(option_order, selected_option_ids[1])
                          from attempt_question
                         where attempt_id = any(?) and cardinality(selected_option_ids) > 0""")) {
            q.setArray(1, db.createArrayOf("bigint", ACKNOWLEDGED.keySet().toArray()));
            Map<Long, Map<Integer, Integer>> stored = new HashMap<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getInt(3));
                }
            }
            for (Map.Entry<Long, Map<Integer, Integer>> attempt : ACKNOWLEDGED.entrySet()) {
                Map<Integer, Integer> kept = stored.getOrDefault(attempt.getKey(), Map.of());
                for (Map.Entry<Integer, Integer> answer : attempt.getValue().entrySet()) {
                    acknowledged++;
                    if (answer.getValue().equals(kept.get(answer.getKey()))) {
                        matching++;
                    }
                }
                extra += (int) kept.keySet().stream()
                        .filter(position -> !attempt.getValue().containsKey(position))
                        .count();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not compare the answers with the database", e);
        }
        System.out.printf(
                "Answers acknowledged: %d, stored as acknowledged: %d, stored without an acknowledgement: %d%n",
                acknowledged, matching, extra);
        if (matching != acknowledged || extra != 0) {
            throw new IllegalStateException("the database does not hold exactly the acknowledged answers");
        }
    }
}
