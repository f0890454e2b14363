package vn.daotao.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What two nodes behind HAProxy must do together (issue 14), checked against the cluster of
 * {@code scripts/cluster.sh} through the front, with the browser's own protocol ({@link UidlSession}):
 *
 * <ol>
 *   <li>the yearly renewal, scheduled every two seconds on both nodes, creates a due cycle's next cycle once;
 *   <li>learners finishing the course on both nodes at once get certificate serials without a gap;
 *   <li>{@code kill -9} of the node a learner is on in the middle of a quiz: the next request reaches the other
 *       node, the learner signs in again and resumes the same attempt with its saved answers and deadline;
 *   <li>the database stopped and started under load: pages say so in Vietnamese, readiness goes DOWN and comes
 *       back UP by itself within 10 s, and every answer that was acknowledged is in the database.
 * </ol>
 *
 * Prints what it saw and exits 0 when every point held, 1 otherwise. Every wait is bounded; the caller
 * ({@code scripts/cluster-check.sh}) bounds the whole run as well.
 */
public final class ClusterCheck {

    private static final String PASSWORD = "demo12345";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern MODULE_LINK = Pattern.compile("courses/(\\d+)/modules/(\\d+)");
    private static final Pattern COURSE_LINK = Pattern.compile("courses/(\\d+)");
    private static final String UNAVAILABLE = "tạm thời gián đoạn";
    /** The general message for a failure that is not an outage (UiErrorHandler, error.action.failed). */
    private static final String FAILED = "Không thực hiện được thao tác";

