package vn.daotao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.text.SearchText;
import vn.daotao.progress.CycleStatus;
import vn.daotao.progress.TestCourses;
import vn.daotao.security.TestSignIn;

/**
 * Reports by period and "as of" a day over a fixture that spans two years (Y1, Y2: the two years before
 * this one, so every date is past), one yearly renewal and one transfer, with exact counts:
 * <pre>
 * R (head h, member only from today) ── X: p1, p2, p4 (moves out of R on Y2-04-01)
 *                                     └─ Y: p3, p5 (joins on Y2-02-01)
 * Cycle Y1: Y1-01-01..Y1-06-30, renewed as cycle Y2: Y2-01-01..Y2-06-30 (assigned to R with sub-units)
 * p1: completed Y1 on Y1-03-01 and Y2 on Y2-02-01      p2: completed Y1 late on Y1-08-01, nothing in Y2
 * p3: nothing in Y1, completed Y2 on Y2-03-01           p4: completed Y1 on Y1-05-01, moved before Y2
 * p5: completed Y2 on Y2-05-01
 * </pre>
 */
@SpringBootTest
class PeriodReportTest {

    private static final ChartLabels LABELS =
            new ChartLabels("Số người hoàn thành", "Lũy kế", "Được giao", "Hạn", "Theo đơn vị", "%", "Trực tiếp");

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private final int y1 = LocalDate.now(TimeConfiguration.ZONE).getYear() - 2;
    private final int y2 = y1 + 1;
    private String tag;
    private long r, x, y, z, edition, module, cycle1, cycle2;
    private long p1, p2, p3, p4, p5;

