package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.base.text.SearchText;
import vn.daotao.report.ChartLabels;
import vn.daotao.report.Figures;
import vn.daotao.report.PersonRecord;
import vn.daotao.report.ReportService;
import vn.daotao.report.RosterFilter;
import vn.daotao.security.TestSignIn;

/**
 * In-person sessions, attendance (ticked and imported, all or nothing), exemptions and their withdrawal,
 * on a unit U (head h, people p1..p3 with codes) and a unit O outside it, with a two-module course
 * assigned to U.
 */
@SpringBootTest
class ManualRecordTest {

    private static final ChartLabels LABELS =
            new ChartLabels("Số người hoàn thành", "Lũy kế", "Được giao", "Hạn", "Theo đơn vị", "%", "Trực tiếp");

    @Autowired
    ManualRecordService records;

    @Autowired
    ReportService reports;

    @Autowired
    LearnerService learner;

    @Autowired
    vn.daotao.quiz.QuizService quiz;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private String tag;
    private long u, o, edition, cycle, p1, p2, p3, outsider;
    private List<Long> modules;

    @BeforeEach
    void fixture() {
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        u = unit("U");
        o = unit("O");
        person("h", "Trưởng Đơn Vị", u, "{UNIT_HEAD,EMPLOYEE}");
        p1 = person("p1", "Nguyễn Văn Một", u, "{EMPLOYEE}");
        p2 = person("p2", "Trần Thị Hai", u, "{EMPLOYEE}");
        p3 = person("p3", "Lê Văn Ba", u, "{EMPLOYEE}");
        outsider = person("x", "Đỗ Văn Ngoài", o, "{EMPLOYEE}");
        TestCourses.Fixture course = TestCourses.create(jdbc, 2, null, null, "FULL", "admin");
        edition = course.editionId();
        modules = course.moduleIds();
        cycle = jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                        values (:e, :u, true, current_date - 10, current_date + 20) returning id""")
                .param("e", edition)
                .param("u", u)
                .query(Long.class)
                .single();
        TestSignIn.as(app, "h" + tag.toLowerCase());
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void attendingASessionThatCoversEveryModuleCompletesTheCourseInPersonWithACertificate() {
        long session = session(u, modules);
        AttendanceResult result = records.recordAttendance(session, List.of(p1, p2, p1));
        assertThat(result).isEqualTo(new AttendanceResult(2, 0));
        assertThat(records.recordAttendance(session, List.of(p1))).isEqualTo(new AttendanceResult(0, 1));

        Figures f = figures();
        assertThat(f.completed()).isEqualTo(2);
        assertThat(f.completedInPerson()).isEqualTo(2);
        assertThat(f.assigned()).as("h, p1, p2, p3").isEqualTo(4);
        assertThat(f.averageScore()).as("no quiz, no score").isNull();
        assertThat(reports.dashboard(reports.scope(), new RosterFilter(u, edition, null, null, null), LABELS, 300, 200)
                        .completionsPerDay())
                .as("the cumulative chart draws the completions in person as their own line")
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.count()).isEqualTo(2);
                    assertThat(d.inPerson()).isEqualTo(2);
                });
        assertThat(status(p1)).isEqualTo(CycleStatus.COMPLETED_IN_PERSON);
        assertThat(certificates(p1)).isEqualTo(1);
        assertThat(audited("ATTENDANCE_RECORDED", session)).isEqualTo(2);
    }

    @Test
    void attendingForOneModuleLeavesTheCourseInProgress() {
        long session = session(u, List.of(modules.getFirst()));
        records.recordAttendance(session, List.of(p3));
        assertThat(status(p3)).isEqualTo(CycleStatus.IN_PROGRESS);
        PersonRecord record = reports.person(reports.scope(), p3);
        assertThat(record.cycles().getFirst().modules().getFirst().passedAt()).isNotNull();
        assertThat(record.cycles().getFirst().modules().get(1).passedAt()).isNull();
    }

    @Test
    void anAttendanceListWithOneBadRowRecordsNobodyAndAGoodOneRecordsEveryone() {
        long session = session(u, modules);
        ImportReport bad =
                records.importAttendance(session, "ds.csv", csv("Mã cán bộ", code("p1"), "KHONGCO", code("x")));
        assertThat(bad.ok()).isFalse();
        assertThat(bad.lines())
                .extracting(l -> l.row() + ":" + l.outcome())
                .containsExactly("2:CREATE", "3:ERROR", "4:ERROR");
        assertThat(bad.lines().get(1).problems().getFirst().key()).isEqualTo("session.import.unknown");
        assertThat(bad.lines().get(2).problems().getFirst().key())
                .as("a person outside the unit is answered as an unknown code")
                .isEqualTo("session.import.unknown");
        assertThat(bad.lines().get(2).label()).as("without their name").isEqualTo(code("x"));
        assertThat(status(p1)).as("all or nothing").isEqualTo(CycleStatus.NOT_STARTED);

        ImportReport dup = records.checkAttendanceImport(
                session, csv(code("p1"), code("p1").toLowerCase()));
        assertThat(dup.lines().get(1).problems().getFirst().key()).isEqualTo("session.import.duplicate");

        ImportReport good = records.importAttendance(session, "ds.csv", csv(code("p1"), code("p2")));
        assertThat(good.ok()).isTrue();
        assertThat(good.count(vn.daotao.base.imports.ImportKind.ATTENDANCE, ImportOutcome.CREATE))
                .isEqualTo(2);
        assertThat(status(p1)).isEqualTo(CycleStatus.COMPLETED_IN_PERSON);
        ImportReport again = records.checkAttendanceImport(session, csv(code("p1")));
        assertThat(again.lines().getFirst().outcome()).isEqualTo(ImportOutcome.UNCHANGED);

        assertThatThrownBy(() -> records.checkAttendanceImport(session, new byte[] {0x00, 0x01, (byte) 0xFF}))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("session.import.unreadable");
    }

    @Test
    void aUnitHeadActsOnlyWithinTheirSubtree() {
        assertThatThrownBy(() -> session(o, modules)).isInstanceOf(AccessDeniedException.class);
        long session = session(u, modules);
        assertThatThrownBy(() -> records.recordAttendance(session, List.of(outsider)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.exempt(new ExemptionDraft(
                        outsider,
                        cycle,
                        "Nghỉ ốm dài ngày",
                        "Giám đốc",
                        LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE),
                        null)))
                .isInstanceOf(AccessDeniedException.class);
        records.recordAttendance(session, List.of(p1));
        long attendance = jdbc.sql("select id from attendance where session_id = :s")
                .param("s", session)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> records.withdrawAttendance(attendance, "Ghi nhầm"))
                .as("only an admin withdraws")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.createSession(new SessionDraft(
                        edition,
                        u,
                        "Hội nghị",
                        LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE).plusDays(1),
                        "Hội trường",
                        modules,
                        null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("session.error.date");
        assertThatThrownBy(() -> records.createSession(new SessionDraft(
                        edition,
                        u,
                        "Hội nghị",
                        LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE),
                        "Hội trường",
                        modules,
                        new EvidenceUpload("bien-ban.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("evidence.error.type");
    }

    @Test
    void anExemptionClosesTheCycleAsExemptAndAnAdminCanWithdrawIt() {
        long exemption = records.exempt(new ExemptionDraft(
                p2,
                cycle,
                "Đi học tập trung dài hạn",
                "Giám đốc Nguyễn Văn A",
                LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE).minusDays(1),
                new EvidenceUpload("quyet-dinh.pdf", "%PDF-1.4 quyết định".getBytes(StandardCharsets.UTF_8))));
        assertThat(status(p2)).isEqualTo(CycleStatus.EXEMPT);
        Figures f = figures();
        assertThat(f.exempt()).isEqualTo(1);
        assertThat(f.assigned()).as("exempt is not to do").isEqualTo(3);
        assertThatThrownBy(() -> records.exempt(new ExemptionDraft(
                        p2, cycle, "Lần hai", "Giám đốc", LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE), null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("exemption.error.closed");
        long evidence = jdbc.sql("select evidence_id from exemption where id = :x")
                .param("x", exemption)
                .query(Long.class)
                .single();
        assertThat(records.evidence(evidence)).isPresent();

        long completion = jdbc.sql("select id from completion_record where exemption_id = :x")
                .param("x", exemption)
                .query(Long.class)
                .single();
        TestSignIn.as(app, "admin");
        records.withdrawCompletion(completion, "Quyết định bị hủy");
        assertThat(status(p2)).isEqualTo(CycleStatus.NOT_STARTED);
        assertThat(jdbc.sql("select withdrawal_reason from completion_record where id = :c")
                        .param("c", completion)
                        .query(String.class)
                        .single())
                .as("history kept")
                .isEqualTo("Quyết định bị hủy");
        assertThatThrownBy(() -> records.withdrawCompletion(completion, "Lần hai"))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> jdbc.sql("update completion_record set average_score = 1 where id = :c")
                        .param("c", completion)
                        .update())
                .as("still append-only")
                .hasMessageContaining("append-only");
    }

    @Test
    void withdrawingTheAttendanceAnInPersonCompletionRestsOnReopensItAndRevokesTheCertificate() {
        long session = session(u, modules);
        records.recordAttendance(session, List.of(p1));
        assertThat(certificates(p1)).isEqualTo(1);
        long attendance = jdbc.sql("select id from attendance where session_id = :s")
                .param("s", session)
                .query(Long.class)
                .single();
        TestSignIn.as(app, "admin");
        records.withdrawAttendance(attendance, "Ghi nhầm người");
        assertThat(status(p1)).isEqualTo(CycleStatus.NOT_STARTED);
        assertThat(certificates(p1)).as("revoked").isZero();
        TestSignIn.as(app, "h" + tag.toLowerCase());
        assertThat(records.recordAttendance(session, List.of(p1)))
                .as("recorded again after the withdrawal")
                .isEqualTo(new AttendanceResult(1, 0));
        assertThat(status(p1)).isEqualTo(CycleStatus.COMPLETED_IN_PERSON);
    }

    @Test
    void withdrawingAnAttendanceKeepsAQuizPassedOnlineAfterIt() {
        // a quiz started before the attendance was recorded, and passed after it
        TestSignIn.as(app, "p3" + tag.toLowerCase());
        learner.openModule(cycle, modules.getFirst());
        long attemptId = learner.startQuiz(cycle, modules.getFirst());
        TestSignIn.as(app, "h" + tag.toLowerCase());
        long session = session(u, List.of(modules.getFirst()));
        records.recordAttendance(session, List.of(p3));
        TestSignIn.as(app, "p3" + tag.toLowerCase());
        for (var q : TestCourses.running(quiz, attemptId).questions()) {
            quiz.saveAnswer(
                    attemptId,
                    q.questionId(),
                    java.util.Set.copyOf(TestCourses.correctOptions(jdbc, attemptId, q.questionId())));
        }
        assertThat(quiz.submit(attemptId).passed()).isTrue();
        long attendance = jdbc.sql("select id from attendance where session_id = :s")
                .param("s", session)
                .query(Long.class)
                .single();
        TestSignIn.as(app, "admin");
        records.withdrawAttendance(attendance, "Ghi nhầm buổi học");
        assertThat(jdbc.sql("""
                        select passed_at is not null from module_progress
                         where user_id = :u and assignment_id = :a and module_id = :m""")
                        .param("u", p3)
                        .param("a", cycle)
                        .param("m", modules.getFirst())
                        .query(Boolean.class)
                        .single())
                .as("the online pass stays")
                .isTrue();
    }

    private long session(long unit, List<Long> moduleIds) {
        return records.createSession(new SessionDraft(
                edition,
                unit,
                "Hội nghị quán triệt",
                LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE),
                "Hội trường tầng 3",
                moduleIds,
                null));
    }

    private Figures figures() {
        return reports.dashboard(reports.scope(), new RosterFilter(u, edition, null, null, null), LABELS, 300, 200)
                .figures();
    }

    private CycleStatus status(long userId) {
        return reports.person(reports.scope(), userId).cycles().stream()
                .filter(c -> c.assignmentId() == cycle)
                .findFirst()
                .orElseThrow()
                .status();
    }

    private int certificates(long userId) {
        return jdbc.sql("""
                        select count(*) from certificate c join completion_record r on r.id = c.completion_id
                         where r.user_id = :u and r.assignment_id = :a and c.revoked_at is null""")
                .param("u", userId)
                .param("a", cycle)
                .query(Integer.class)
                .single();
    }

    private int audited(String action, long sessionId) {
        return jdbc.sql("""
                        select (details ->> 'recorded')::int from audit_event
                         where action = :a and target_type = 'SESSION' and target_id = :s
                         order by id limit 1""")
                .param("a", action)
                .param("s", String.valueOf(sessionId))
                .query(Integer.class)
                .single();
    }

    private static byte[] csv(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private String code(String user) {
        return ("MR" + tag + user).toUpperCase();
    }

    private long unit(String name) {
        return jdbc.sql("insert into unit (code, name) values (:c, :n) returning id")
                .param("c", "MR-" + tag + "-" + name)
                .param("n", "Đơn vị " + name + " " + tag)
                .query(Long.class)
                .single();
    }

    private long person(String user, String name, long unit, String roles) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash, search_text)
                        values (:u, :n, :c, :unit, cast(:roles as text[]), 'x', :s) returning id""")
                .param("u", user + tag.toLowerCase())
                .param("n", name)
                .param("c", code(user))
                .param("unit", unit)
                .param("roles", roles)
                .param("s", SearchText.foldAll(name, user + tag))
                .query(Long.class)
                .single();
    }
}