    private final String front;
    private final String jdbcUrl;
    private final String script;
    private final Path clusterDir;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16))
            .build();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

    private ClusterCheck(String front, String jdbcUrl, String script, Path clusterDir) {
        this.front = front;
        this.jdbcUrl = jdbcUrl;
        this.script = script;
        this.clusterDir = clusterDir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ClusterCheck FRONT_URL JDBC_URL CLUSTER_SCRIPT CLUSTER_DIR");
            System.exit(2);
        }
        ClusterCheck check = new ClusterCheck(args[0], args[1], args[2], Path.of(args[3]));
        boolean ok = check.run();
        System.exit(ok ? 0 : 1);
    }

    private boolean run() throws Exception {
        String steps = System.getProperty("cluster.steps", "1234");
        if (steps.contains("1")) {
            step("1. scheduled jobs run once across both nodes", this::jobsRunOnce);
        }
        if (steps.contains("2")) {
            step("2. gap-free serials from both nodes at once", this::serials);
        }
        if (steps.contains("3")) {
            step("3. kill -9 of a learner's node in the middle of a quiz", this::failover);
        }
        if (steps.contains("4")) {
            step("4. the database stopped and started under load", this::databaseRestart);
        }
        latencies.keySet().stream().sorted().forEach(kind -> {
            List<Long> sorted = new ArrayList<>(latencies.get(kind));
            Collections.sort(sorted);
            System.out.printf(
                    "  %-24s n=%4d  p50 %5d ms  p95 %5d ms  max %5d ms%n",
                    kind,
                    sorted.size(),
                    sorted.get(sorted.size() / 2),
                    sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1)),
                    sorted.getLast());
        });
        failures.forEach(f -> System.out.println("FAILED: " + f));
        System.out.println(failures.isEmpty() ? "Cluster check passed" : "Cluster check failed");
        return failures.isEmpty();
    }

    private interface Step {
        void run() throws Exception;
    }

    private void step(String title, Step step) {
        System.out.println(title);
        long start = System.nanoTime();
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            failures.add(title + ": " + e);
            e.printStackTrace(System.out);
        }
        System.out.printf("   (%d ms)%n", (System.nanoTime() - start) / 1_000_000);
    }

    private void expect(boolean condition, String what) {
        if (!condition) {
            failures.add(what);
            System.out.println("   NOT AS EXPECTED: " + what);
        } else {
            System.out.println("   ok: " + what);
        }
    }

    // ---- 1. jobs -----------------------------------------------------------------------------------------

    /** A yearly cycle of a unit, due 35 days ago, inserted as an admin's old assignment would be. */
    private void jobsRunOnce() throws Exception {
        LocalDate today = LocalDate.now(VIETNAM);
        long cycle;
        try (Connection db = db()) {
            cycle = one(db, """
                    insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date, recurrence)
                    values ((select max(id) from course_edition where status = 'PUBLISHED'),
                            (select id from unit where code = 'KHTC'), true, ?, ?, 'YEARLY')
                    returning id""", today.minusDays(400), today.minusDays(35));
        }
        // Both nodes run the renewal every two seconds (CLUSTER_RENEWAL_CRON): give them several turns each.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long next = 0;
        while (System.nanoTime() < deadline && next == 0) {
            Thread.sleep(500);
            try (Connection db = db()) {
                next = one(db, "select count(*) from assignment where previous_id = ?", cycle);
            }
        }
        Thread.sleep(8_000);
        try (Connection db = db()) {
            long cycles = one(db, "select count(*) from assignment where previous_id = ?", cycle);
            long audited = one(db, """
                    select count(*) from audit_event where action = 'ASSIGNMENT_RENEWED'
                      and details ->> 'previousId' = ?""", Long.toString(cycle));
            expect(cycles == 1, "one next cycle of the due yearly cycle (found " + cycles + ")");
            expect(audited == 1, "one audit event for it (found " + audited + ")");
        }
        int node1 = count(clusterDir.resolve("node1.log"), "Yearly assignments:");
        int node2 = count(clusterDir.resolve("node2.log"), "Yearly assignments:");
        expect(node1 + node2 == 1, "one node created it (node 1 logged " + node1 + ", node 2 " + node2 + ")");
    }

    private static int count(Path log, String text) throws Exception {
        return (int)
                Files.readAllLines(log).stream().filter(l -> l.contains(text)).count();
    }

    // ---- 2. serials ----------------------------------------------------------------------------------

    private static final List<String> FINISHERS = List.of(
            "vp0003", "vp0004", "vp0005", "vp0006", "hc0001", "hc0002", "hc0003", "hc0004", "hc0005", "tc0001",
            "tc0002", "tc0003");

    /** Each learner passes every module but the last, then all submit the last quiz at the same moment. */
    private void serials() throws Exception {
        int year = LocalDate.now(VIETNAM).getYear();
        long before;
        try (Connection db = db()) {
            before = one(db, "select count(*) from certificate");
        }
        CyclicBarrier together = new CyclicBarrier(FINISHERS.size());
        Map<String, String> nodeOf = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(FINISHERS.size());
        List<Future<?>> runs = new ArrayList<>();
        for (String user : FINISHERS) {
            runs.add(pool.submit(() -> {
                UidlSession learner = learner();
                if (!learner.signIn(user, PASSWORD)) {
                    throw new IllegalStateException(user + " could not sign in");
                }
                nodeOf.put(user, String.valueOf(learner.cookie("NODE")));
                learner.openApp("open app", "");
                completeCourse(learner, together);
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> run : runs) {
            run.get(180, TimeUnit.SECONDS);
        }
        Set<String> nodes = new TreeSet<>(nodeOf.values());
        expect(nodes.size() == 2, "learners were served by both nodes: " + nodeOf);
        try (Connection db = db()) {
            List<Long> numbers = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("select serial from certificate where serial like ?")) {
                q.setString(1, "%-" + year + "-%");
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String serial = rs.getString(1);
                        numbers.add(Long.parseLong(serial.substring(serial.lastIndexOf('-') + 1)));
                    }
                }
            }
            long after = one(db, "select count(*) from certificate");
            Collections.sort(numbers);
            boolean gapFree = true;
            for (int i = 0; i < numbers.size(); i++) {
                gapFree &= numbers.get(i) == i + 1;
            }
            expect(
                    after - before == FINISHERS.size(),
                    (after - before) + " certificates for " + FINISHERS.size() + " learners who finished");
            expect(
                    gapFree,
                    "serials of " + year + " run 1.." + numbers.size() + " without a gap or a repeat: " + numbers);
        }
    }

    /** Every module in turn (the next one opens when the one before is passed), the last submitted together. */
    private void completeCourse(UidlSession learner, CyclicBarrier beforeLastSubmit) throws Exception {
        String courses = learner.navigate("my courses", "my-courses");
        Matcher course = COURSE_LINK.matcher(courses);
        if (!course.find()) {
            throw new IllegalStateException("no course on my-courses");
        }
        Set<String> done = new LinkedHashSet<>();
        long modules = -1;
        while (true) {
            String coursePage = learner.navigate("course", "courses/" + course.group(1));
            String next = null;
            Matcher module = MODULE_LINK.matcher(coursePage);
            while (next == null && module.find()) {
                if (!done.contains(module.group())) {
                    next = module.group();
                }
            }
            if (next == null) {
                break;
            }
            if (modules < 0) {
                try (Connection db = db()) {
                    modules = one(
                            db,
                            "select count(*) from course_module where edition_id = (select edition_id from course_module where id = ?)",
                            Long.parseLong(next.substring(next.lastIndexOf('/') + 1)));
                }
            }
            learner.navigate("module", next);
            learner.click("start quiz", "take-quiz");
            long attempt = learner.attemptIdFromLastResponse();
            for (Map.Entry<Integer, int[]> answer : rightAnswers(attempt).entrySet()) {
                learner.answer("answer", answer.getKey(), answer.getValue());
            }
            learner.click("submit", "submit-quiz");
            if (done.size() == modules - 1) {
                beforeLastSubmit.await(120, TimeUnit.SECONDS);
            }
            learner.click("confirm", "confirm-submit-button");
            if (learner.tree().byId("result").isEmpty()) {
                throw new IllegalStateException("no result after submitting " + next);
            }
            done.add(next);
        }
        if (done.size() != modules) {
            throw new IllegalStateException("passed " + done.size() + " of " + modules + " modules");
        }
    }

    /** The right options of an attempt as the page shows them: option-Q-K, K counted in the attempt's order. */
    private Map<Integer, int[]> rightAnswers(long attempt) throws SQLException {
        Map<Integer, List<Integer>> right = new HashMap<>();
        try (Connection db = db();
                PreparedStatement q = db.prepareStatement("""
                        select aq.position, o.k from attempt_question aq
                          cross join lateral unnest(aq.option_order) with ordinality as o(option_id, k)
                          join question_option qo on qo.id = o.option_id and qo.correct
                         where aq.attempt_id = ? order by aq.position, o.k""")) {
            q.setLong(1, attempt);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    right.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getInt(2));
                }
            }
        }
        Map<Integer, int[]> out = new java.util.TreeMap<>();
        right.forEach((position, ks) ->
                out.put(position, ks.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    // ---- 3. failover ---------------------------------------------------------------------------------

    private void failover() throws Exception {
        String user = "kh0004";
        UidlSession learner = learner();
        expect(learner.signIn(user, PASSWORD), user + " signed in");
        learner.openApp("open app", "");
        String node = learner.cookie("NODE");
        String coursePage = learner.navigate("my courses", "my-courses");
        Matcher course = COURSE_LINK.matcher(coursePage);
        course.find();
        Matcher module = MODULE_LINK.matcher(learner.navigate("course", "courses/" + course.group(1)));
        module.find();
        String firstModule = module.group();
        learner.navigate("module", firstModule);
        learner.click("start quiz", "take-quiz");
        long attempt = learner.attemptIdFromLastResponse();
        learner.answer("answer", 1, 2);
        learner.answer("answer", 2, 1);
        Timestamp deadline;
        try (Connection db = db()) {
            deadline = timestamp(db, "select deadline_at from quiz_attempt where id = ?", attempt);
        }
        System.out.println(
                "   " + user + " on " + node + ", attempt " + attempt + ", two answers saved, deadline " + deadline);

        cluster("kill", node.replace("node", ""));
        String afterKill;
        try {
            learner.answer("answer", 3, 1);
            afterKill = "answered without signing in again";
        } catch (RuntimeException e) {
            // the request in flight when the node died may fail at the transport (its connection was cut)
            afterKill = e.getMessage();
        }
        System.out.println("   next request after kill -9: " + afterKill);
        String other = null;
        for (int tries = 0; tries < 20; tries++) {
            try {
                if (learner.signIn(user, PASSWORD)) {
                    other = learner.cookie("NODE");
                    break;
                }
            } catch (RuntimeException e) {
                // HAProxy has not seen the node go yet: a browser's user tries again.
            }
            Thread.sleep(500);
        }
        expect(other != null && !other.equals(node), "signed in again on the other node (" + other + ")");
        learner.openApp("open app", "");
        learner.navigate("module", firstModule);
        learner.click("resume quiz", "take-quiz");
        long resumed = learner.attemptIdFromLastResponse();
        expect(resumed == attempt, "resumed the same attempt (" + resumed + ")");
        String answered = learner.tree().text(learner.tree().require("answered-count"));
        expect(answered.contains("2/"), "both saved answers are there: \"" + answered + "\"");
        try (Connection db = db()) {
            Timestamp after = timestamp(db, "select deadline_at from quiz_attempt where id = ?", attempt);
            expect(java.util.Objects.equals(deadline, after), "the same deadline (" + after + ")");
        }
        cluster("start", node.replace("node", ""));
    }

    // ---- 4. database restart -------------------------------------------------------------------------

    private static final List<String> ANSWERERS =
            List.of("tc0004", "tc0005", "kh0001", "kh0002", "kh0003", "kh0005", "kh0006", "truongdonvi");

    /** What one learner saw: the last option acknowledged per question, and questions whose last save was unclear. */
    private record Answers(
            long attempt,
            Map<Integer, Integer> acknowledged,
            Map<Integer, Set<Integer>> unclear,
            int refused,
            int refusedOnPage,
            int notReverted,
            List<String> history) {}

    private void databaseRestart() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger messages = new AtomicInteger();
        AtomicInteger traces = new AtomicInteger();
        Set<String> problems = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(ANSWERERS.size() + 1);
        List<Future<Answers>> runs = new ArrayList<>();
        CyclicBarrier started = new CyclicBarrier(ANSWERERS.size() + 1);
        for (String user : ANSWERERS) {
            runs.add(pool.submit(() -> answerUntilStopped(user, started, stop, messages, traces, problems)));
        }
        started.await(120, TimeUnit.SECONDS);
        Thread.sleep(2_000);
        Map<Integer, List<String>> readiness = new ConcurrentHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Future<?> watcher = pool.submit(() -> {
            while (watching.get()) {
                for (int n = 1; n <= 2; n++) {
                    readiness
                            .computeIfAbsent(n, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() + " " + ready(n));
                }
                Thread.sleep(200);
            }
            return null;
        });
        long stopped = System.nanoTime();
        cluster("db-stop");
        // longer than a request waits for a connection (10 s): requests during the outage are answered with the message
        Thread.sleep(15_000);
        cluster("db-start");
        long back = System.nanoTime();
        long upAgain = 0;
        while (System.nanoTime() - back < TimeUnit.SECONDS.toNanos(30)) {
            if (ready(1) && ready(2)) {
                upAgain = System.nanoTime();
                break;
            }
            Thread.sleep(100);
        }
        Thread.sleep(3_000);
        stop.set(true);
        watching.set(false);
        watcher.get(10, TimeUnit.SECONDS);
        pool.shutdown();

        for (int n = 1; n <= 2; n++) {
            StringBuilder timeline = new StringBuilder();
            String last = "";
            for (String s : List.copyOf(readiness.get(n))) {
                String state = s.endsWith("true") ? "UP" : "DOWN";
                if (!state.equals(last)) {
                    long at = (Long.parseLong(s.split(" ")[0]) - stopped) / 1_000_000;
                    timeline.append(' ').append(state).append(" at ").append(at).append(" ms");
                    last = state;
                }
            }
            System.out.println("   node " + n + " readiness (from the database's stop, back at "
                    + (back - stopped) / 1_000_000 + " ms):" + timeline);
        }
        for (int n = 1; n <= 2; n++) {
            boolean sawDown = readiness.get(n).stream()
                    .anyMatch(s -> Long.parseLong(s.split(" ")[0]) > stopped && s.endsWith("false"));
            expect(sawDown, "node " + n + " readiness went DOWN while the database was away");
        }
        expect(
                upAgain != 0 && upAgain - back <= TimeUnit.SECONDS.toNanos(10),
                "both nodes ready again " + (upAgain == 0 ? "never" : (upAgain - back) / 1_000_000 + " ms")
                        + " after the database was back (at most 10 s)");

        int acknowledged = 0;
        int lost = 0;
        int unclearCount = 0;
        int refused = 0;
        int notReverted = 0;
        int refusedOnPage = 0;
        try (Connection db = db()) {
            for (Future<Answers> run : runs) {
                Answers answers = run.get(60, TimeUnit.SECONDS);
                refused += answers.refused();
                notReverted += answers.notReverted();
                refusedOnPage += answers.refusedOnPage();
                unclearCount += answers.unclear().size();
                Map<Integer, Integer> stored = storedAnswers(db, answers.attempt());
                for (Map.Entry<Integer, Integer> a : answers.acknowledged().entrySet()) {
                    acknowledged++;
                    Integer kept = stored.get(a.getKey());
                    if (!a.getValue().equals(kept)
                            && !answers.unclear()
                                    .getOrDefault(a.getKey(), Set.of())
                                    .contains(kept)) {
                        lost++;
                        System.out.println("   attempt " + answers.attempt() + " question " + a.getKey()
                                + ": acknowledged option " + a.getValue() + ", stored " + stored.get(a.getKey())
                                + "; its saves:");
                        answers.history().stream()
                                .filter(h -> h.startsWith("q" + a.getKey() + " "))
                                .forEach(h -> System.out.println("     " + h));
                    }
                }
            }
        }
        expect(messages.get() > 0, messages.get() + " answers refused with \"" + UNAVAILABLE + "...\"");
        expect(traces.get() == 0, "no stack trace in any response (" + traces.get() + ")");
        expect(
                refusedOnPage > 0 && notReverted == 0,
                "after each of the " + refusedOnPage + " saves refused on the page the question showed the saved"
                        + " choice again (" + notReverted + " still showed the refused one)");
        problems.stream().limit(5).forEach(p -> System.out.println("   a save without an answer: " + p));
        System.out.println("   last answers acknowledged per question: " + acknowledged + ", saves refused: " + refused
                + ", questions whose last saves were refused or cut off: " + unclearCount);
        expect(lost == 0, "every acknowledged answer is in the database (" + lost + " missing)");
    }

    private Answers answerUntilStopped(
            String user,
            CyclicBarrier started,
            AtomicBoolean stop,
            AtomicInteger messages,
            AtomicInteger traces,
            Set<String> problems)
            throws Exception {
        UidlSession learner = learner();
        if (!learner.signIn(user, PASSWORD)) {
            throw new IllegalStateException(user + " could not sign in");
        }
        learner.openApp("open app", "");
        Matcher course = COURSE_LINK.matcher(learner.navigate("my courses", "my-courses"));
        course.find();
        Matcher module = MODULE_LINK.matcher(learner.navigate("course", "courses/" + course.group(1)));
        module.find();
        learner.navigate("module", module.group());
        learner.click("start quiz", "take-quiz");
        long attempt = learner.attemptIdFromLastResponse();
        started.await(120, TimeUnit.SECONDS);
        Map<Integer, Integer> acknowledged = new HashMap<>();
        // options tried since a question's last acknowledged answer: refused or cut off, they may have been stored
        Map<Integer, Set<Integer>> unclear = new HashMap<>();
        int refused = 0;
        int notReverted = 0;
        int refusedOnPage = 0;
        List<String> history = new ArrayList<>();
        long begin = System.nanoTime();
        for (int turn = 0; !stop.get(); turn++) {
            int question = turn % 5 + 1;
            if (learner.multipleChoice(question)) {
                continue;
            }
            int option = turn / 5 % learner.optionTexts(question).size() + 1;
            String at =
                    "q" + question + " option " + option + " at " + (System.nanoTime() - begin) / 1_000_000 + " ms: ";
            try {
                String body = learner.answer("answer", question, option);
                if (body.contains("Exception") || body.contains("at vn.daotao")) {
                    traces.incrementAndGet();
                }
                if (body.contains(UNAVAILABLE) || body.contains(FAILED)) {
                    messages.addAndGet(body.contains(UNAVAILABLE) ? 1 : 0);
                    refused++;
                    unclear.computeIfAbsent(question, k -> new java.util.HashSet<>())
                            .add(option);
                    refusedOnPage++;
                    int shown = learner.chosenOption(question);
                    if (shown == option) {
                        notReverted++;
                    }
                    if (body.contains(FAILED)) {
                        problems.add("answered with the general failure message: " + UidlUi.abbreviate(body));
                    }
                    history.add(at + (body.contains(UNAVAILABLE) ? "refused" : "failed") + ", shows option " + shown);
                } else {
                    acknowledged.put(question, option);
                    unclear.remove(question);
                    history.add(at + "acknowledged");
                }
            } catch (RuntimeException e) {
                history.add(at + "no answer: "
                        + String.valueOf(e.getMessage())
                                .substring(
                                        0,
                                        Math.min(
                                                120,
                                                String.valueOf(e.getMessage()).length())));
                if (String.valueOf(e.getMessage()).contains(UNAVAILABLE)) {
                    // no node is ready: the load balancer's own page, in Vietnamese (cluster.sh, errorfile 503)
                    messages.incrementAndGet();
                    refused++;
                    unclear.computeIfAbsent(question, k -> new java.util.HashSet<>())
                            .add(option);
                } else {
                    unclear.computeIfAbsent(question, k -> new java.util.HashSet<>())
                            .add(option);
                    String problem = String.valueOf(e.getMessage());
                    problems.add(problem.substring(0, Math.min(300, problem.length())));
                }
            }
            Thread.sleep(150);
        }
        return new Answers(attempt, acknowledged, unclear, refused, refusedOnPage, notReverted, history);
    }

    /** Question position to the option shown (K) that the attempt stores, for single answers. */
    private static Map<Integer, Integer> storedAnswers(Connection db, long attempt) throws SQLException {
        Map<Integer, Integer> stored = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("""
                select position, array_position(option_order, selected_option_ids[1])
                  from attempt_question where attempt_id = ? and cardinality(selected_option_ids) = 1""")) {
            q.setLong(1, attempt);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        return stored;
    }

    // ---- plumbing ------------------------------------------------------------------------------------

    private UidlSession learner() {
        return new UidlSession(http, front, (kind, nanos, ok) -> {
            if (ok) {
                latencies
                        .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(nanos / 1_000_000);
            }
        });
    }

    private boolean ready(int node) {
        int port = URI.create(front).getPort() + node;
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }

    private void cluster(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", script));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).inheritIO().start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("cluster.sh " + String.join(" ", command) + " failed");
        }
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "daotao_owner", "daotao_owner");
    }

    private static long one(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Timestamp timestamp(Connection db, String sql, long id) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }
    }
}