    @BeforeEach
    void fixture() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        r = unit("R", null);
        x = unit("X", r);
        y = unit("Y", r);
        z = unit("Z", null);
        person("h", "Trưởng Đơn Vị R", r, "{UNIT_HEAD,EMPLOYEE}");
        p1 = member("p1", "Nguyễn Văn Một", x, day(y1 - 1, 1, 1));
        p2 = member("p2", "Trần Thị Hai", x, day(y1 - 1, 1, 1));
        p3 = member("p3", "Lê Văn Ba", y, day(y1 - 1, 1, 1));
        p4 = member("p4", "Phạm Thị Bốn", x, day(y1 - 1, 1, 1));
        p5 = member("p5", "Hoàng Văn Năm", y, day(y2, 2, 1));
        move(p4, z, day(y2, 4, 1));

        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "admin");
        edition = course.editionId();
        module = course.moduleIds().getFirst();
        cycle1 = cycle(LocalDate.of(y1, 1, 1), LocalDate.of(y1, 6, 30), null);
        cycle2 = cycle(LocalDate.of(y2, 1, 1), LocalDate.of(y2, 6, 30), cycle1);
        complete(p1, cycle1, day(y1, 3, 1));
        complete(p2, cycle1, day(y1, 8, 1));
        complete(p4, cycle1, day(y1, 5, 1));
        complete(p1, cycle2, day(y2, 2, 1));
        complete(p3, cycle2, day(y2, 3, 1));
        complete(p5, cycle2, day(y2, 5, 1));
        TestSignIn.as(app, "h" + tag);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void lastYearsCycleStaysReportableAfterTheRenewal() {
        Dashboard first = dashboard(ReportPeriod.year(y1));
        assertThat(first.figures())
                .as("Y1: p1, p2 (late, before the year's end) and p4 completed; p3 overdue; p5 not yet there")
                .isEqualTo(new Figures(4, 3, 0, 0, 1, 0, 0, 0, new java.math.BigDecimal("80.00")));
        assertThat(bySubUnit(first))
                .containsEntry("Đơn vị X", List.of(3, 3, 0, 0))
                .containsEntry("Đơn vị Y", List.of(1, 0, 1, 0));

        Dashboard second = dashboard(ReportPeriod.year(y2));
        assertThat(second.figures())
                .as("Y2: p1, p3, p5 completed; p2 overdue; p4 moved out of R (not counted against it)")
                .isEqualTo(new Figures(4, 3, 0, 0, 1, 1, 0, 0, new java.math.BigDecimal("80.00")));
        assertThat(bySubUnit(second))
                .containsEntry("Đơn vị X", List.of(2, 1, 1, 1))
                .containsEntry("Đơn vị Y", List.of(2, 2, 0, 0));

        assertThat(statuses(ReportPeriod.year(y2)))
                .containsEntry("Phạm Thị Bốn", CycleStatus.MOVED)
                .containsEntry("Trần Thị Hai", CycleStatus.OVERDUE)
                .doesNotContainKey("Trưởng Đơn Vị R");
    }

    @Test
    void asOfADayReadsMembershipAndStatusesAsTheyStoodThen() {
        Map<String, CycleStatus> spring = statuses(ReportPeriod.asOf(LocalDate.of(y1, 4, 15)));
        assertThat(spring)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "Nguyễn Văn Một", CycleStatus.COMPLETED,
                        "Trần Thị Hai", CycleStatus.NOT_STARTED,
                        "Lê Văn Ba", CycleStatus.NOT_STARTED,
                        "Phạm Thị Bốn", CycleStatus.NOT_STARTED));

        assertThat(statuses(ReportPeriod.asOf(LocalDate.of(y2, 3, 15))))
                .as("before the move p4 is still X's, in the renewed cycle; p5 has joined")
                .containsEntry("Phạm Thị Bốn", CycleStatus.NOT_STARTED)
                .containsEntry("Hoàng Văn Năm", CycleStatus.NOT_STARTED)
                .containsEntry("Lê Văn Ba", CycleStatus.COMPLETED)
                .hasSize(5);
        assertThat(statuses(ReportPeriod.asOf(LocalDate.of(y2, 4, 15))))
                .as("as of a day after the move she is no longer one of R's people")
                .doesNotContainKey("Phạm Thị Bốn")
                .hasSize(4);
        assertThat(dashboard(ReportPeriod.range(LocalDate.of(y2, 3, 1), LocalDate.of(y2, 4, 15)))
                        .figures())
                .as("over a range that spans the move, the cycle she left is MOVED and not assigned to X")
                .isEqualTo(new Figures(4, 2, 0, 2, 0, 1, 0, 0, new java.math.BigDecimal("80.00")));
    }

    @Test
    void aQuarterCountsTheCyclesOverlappingIt() {
        // Q3 of Y1: cycle 1 (due in June) is still the standing one; p2 completed in August
        assertThat(dashboard(ReportPeriod.quarter(y1, 3)).figures().completed()).isEqualTo(3);
        assertThat(dashboard(ReportPeriod.month(java.time.YearMonth.of(y1, 7)))
                        .figures()
                        .completed())
                .as("at the end of July p2 had not completed yet")
                .isEqualTo(2);
    }

    @Test
    void twoPeriodsSideBySidePerSubUnitOnScreenAndInTheExports() throws Exception {
        RosterFilter filter = filter(ReportPeriod.year(y2));
        List<PeriodComparison> rows = reports.compare(reports.scope(), filter, ReportPeriod.year(y1));
        Map<String, PeriodComparison> byUnit =
                rows.stream().collect(Collectors.toMap(PeriodComparison::unitName, c -> c));
        assertThat(byUnit.get("Đơn vị X").before().completed()).isEqualTo(3);
        assertThat(byUnit.get("Đơn vị X").current().completed()).isEqualTo(1);
        assertThat(byUnit.get("Đơn vị X").change()).isEqualByComparingTo("-50.0");
        assertThat(byUnit.get("Đơn vị Y").change()).isEqualByComparingTo("100.0");

        ComparisonLabels labels = new ComparisonLabels(
                "So sánh",
                List.of("Đơn vị", "Y1 giao", "Y1 xong", "Y1 %", "Y2 giao", "Y2 xong", "Y2 %", "Chênh lệch"),
                "Trực tiếp",
                "Toàn đơn vị");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.exportComparisonCsv(reports.scope(), filter, ReportPeriod.year(y1), labels, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Đơn vị X,3,3,100,2,1,50,-50")
                .contains("Đơn vị Y,1,0,0,2,2,100,100")
                .contains("Toàn đơn vị,4,3,75,4,3,75,0");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        reports.exportComparisonXlsx(reports.scope(), filter, ReportPeriod.year(y1), labels, xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheet("So sánh");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Chênh lệch");
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Toàn đơn vị");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void exportsOfAPeriodListItsRowsWithTheMovedOne() {
        var labels = ReportService.labels(
                List.of("STT", "Họ và tên", "Mã", "Đơn vị", "Trạng thái", "Học phần", "Điểm", "Hoàn thành", "Hạn"),
                row -> row.status().name());
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        reports.exportCsv(reports.scope(), filter(ReportPeriod.year(y2)), labels, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(6);
        assertThat(text).contains("Phạm Thị Bốn,").contains(",MOVED,").contains("Hoàng Văn Năm");
    }

    @Test
    void theDefaultCourseIsTheOneWithTheMostPeopleAssignedInScope() {
        TestCourses.Fixture newer = TestCourses.create(jdbc, 1, null, null, "FULL", "admin");
        jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                        values (:e, :y, false, current_date - 1, current_date + 30)""").param("e", newer.editionId()).param("y", y).update();
        assertThat(reports.defaultEdition(reports.scope())).contains(edition);
    }

    private Dashboard dashboard(ReportPeriod period) {
        return reports.dashboard(reports.scope(), filter(period), LABELS, 300, 200);
    }

    private RosterFilter filter(ReportPeriod period) {
        return new RosterFilter(r, edition, period, null, null, null);
    }

    private Map<String, CycleStatus> statuses(ReportPeriod period) {
        return reports.people(reports.scope(), filter(period), RosterSort.byName(), 0, 100).stream()
                .collect(Collectors.toMap(RosterRow::fullName, RosterRow::status));
    }

    /** Sub-unit name to [assigned, completed, overdue, moved]. */
    private static Map<String, List<Integer>> bySubUnit(Dashboard d) {
        return d.subUnits().stream()
                .filter(s -> s.unitId() != null)
                .collect(Collectors.toMap(
                        SubUnitFigures::unitName,
                        s -> List.of(
                                s.figures().assigned(),
                                s.figures().completed(),
                                s.figures().overdue(),
                                s.figures().moved())));
    }

    private static OffsetDateTime day(int year, int month, int day) {
        return LocalDate.of(year, month, day)
                .atTime(9, 0)
                .atZone(TimeConfiguration.ZONE)
                .toOffsetDateTime();
    }

    private long unit(String name, Long parent) {
        return jdbc.sql("insert into unit (code, name, parent_id) values (:c, :n, :p) returning id")
                .param("c", "PR-" + tag + "-" + name)
                .param("n", "Đơn vị " + name)
                .param("p", parent)
                .query(Long.class)
                .single();
    }

    private long person(String user, String name, long unit, String roles) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                        values (:u, :n, :unit, cast(:roles as text[]), 'x', :s) returning id""")
                .param("u", user + tag)
                .param("n", name)
                .param("unit", unit)
                .param("roles", roles)
                .param("s", SearchText.foldAll(name, user + tag))
                .query(Long.class)
                .single();
    }

    /** A person whose membership of {@code unit} began at {@code since} (history written as a sync would). */
    private long member(String user, String name, long unit, OffsetDateTime since) {
        long id = person(user, name, unit, "{EMPLOYEE}");
        jdbc.sql("update unit_membership set valid_from = :t where user_id = :p")
                .param("t", since)
                .param("p", id)
                .update();
        return id;
    }

    /** Moves a person now, then dates the change back to {@code at}. */
    private void move(long person, long unit, OffsetDateTime at) {
        jdbc.sql("update app_user set unit_id = :u where id = :p")
                .param("u", unit)
                .param("p", person)
                .update();
        jdbc.sql("update unit_membership set valid_to = :t where user_id = :p and valid_to is not null")
                .param("t", at)
                .param("p", person)
                .update();
        jdbc.sql("update unit_membership set valid_from = :t where user_id = :p and valid_to is null")
                .param("t", at)
                .param("p", person)
                .update();
    }

    private long cycle(LocalDate start, LocalDate due, Long previous) {
        return jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date,
                                                recurrence, previous_id)
                        values (:e, :r, true, :s, :d, 'YEARLY', :prev) returning id""")
                .param("e", edition)
                .param("r", r)
                .param("s", start)
                .param("d", due)
                .param("prev", previous)
                .query(Long.class)
                .single();
    }

    private void complete(long user, long assignment, OffsetDateTime at) {
        jdbc.sql("""
                        insert into module_progress (user_id, assignment_id, module_id, content_opened_at, passed_at, best_score)
                        values (:u, :a, :m, :t, :t, 80)""")
                .param("u", user)
                .param("a", assignment)
                .param("m", module)
                .param("t", at)
                .update();
        jdbc.sql("""
                        insert into completion_record (user_id, assignment_id, edition_id, average_score, completed_at, unit_id)
                        values (:u, :a, :e, 80, :t, (select unit_id from unit_membership
                                                      where user_id = :u and valid_from <= :t
                                                      order by valid_from desc limit 1))""")
                .param("u", user)
                .param("a", assignment)
                .param("e", edition)
                .param("t", at)
                .update();
    }
}
