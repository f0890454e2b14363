package vn.daotao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.daotao.Application;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.quiz.RunningAttempt;
import vn.daotao.security.TestSignIn;

/**
 * Not a test: the synchronised cohort of PRODUCT.md at the service level (no browser, HTTP or Vaadin
 * round trip; those add their own time). 2,000 learners of one unit open module 1 of the demo course and
 * start its quiz, arriving evenly within 60 seconds; then answers are saved at a fixed 1,000 per second
 * for 30 seconds. Prints the achieved rates and the server-side latency percentiles of each call.
 * Run with scripts/bench-quiz.sh [learners] [saves per second] [seconds].
 */
public final class QuizCohortBench {

    private QuizCohortBench() {}

    public static void main(String[] args) throws Exception {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of("target/bench-quiz-pg"), 0);
        // The server commits durably (synchronous_commit on); BENCH_SYNCHRONOUS_COMMIT=off measures what that costs.
        String synchronousCommit = System.getenv().getOrDefault("BENCH_SYNCHRONOUS_COMMIT", "on");
        try (var connection = java.sql.DriverManager.getConnection(server.jdbcUrl());
                var statement = connection.createStatement()) {
            statement.execute(
                    "alter role postgres set synchronous_commit = " + ("off".equals(synchronousCommit) ? "off" : "on"));
        }
        System.out.println("synchronous_commit=" + synchronousCommit);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .properties(
                        "spring.datasource.url=" + server.jdbcUrl(),
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "server.port=0",
                        "vaadin.devmode.devTools.enabled=false",
                        "spring.datasource.hikari.maximum-pool-size=20")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            LearnerService learner = app.getBean(LearnerService.class);
            QuizService quiz = app.getBean(QuizService.class);
            SecurityContextHolderStrategy holder = app.getBean(SecurityContextHolderStrategy.class);

            long unit = jdbc.sql("""
                            insert into unit (code, name, parent_id) values (:c, :n, (select id from unit where code = 'BQL'))
                            returning id""")
                    .param("c", "COHORT-" + run)
                    .param("n", "Đơn vị đo tải " + run)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into app_user (username, full_name, unit_id, password_hash, search_text)
                            select 'c' || :run || '-' || g, 'Người học ' || g, :unit, 'x', 'nguoi hoc ' || g
                              from generate_series(1, :n) g""")
                    .param("run", run)
                    .param("unit", unit)
                    .param("n", learners)
                    .update();
            long assignment =
                    jdbc.sql("""
                            insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                            select e.id, :unit, true, current_date, current_date + 30
                              from course_edition e join course c on c.id = e.course_id
                             where c.code = 'BVCTNB' and e.edition_no = 1 returning id""").param("unit", unit).query(Long.class).single();
            long module = jdbc.sql("""
                            select m.id from course_module m join assignment a on a.edition_id = m.edition_id
                             where a.id = :a and m.position = 1""").param("a", assignment).query(Long.class).single();

            Authentication[] people = new Authentication[learners];
            for (int i = 0; i < learners; i++) {
                TestSignIn.as(app, "c" + run + "-" + (i + 1));
                people[i] = holder.getContext().getAuthentication();
            }
            holder.clearContext();

            ExecutorService pool = Executors.newFixedThreadPool(64);
            ScheduledRun starts = new ScheduledRun(learners, learners / 60.0);
            long[] attempts = new long[learners];
            starts.run(pool, i -> {
                as(holder, people[i]);
                learner.openModule(assignment, module);
                attempts[i] = learner.startQuiz(assignment, module);
            });
            starts.print("open module + start quiz", learners + " learners within 60 s");

            List<RunningAttempt.Question>[] questions = new List[learners];
            for (int i = 0; i < learners; i++) {
                as(holder, people[i]);
                questions[i] = TestCourses.running(quiz, attempts[i]).questions();
            }
            ScheduledRun saves = new ScheduledRun(rate * seconds, rate);
            saves.run(pool, n -> {
                int i = ThreadLocalRandom.current().nextInt(learners);
                RunningAttempt.Question q =
                        questions[i].get(ThreadLocalRandom.current().nextInt(questions[i].size()));
                long option = q.options()
                        .get(ThreadLocalRandom.current().nextInt(q.options().size()))
                        .id();
                as(holder, people[i]);
                quiz.saveAnswer(attempts[i], q.questionId(), Set.of(option));
            });
            saves.print("save an answer", rate + "/s for " + seconds + " s");
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } finally {
            server.close();
        }
    }

    private static void as(SecurityContextHolderStrategy holder, Authentication authentication) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
    }

    /** Issues {@code count} calls at a fixed rate (open loop: a slow call does not delay the next) and keeps each latency. */
    private static final class ScheduledRun {
        private final int count;
        private final double perSecond;
        private final long[] nanos;
        private long wallNanos;
        private int failures;

        ScheduledRun(int count, double perSecond) {
            this.count = count;
            this.perSecond = perSecond;
            this.nanos = new long[count];
        }

        interface Call {
            void run(int index) throws Exception;
        }

        void run(ExecutorService pool, Call call) throws Exception {
            List<Future<?>> futures = new ArrayList<>(count);
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                int index = i;
                futures.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    try {
                        call.run(index);
                    } catch (Exception e) {
                        synchronized (this) {
                            failures++;
                        }
                    }
                    nanos[index] = System.nanoTime() - t;
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            wallNanos = System.nanoTime() - start;
        }

        void print(String what, String load) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            long[] later = Arrays.copyOfRange(nanos, count / 10, count);
            Arrays.sort(later);
            System.out.printf(
                    "%-26s %-28s %8.0f calls/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms  failed %d"
                            + "  (after the first 10%%: p99 %.1f ms)%n",
                    what,
                    load,
                    count / (wallNanos / 1e9),
                    ms(sorted, 0.50),
                    ms(sorted, 0.95),
                    ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6,
                    failures,
                    ms(later, 0.99));
        }

        private static double ms(long[] sorted, double q) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }
}
