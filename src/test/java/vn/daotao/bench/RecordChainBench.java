package vn.daotao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import vn.daotao.base.db.EmbeddedPostgresServer;

/**
 * Not a test: what the record chain (V024) costs writers. Many connections commit audit events at once,
 * each in its own transaction, into {@code audit_event} (chained: a link per row, taken under one lock at
 * commit) and into a copy of the table without the chain's trigger, as the baseline in the same run; then
 * one transaction of many rows (an import) both ways. Prints throughput, commit latency and the ratios.
 */
public final class RecordChainBench {

    private RecordChainBench() {}

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int bulk = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Path dir = Path.of("target/bench-chain-pg");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0)) {
            String url = server.jdbcUrl();
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", "daotao_app"))
                    .load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(url)) {
                c.createStatement()
                        .execute("create table audit_event_plain (like audit_event including defaults"
                                + " including identity including constraints including indexes)");
            }
            System.out.printf(
                    "%nRecord chain: %d connections x %d commits of one audit event each, then one transaction"
                            + " of %,d events%n%n",
                    threads, perThread, bulk);
            System.out.printf("%-34s %12s %10s %10s %10s%n", "measure", "commits/s", "p50 ms", "p95 ms", "p99 ms");
            concurrent(url, "audit_event_plain", threads, perThread / 5); // warm-up
            concurrent(url, "audit_event", threads, perThread / 5);
            double[] plain = concurrent(url, "audit_event_plain", threads, perThread);
            print("one event per commit, unchained", plain);
            double[] chained = concurrent(url, "audit_event", threads, perThread);
            print("one event per commit, chained", chained);
            System.out.printf("%-34s %12.2f%n", "ratio chained / unchained", chained[0] / plain[0]);
            double bulkPlain = bulk(url, "audit_event_plain", bulk);
            double bulkChained = bulk(url, "audit_event", bulk);
            System.out.printf(
                    "%n%-34s %8.0f ms unchained, %8.0f ms chained (ratio %.2f)%n",
                    "one transaction of " + bulk + " events", bulkPlain, bulkChained, bulkChained / bulkPlain);
            try (Connection c = DriverManager.getConnection(url);
                    var rs = c.createStatement()
                            .executeQuery("select count(*), count(distinct seq), max(seq) from record_chain")) {
                rs.next();
                System.out.printf(
                        "links: %,d (distinct numbers %,d, highest %,d)%n",
                        rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    /** {commits per second, p50, p95, p99 of one insert + commit}. */
    private static double[] concurrent(String url, String table, int threads, int perThread) throws Exception {
        double[] latencies = new double[threads * perThread];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        Future<?>[] running = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running[t] = pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url);
                        PreparedStatement insert = c.prepareStatement("insert into " + table
                                + " (actor_username, action, target_type, target_id, details)"
                                + " values (?, 'LOGOUT', 'USER', ?, '{\"bench\": true}'::jsonb)")) {
                    for (int i = 0; i < perThread; i++) {
                        long one = System.nanoTime();
                        insert.setString(1, "bench-" + thread);
                        insert.setString(2, String.valueOf(i));
                        insert.executeUpdate();
                        latencies[thread * perThread + i] = (System.nanoTime() - one) / 1e6;
                    }
                }
                return null;
            });
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new double[] {
            latencies.length / seconds,
            latencies[latencies.length / 2],
            latencies[(int) (latencies.length * 0.95)],
            latencies[(int) (latencies.length * 0.99)]
        };
    }

    private static double bulk(String url, String table, int rows) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into " + table
                    + " (actor_username, action, target_type, target_id) values ('bulk', 'LOGOUT', 'USER', ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, String.valueOf(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - start) / 1e6;
        }
    }

    private static void print(String name, double[] figures) {
        System.out.printf("%-34s %12.0f %10.2f %10.2f %10.2f%n", name, figures[0], figures[1], figures[2], figures[3]);
    }
}
