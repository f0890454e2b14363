package vn.daotao.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Retained heap per signed-in session (issue 14): opens sessions through the browser's protocol ({@link
 * UidlSession}) against a running app, each left where a user would leave it, a learner on a running quiz or a
 * unit head on the dashboard, and reads the app's live heap after full collections ({@code jcmd GC.run}, then
 * {@code GC.heap_info}) before and at each count. Each page is followed by the message a browser sends after a
 * render ({@link UidlUi#settle}): Vaadin keeps a UI's last response for a resend, and in a browser that is the
 * small answer to the follow-up, not the page itself: {@code (heap(N) - heap(0)) / N}. Prints the classes whose
 * instances grew most between 0 and the last count ({@code GC.class_histogram}), which says what dominates.
 *
 * <p>{@code java ... SessionHeap BASE_URL PID learner|learner-opened|head COUNT... -- USER...}
 */
public final class SessionHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final String base;
    private final long pid;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SessionHeap(String base, long pid) {
        this.base = base;
        this.pid = pid;
    }

    public static void main(String[] args) throws Exception {
        int dashes = List.of(args).indexOf("--");
        if (args.length < 6 || dashes < 4) {
            System.err.println("usage: SessionHeap BASE_URL PID learner|learner-opened|head COUNT... -- USER...");
            System.exit(2);
        }
        List<Integer> counts = new ArrayList<>();
        for (int i = 3; i < dashes; i++) {
            counts.add(Integer.parseInt(args[i]));
        }
        List<String> users = List.of(args).subList(dashes + 1, args.length);
        new SessionHeap(args[0], Long.parseLong(args[1])).run(args[2], counts, users);
    }

    private void run(String role, List<Integer> counts, List<String> users) throws Exception {
        // one session first, so that the classes and caches every session shares are loaded before heap(0)
        UidlSession first = open(role, users.getFirst());
        System.out.printf(
                "%s: %d nodes in one session's UI, by tag: %s%n",
                role, first.tree().size(), first.tree().tagCounts());
        long heap0 = liveHeapKb();
        Map<String, long[]> histogram0 = histogram();
        System.out.printf("%s sessions: heap(0) %,d KB after full GC%n", role, heap0);
        int open = 0;
        Map<String, long[]> last = histogram0;
        for (int count : counts) {
            long start = System.nanoTime();
            openMany(role, users, open, count - open);
            open = count;
            long heap = liveHeapKb();
            last = histogram();
            System.out.printf(
                    "%s sessions: %,d open (%d s to open), heap %,d KB, %.0f KB per session%n",
                    role,
                    count,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start),
                    heap,
                    (heap - heap0) / (double) count);
        }
        System.out.println(
                "What grew most between 0 and " + open + " sessions (bytes per session, instances per session):");
        Map<String, long[]> growth = new HashMap<>();
        last.forEach((cls, now) -> {
            long[] before = histogram0.getOrDefault(cls, new long[2]);
            growth.put(cls, new long[] {now[0] - before[0], now[1] - before[1]});
        });
        int openCount = open;
        growth.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(Integer.getInteger("bench.histogram", 15))
                .forEach(e -> System.out.printf(
                        "  %8.0f B  %6.1f  %s%n",
                        e.getValue()[1] / (double) openCount, e.getValue()[0] / (double) openCount, e.getKey()));
    }

    private void openMany(String role, List<String> users, int from, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = users.get((from + i) % users.size());
            all.add(pool.submit(() -> {
                try {
                    open(role, user);
                } catch (RuntimeException e) {
                    if (failed.incrementAndGet() <= 3) {
                        System.out.println("  a session failed: " + e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> f : all) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " sessions failed to open");
        }
    }

    /**
     * The page a user leaves open: a learner on module 1's quiz with its first question answered ("learner"), or
     * just opened ("learner-opened"), or a unit head on the dashboard ("head").
     */
    private UidlSession open(String role, String user) {
        UidlSession session = new UidlSession(http, base, (kind, nanos, ok) -> {});
        if (!session.signIn(user, System.getProperty("bench.password", "demo12345"))) {
            throw new IllegalStateException(user + " could not sign in");
        }
        session.openApp("open app", "");
        if (role.equals("head")) {
            session.navigate("dashboard", "unit");
            // as the grids' connectors do once drawn: ask for the rows in view (one page each)
            session.call("sub-unit rows", "subunit-grid", "setViewportRange", 0, 50);
            session.call("people rows", "people-grid", "setViewportRange", 0, 50);
            session.settle("follow-up");
        } else {
            session.navigate("module", "courses/1/modules/1");
            session.click("start quiz", "take-quiz");
            session.tree().require("submit-quiz");
            session.settle("follow-up");
            if (role.equals("learner")) {
                // in the middle of the quiz: the first answer given (learner-opened: the quiz just opened)
                session.answer("answer", 1, 1);
            }
        }
        return session;
    }

    private long liveHeapKb() throws Exception {
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1));
    }

    /** Class name to {instances, bytes} of live objects (the histogram collects first). */
    private Map<String, long[]> histogram() throws Exception {
        Map<String, long[]> out = new HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            Matcher m = HISTOGRAM.matcher(line);
            if (m.find()) {
                out.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return out;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
