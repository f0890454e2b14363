package vn.daotao.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A burst of first visitors against a freshly started server, speaking the browser's own protocol:
 * sign-in, then the views a learner opens first (home, "Khóa học của tôi", the course, its first module),
 * each as Vaadin's UI init and {@code ui-navigate} events. Every learner waits at a gate so that the
 * views are requested together, which is what makes a cold server load hundreds of classes at once.
 *
 * <p>Runs from source with no class path ({@code java FirstVisitBurst.java URL LEARNERS USERS...}) so the
 * test script can aim it at the production jar in each layout. It exits 0 when every response arrived in
 * time and was right and {@code /actuator/health} answers UP afterwards; 1 otherwise; the caller bounds it
 * with its own timeout as well.
 */
public final class FirstVisitBurst {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(Long.getLong("burst.requestTimeoutSeconds", 30));
    private static final String PASSWORD = System.getProperty("burst.password", "demo12345");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern COURSE_LINK = Pattern.compile("courses/(\\d+)");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"?#]+)[^\"]*\"");
    private static final Pattern CHUNK = Pattern.compile("\"\\./([A-Za-z0-9_.-]+\\.js)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    /** Pages that a unit head and an admin open first instead of the learner's course. */
    private static final Map<String, List<String>> ROUTES_BY_USER = Map.of(
            "truongdonvi", List.of("unit", "certificates"),
            "admin",
                    List.of(
                            "admin",
                            "admin/people",
                            "admin/courses",
                            "admin/audit",
                            "admin/units",
                            "admin/assignments",
                            "admin/certificate-settings"));

    private final String base;
    private final HttpClient http;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private FirstVisitBurst(String base, int learners) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(REQUEST_TIMEOUT)
                .executor(Executors.newFixedThreadPool(Math.max(4, learners / 8)))
                .build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: FirstVisitBurst BASE_URL LEARNERS USERNAME...");
            System.exit(2);
        }
        int learners = Integer.parseInt(args[1]);
        List<String> users = List.of(args).subList(2, args.length);
        FirstVisitBurst burst = new FirstVisitBurst(args[0], learners);
        boolean ok = burst.run(learners, users);
        System.exit(ok ? 0 : 1);
    }

    private boolean run(int learners, List<String> users) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        CountDownLatch signedIn = new CountDownLatch(learners);
        CountDownLatch views = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(learners);
        AtomicInteger completed = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < learners; i++) {
            String user = users.get(i % users.size());
            pool.execute(() -> {
                boolean counted = false;
                try {
                    String session = signIn(user);
                    signedIn.countDown();
                    counted = true;
                    views.await();
                    if (session != null) {
                        firstViews(session, ROUTES_BY_USER.getOrDefault(user, List.of()));
                        completed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.add(user + ": " + e);
                } finally {
                    if (!counted) {
                        signedIn.countDown();
                    }
                    done.countDown();
                }
            });
        }
        long budget = REQUEST_TIMEOUT.toSeconds() * 8;
        boolean allSignedIn = signedIn.await(budget, TimeUnit.SECONDS);
        long signInMs = (System.nanoTime() - start) / 1_000_000;
        views.countDown();
        long viewsStart = System.nanoTime();
        boolean finished = done.await(budget, TimeUnit.SECONDS);
        long viewsMs = (System.nanoTime() - viewsStart) / 1_000_000;
        pool.shutdownNow();

        System.out.printf(
                "%d learners: sign-ins took %d ms, first views %d ms, %d learners completed%n",
                learners, signInMs, viewsMs, completed.get());
        latencies.keySet().stream().sorted().forEach(kind -> print(kind, latencies.get(kind)));
        boolean healthy = healthUp();
        System.out.println("health afterwards: " + (healthy ? "UP" : "NOT UP"));
        failures.stream().limit(10).forEach(f -> System.out.println("failure: " + f));
        if (failures.size() > 10) {
            System.out.println("... " + (failures.size() - 10) + " more failures");
        }
        return allSignedIn && finished && failures.isEmpty() && completed.get() == learners && healthy;
    }

    /** Signs in with the login form; returns the session cookie, or null (recorded) when refused. */
    private String signIn(String user) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = timed(
                "1 sign-in",
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = response.headers().firstValue("Location").orElse("");
        Matcher cookie =
                SESSION_COOKIE.matcher(String.join(";", response.headers().allValues("Set-Cookie")));
        if (response.statusCode() != 302 || location.contains("error") || !cookie.find()) {
            failures.add(user + ": sign-in answered " + response.statusCode() + " " + location);
            return null;
        }
        return cookie.group(1);
    }

    /** Home, my courses, the first course and its first module, as a browser's client-side navigation. */
    private void firstViews(String session, List<String> extraRoutes) throws Exception {
        HttpResponse<String> page = timed(
                "2 page",
                HttpRequest.newBuilder(URI.create(base + "/"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .GET());
        loadAssets(session, page.body());
        HttpResponse<String> init = timed(
                "3 ui init",
                HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="))
                        .header("Cookie", "JSESSIONID=" + session)
                        .GET());
        Ui ui = new Ui(session, find(SECURITY_KEY, init.body(), "security key"));
        ui.navigate("4 home", "");
        if (!extraRoutes.isEmpty()) {
            // Heads and admins open their own pages first: the charts, grids and admin screens load other classes.
            for (String route : extraRoutes) {
                ui.navigate("8 /" + route, route);
            }
            return;
        }
        String courses = ui.navigate("5 my courses", "my-courses");
        String course = "courses/" + find(COURSE_LINK, courses, "course link");
        String coursePage = ui.navigate("6 course", course);
        Matcher module =
                Pattern.compile(Pattern.quote(course) + "/modules/(\\d+)").matcher(coursePage);
        if (!module.find()) {
            throw new IllegalStateException("no module link on " + course);
        }
        ui.navigate("7 module", course + "/modules/" + module.group(1));
    }

    /** What a browser without a cache fetches next: the stylesheets, icon and script of the page, and the chunks that script imports. */
    private void loadAssets(String session, String html) throws Exception {
        Matcher asset = ASSET.matcher(html);
        while (asset.find()) {
            String path = asset.group(1).replaceFirst("^\\./", "");
            if (path.isEmpty() || path.equals(".")) {
                continue;
            }
            HttpResponse<String> response = timed(
                    "2 asset",
                    HttpRequest.newBuilder(URI.create(base + "/" + path))
                            .header("Cookie", "JSESSIONID=" + session)
                            .GET());
            if (path.endsWith(".js")) {
                String folder = path.substring(0, path.lastIndexOf('/') + 1);
                Matcher chunk = CHUNK.matcher(response.body());
                java.util.Set<String> seen = new java.util.HashSet<>();
                while (chunk.find() && seen.size() < 40) {
                    if (seen.add(chunk.group(1))) {
                        timed(
                                "2 asset",
                                HttpRequest.newBuilder(URI.create(base + "/" + folder + chunk.group(1)))
                                        .header("Cookie", "JSESSIONID=" + session)
                                        .GET());
                    }
                }
            }
        }
    }

    private final class Ui {
        private final String session;
        private final String csrf;
        private int syncId;
        private int clientId;

        Ui(String session, String csrf) {
            this.session = session;
            this.csrf = csrf;
        }

        String navigate(String kind, String route) throws Exception {
            String rpc = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                    + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = timed(
                    kind,
                    HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                            .header("Cookie", "JSESSIONID=" + session)
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(rpc)));
            String body = response.body();
            if (body.contains("\"appError\"") || body.contains("Internal error")) {
                throw new IllegalStateException(
                        route + " answered an error: " + body.substring(0, Math.min(200, body.length())));
            }
            syncId = Integer.parseInt(find(SYNC_ID, body, "syncId"));
            clientId = Integer.parseInt(find(CLIENT_ID, body, "clientId"));
            return body;
        }
    }

    private HttpResponse<String> timed(String kind, HttpRequest.Builder request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response =
                http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        latencies
                .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - start) / 1_000_000);
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(kind + " answered HTTP " + response.statusCode());
        }
        return response;
    }

    private boolean healthUp() {
        try {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (Exception e) {
            return false;
        }
    }

    private static String find(Pattern pattern, String body, String what) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in the response");
        }
        return m.group(1);
    }

    private static void print(String kind, List<Long> values) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        Collections.sort(sorted);
        System.out.printf(
                "  %-28s n=%4d  p50 %6d ms  p95 %6d ms  p99 %6d ms  max %6d ms%n",
                kind,
                sorted.size(),
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.getLast());
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
