package vn.daotao.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.daotao.Application;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.report.ChartLabels;
import vn.daotao.report.ReportPeriod;
import vn.daotao.report.ReportScope;
import vn.daotao.report.ReportService;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.RosterSort;
import vn.daotao.security.TestSignIn;

/**
 * Not a test: measures the unit-head reports on the reference data set (scripts/generate-data.sh first)
 * and prints each figure next to the same statement, recorded as the app ran it, run bare over JDBC.
 * Run with scripts/bench-reports.sh ({@code --explain} as second argument also prints the dashboard's plan).
 */
public final class ReportBench {

    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        EmbeddedPostgresServer server = null;
        if (url == null) {
            server = EmbeddedPostgresServer.start(Path.of("target/bench-pg"), 0);
            url = server.jdbcUrl().replace("/postgres?", "/bench?");
        }
        boolean explain = args.length > 1 && args[1].equals("--explain");
        StatementRecorder recorder = new StatementRecorder();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(recorder))
                .profiles("prod")
                .properties(
                        "spring.datasource.url=" + url,
                        "spring.main.banner-mode=off",
                        "APP_PUBLIC_URL=https://daotao.example.gov.vn",
                        "logging.level.root=WARN",
                        "server.port=0",
                        "vaadin.devmode.devTools.enabled=false")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ReportService reports = app.getBean(ReportService.class);
            long edition = jdbc.sql(
                            "select e.id from course_edition e join course c on c.id = e.course_id where c.code = 'BENCH1'")
                    .query(Long.class)
                    .single();
            long unit = jdbc.sql("select unit_id from app_user where username = 'head01'")
                    .query(Long.class)
                    .single();
            long root = jdbc.sql("select id from unit where code = 'BENCH'")
                    .query(Long.class)
                    .single();
            RosterFilter headFilter = new RosterFilter(unit, edition, null, null, null);
            RosterFilter orgFilter = new RosterFilter(root, edition, null, null, null);
            PGSimpleDataSource bareSource = new PGSimpleDataSource();
            bareSource.setUrl(url);
            Connection bare = bareSource.getConnection();
            ChartLabels chartLabels = new ChartLabels(
                    "Số người hoàn thành", "Lũy kế", "Được giao", "Hạn", "Theo đơn vị", "%", "Trực tiếp");

            TestSignIn.as(app, "head01");
            ReportScope headScope = reports.scope();
            int size = reports.dashboard(headScope, headFilter, chartLabels, 620, 300)
                    .figures()
                    .assigned();
            StatementRecorder.Statement headDashboard = recorder.last(DASHBOARD_STATEMENT);
            System.out.printf(
                    "%nReference data: %,d people, subtree of head01: %,d people%n%n",
                    jdbc.sql("select count(*) from app_user").query(Long.class).single(), size);
            System.out.printf("%-44s %10s %10s %12s %8s%n", "measure", "p50 ms", "p95 ms", "bare p50 ms", "ratio");

            double[] dash = time(50, () -> drawn(reports.dashboard(headScope, headFilter, chartLabels, 620, 300)));
            double[] dashBare = time(50, () -> replay(bare, headDashboard, 1000));
            row("dashboard with charts (" + size + " people)", dash, dashBare);

            double[] search = time(
                    50,
                    () -> reports.people(headScope, headFilter.withSearch("nguyen van"), RosterSort.byName(), 0, 50));
            row("people list, first page, search 'nguyen van'", search, null);

            jdbc.sql("""
                    insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                    values ('admin-bench', 'Quản trị thử nghiệm', :root, '{ADMIN,EMPLOYEE}', 'x', 'quan tri')
                    on conflict (username) do nothing""").param("root", root).update();
            TestSignIn.as(app, "admin-bench");
            ReportScope adminScope = reports.scope();
            reports.dashboard(adminScope, orgFilter, chartLabels, 620, 300);
            StatementRecorder.Statement orgDashboard = recorder.last(DASHBOARD_STATEMENT);
            double[] org = time(10, () -> drawn(reports.dashboard(adminScope, orgFilter, chartLabels, 620, 300)));
            double[] orgBare = time(10, () -> replay(bare, orgDashboard, 1000));
            row("org-wide report with charts (100,000 people)", org, orgBare);

            // Reports by period: last calendar year (the previous yearly cycle, membership history), and
            // this year compared with last year per sub-unit (two dashboard statements).
            int lastYear = java.time.LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                            .getYear()
                    - 1;
            ReportPeriod year = ReportPeriod.year(lastYear);
            RosterFilter headYear = headFilter.withPeriod(year);
            RosterFilter orgYear = orgFilter.withPeriod(year);
            TestSignIn.as(app, "head01");
            ReportScope headAgain = reports.scope();
            int yearSize = reports.dashboard(headAgain, headYear, chartLabels, 620, 300)
                    .figures()
                    .assigned();
            StatementRecorder.Statement headYearDashboard = recorder.last(DASHBOARD_STATEMENT);
            double[] dashYear = time(50, () -> drawn(reports.dashboard(headAgain, headYear, chartLabels, 620, 300)));
            double[] dashYearBare = time(50, () -> replay(bare, headYearDashboard, 1000));
            row("dashboard, year " + lastYear + " (" + yearSize + " people)", dashYear, dashYearBare);
            RosterFilter headThisYear = headFilter.withPeriod(ReportPeriod.year(lastYear + 1));
            double[] compare = time(20, () -> reports.compare(headAgain, headThisYear, year));
            row("comparison " + (lastYear + 1) + " vs " + lastYear + " per sub-unit", compare, dashYearBare);
            TestSignIn.as(app, "admin-bench");
            ReportScope adminAgain = reports.scope();
            reports.dashboard(adminAgain, orgYear, chartLabels, 620, 300);
            StatementRecorder.Statement orgYearDashboard = recorder.last(DASHBOARD_STATEMENT);
            double[] orgYearTimes =
                    time(10, () -> drawn(reports.dashboard(adminAgain, orgYear, chartLabels, 620, 300)));
            double[] orgYearBare = time(10, () -> replay(bare, orgYearDashboard, 1000));
            row("org-wide report, year " + lastYear, orgYearTimes, orgYearBare);
            if (explain) {
                System.out.println("\nPlan of the unit head's dashboard statement:");
                StatementRecorder.explain(bare, headDashboard).forEach(System.out::println);
            }

            var labels = ReportService.labels(
                    List.of("STT", "Họ và tên", "Mã", "Đơn vị", "Trạng thái", "Học phần", "Điểm", "Hoàn thành", "Hạn"),
                    r -> r.status().name());
            reports.exportCsv(adminScope, orgFilter, labels, OutputStream.nullOutputStream());
            StatementRecorder.Statement rosterStream =
                    recorder.last(sql -> sql.endsWith("order by r.unit_path, r.full_name, r.id"));
            double[] streamBare = time(3, () -> replay(bare, rosterStream, 1000));
            export(
                    "CSV export, 100,000 rows",
                    () -> reports.exportCsv(adminScope, orgFilter, labels, OutputStream.nullOutputStream()),
                    streamBare);
            reports.exportCsv(
                    adminScope,
                    orgFilter.withPeriod(
                            ReportPeriod.year(java.time.LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                                            .getYear()
                                    - 1)),
                    labels,
                    OutputStream.nullOutputStream());
            StatementRecorder.Statement yearStream =
                    recorder.last(sql -> sql.endsWith("order by r.unit_path, r.full_name, r.id"));
            double[] yearStreamBare = time(3, () -> replay(bare, yearStream, 1000));
            RosterFilter orgLastYear = orgFilter.withPeriod(
                    ReportPeriod.year(java.time.LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                                    .getYear()
                            - 1));
            export(
                    "CSV export, last year",
                    () -> reports.exportCsv(adminScope, orgLastYear, labels, OutputStream.nullOutputStream()),
                    yearStreamBare);
            export(
                    "XLSX export, 100,000 rows",
                    () -> reports.exportXlsx(
                            adminScope, orgFilter, "Danh sách", labels, OutputStream.nullOutputStream()),
                    streamBare);
            vn.daotao.report.OfficialReportForm form = new vn.daotao.report.OfficialReportForm(
                    "12/BC-BENCH", "Ban Giám đốc\nLưu: VT", "Trưởng ban", "Nguyễn Văn Ký");
            for (vn.daotao.report.ReportFormat format : vn.daotao.report.ReportFormat.values()) {
                export(
                        "official report " + format + ", 100,000 rows",
                        () -> reports.exportOfficialReport(
                                adminScope, orgFilter, form, OFFICIAL_TEXTS, format, OutputStream.nullOutputStream()),
                        streamBare);
            }
            // the REST API's completions export (issue 15): every completion of the organisation as JSON lines, from a
            // cursor into the response, with a token of scope read:records
            var strategy = app.getBean(SecurityContextHolderStrategy.class);
            var context = strategy.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "[api bench]", null, java.util.List.of(new SimpleGrantedAuthority("SCOPE_read:records"))));
            strategy.setContext(context);
            vn.daotao.api.ApiReadService api = app.getBean(vn.daotao.api.ApiReadService.class);
            tools.jackson.databind.json.JsonMapper json =
                    tools.jackson.databind.json.JsonMapper.builder().build();
            vn.daotao.api.ApiRecords.Filter everything = new vn.daotao.api.ApiRecords.Filter(null, null, null, null);
            long[] lines = {0};
            Runnable apiExport = () -> {
                OutputStream out = OutputStream.nullOutputStream();
                api.exportCompletions(everything, c -> {
                    try {
                        out.write(json.writeValueAsBytes(c));
                        out.write('\n');
                        lines[0]++;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            };
            apiExport.run();
            StatementRecorder.Statement apiStream =
                    recorder.last(sql -> sql.contains("from completion_record r") && sql.endsWith("order by r.id"));
            double[] apiBare = time(3, () -> replay(bare, apiStream, 1000));
            lines[0] = 0;
            export("API completions export (NDJSON)", apiExport, apiBare);
            System.out.printf("  (%,d completions per export)%n", lines[0] / 2);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** The official report's words as the Vietnamese view gives them (the view's class needs a UI). */
    private static final vn.daotao.report.OfficialReportTexts OFFICIAL_TEXTS =
            new vn.daotao.report.OfficialReportTexts() {
                public String title() {
                    return "BÁO CÁO";
                }

                public String subject(String unit, String course, int no) {
                    return "Kết quả học tập khóa “" + course + "” (phiên bản " + no + ") của " + unit
                            + ", tại ngày hôm nay";
                }

                public String number(String number) {
                    return "Số: " + number;
                }

                public String placeAndDate(String place, java.time.LocalDate date) {
                    return place + ", ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm "
                            + date.getYear();
                }

                public List<String> summary(String unit, vn.daotao.report.Figures f) {
                    return List.of(
                            "Trong kỳ, " + unit + " có " + f.assigned() + " lượt được giao học; đã hoàn thành "
                                    + f.completed() + ".",
                            "Danh sách chi tiết như sau:");
                }

                public List<String> columns() {
                    return List.of(
                            "STT",
                            "Họ và tên",
                            "Mã cán bộ",
                            "Đơn vị",
                            "Trạng thái",
                            "Hạn hoàn thành",
                            "Ngày hoàn thành",
                            "Điểm",
                            "Số hiệu chứng nhận");
                }

                public String[] cells(int n, vn.daotao.report.RosterRow r, String serial) {
                    return new String[] {
                        String.valueOf(n),
                        r.fullName(),
                        r.employeeCode(),
                        r.unitName(),
                        r.status().name(),
                        String.valueOf(r.dueDate()),
                        String.valueOf(r.completedAt()),
                        String.valueOf(r.score()),
                        serial == null ? "" : serial
                    };
                }

                public String recipientsLabel() {
                    return "Nơi nhận:";
                }

                public String fileName() {
                    return "bao-cao";
                }
            };

    /** The dashboard's one statement: both grouping sets (per sub-unit and per day) over the roster. */
    private static final Predicate<String> DASHBOARD_STATEMENT = sql -> sql.contains("grouping sets");

    /** The same statement with the same values, over a plain connection without the app around it. */
    private static Object replay(Connection bare, StatementRecorder.Statement statement, int fetchSize) {
        try {
            return StatementRecorder.replay(bare, statement, fetchSize);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dashboard as the page shows it: its figures and both charts drawn (the page's images ask for them). */
    private static Object drawn(vn.daotao.report.Dashboard dashboard) {
        return dashboard.charts().cumulative().length + dashboard.charts().bySubUnit().length;
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
        System.out.printf(
                "%-44s %10.1f %10.1f %12s %8s%n",
                name,
                app[0],
                app[1],
                bare == null ? "" : "%.1f".formatted(bare[0]),
                bare == null ? "" : "%.2f".formatted(app[0] / bare[0]));
    }

    private static void export(String name, Runnable work, double[] bare) throws InterruptedException {
        work.run();
        HeapPeak heap = new HeapPeak();
        long start = System.nanoTime();
        work.run();
        double ms = (System.nanoTime() - start) / 1e6;
        heap.close();
        System.out.printf(
                "%-44s %10.0f %10s %12.0f %8.2f   peak heap +%d MB (garbage included), live after GC +%d MB%n",
                name, ms, "", bare[0], ms / bare[0], heap.growthMegabytes(), heap.liveGrowthMegabytes());
    }
}
