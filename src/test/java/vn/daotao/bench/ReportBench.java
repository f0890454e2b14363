package vn.daotao.bench;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.Application;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.report.ReportService;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.RosterSort;
import vn.daotao.report.internal.RosterQueries;
import vn.daotao.security.TestSignIn;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Not a test: measures the unit-head reports on the reference data set (scripts/generate-data.sh first)
 * and prints each figure next to the same SQL run bare over JDBC. Run with scripts/bench-reports.sh.
 */
public final class ReportBench {

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        EmbeddedPostgresServer server = null;
        if (url == null) {
            server = EmbeddedPostgresServer.start(Path.of("target/bench-pg"), 0);
            url = server.jdbcUrl().replace("/postgres?", "/bench?");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties("spring.datasource.url=" + url, "spring.main.banner-mode=off", "logging.level.root=WARN",
                        "server.port=0", "vaadin.devmode.devTools.enabled=false")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ReportService reports = app.getBean(ReportService.class);
            long edition = jdbc.sql("select e.id from course_edition e join course c on c.id = e.course_id where c.code = 'BENCH1'")
                    .query(Long.class).single();
            long unit = jdbc.sql("select unit_id from app_user where username = 'head01'").query(Long.class).single();
            long root = jdbc.sql("select id from unit where code = 'BENCH'").query(Long.class).single();
            RosterFilter headFilter = new RosterFilter(unit, edition, null, null, null);
            RosterFilter orgFilter = new RosterFilter(root, edition, null, null, null);
            PGSimpleDataSource bare = new PGSimpleDataSource();
            bare.setUrl(url);
            JdbcClient bareJdbc = JdbcClient.create(bare);
            String[] sql = RosterQueries.benchmarkSql();
            LocalDate today = LocalDate.now();

            TestSignIn.as(app, "head01");
            int size = reports.figures(headFilter).assigned();
            System.out.printf("%nReference data: %,d people, subtree of head01: %,d people%n%n",
                    jdbc.sql("select count(*) from app_user").query(Long.class).single(), size);
            System.out.printf("%-44s %10s %10s %12s %8s%n", "measure", "p50 ms", "p95 ms", "bare p50 ms", "ratio");

            double[] dash = time(50, () -> reports.dashboard(headFilter));
            double[] dashBare = time(50, () -> bare(bareJdbc, sql, params(headFilter, "/", today, unit, jdbc)));
            row("dashboard (" + size + " people)", dash, dashBare);

            double[] search = time(50, () -> reports.people(headFilter.withSearch("nguyen van"), RosterSort.byName(), 0, 50));
            row("people list, first page, search 'nguyen van'", search, null);

            jdbc.sql("""
                    insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                    values ('admin-bench', 'Quản trị thử nghiệm', :root, '{ADMIN,EMPLOYEE}', 'x', 'quan tri')
                    on conflict (username) do nothing""").param("root", root).update();
            TestSignIn.as(app, "admin-bench");
            double[] org = time(10, () -> reports.dashboard(orgFilter));
            double[] orgBare = time(10, () -> bare(bareJdbc, sql, params(orgFilter, null, today, root, jdbc)));
            row("org-wide report (100,000 people)", org, orgBare);

            var labels = ReportService.labels(List.of("Họ và tên", "Mã", "Đơn vị", "Trạng thái", "Học phần", "Hạn",
                    "Hoàn thành", "Điểm"), r -> r.status().name());
            double[] streamBare = time(3, () -> {
                AtomicLong n = new AtomicLong();
                bareJdbc.sql(sql[1]).params(params(orgFilter, null, today, root, jdbc)).withFetchSize(1000)
                        .query(rs -> {
                            n.incrementAndGet();
                        });
                return n.get();
            });
            export("CSV export, 100,000 rows", () -> reports.exportCsv(orgFilter, labels, OutputStream.nullOutputStream()), streamBare);
            export("XLSX export, 100,000 rows", () -> reports.exportXlsx(orgFilter, "Danh sách", labels, OutputStream.nullOutputStream()), streamBare);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The dashboard's statement, run over a plain connection without the app around it. */
    private static Object bare(JdbcClient jdbc, String[] sql, Map<String, Object> params) {
        return jdbc.sql(sql[0]).params(params).query().listOfRows();
    }

    private static Map<String, Object> params(RosterFilter filter, String scope, LocalDate today, long unit, JdbcClient jdbc) {
        Map<String, Object> p = new HashMap<>();
        p.put("unit", unit);
        p.put("scope", scope == null ? null : jdbc.sql("select path from unit where id = :u").param("u", unit).query(String.class).single());
        p.put("edition", filter.editionId());
        p.put("today", today);
        p.put("q", null);
        p.put("status", null);
        p.put("sub", null);
        return p;
    }

    private static double[] time(int runs, Supplier<Object> work) {
        for (int i = 0; i < Math.max(2, runs / 10); i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]};
    }

    private static void row(String name, double[] app, double[] bare) {
        System.out.printf("%-44s %10.1f %10.1f %12s %8s%n", name, app[0], app[1],
                bare == null ? "" : "%.1f".formatted(bare[0]), bare == null ? "" : "%.2f".formatted(app[0] / bare[0]));
    }

    private static void export(String name, Runnable work, double[] bare) throws InterruptedException {
        work.run();
        HeapPeak heap = new HeapPeak();
        long start = System.nanoTime();
        work.run();
        double ms = (System.nanoTime() - start) / 1e6;
        heap.close();
        System.out.printf("%-44s %10.0f %10s %12.0f %8.2f   peak heap +%d MB%n", name, ms, "", bare[0], ms / bare[0],
                heap.growthMegabytes());
    }
}
