package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.text.SearchText;
import vn.daotao.progress.internal.AssignmentRenewal;
import vn.daotao.security.TestSignIn;

/** Admins assign courses to unit subtrees and people; duplicates and bad dates are refused; yearly cycles renew once. */
@SpringBootTest
class AssignmentServiceTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    AssignmentRenewal renewal;

    @Autowired
    LearnerService learner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aUnitWithItsSubUnitsAndAPersonGetOneRowEachAudited() {
        long root = unit("R", null);
        long child = unit("C", root);
        person("p1", root);
        person("p2", child);
        long outsider = person("p3", unit("X", null));
        long edition = edition(1, "PUBLISHED");
        TestSignIn.as(app, "admin");

        AssignmentData data = new AssignmentData(
                edition,
                List.of(new AssignmentData.UnitTarget(root, true)),
                List.of(outsider),
                null,
                today.plusDays(20),
                Recurrence.NONE);
        assertThat(assignments.reach(data))
                .as("the confirmation counts the unit, its sub-unit and the person")
                .isEqualTo(3);
        assertThat(assignments.reach(new AssignmentData(
                        edition,
                        List.of(new AssignmentData.UnitTarget(root, false)),
                        List.of(),
                        null,
                        today.plusDays(20),
                        Recurrence.NONE)))
                .isEqualTo(1);
        List<Long> ids = assignments.create(data);

        assertThat(ids).hasSize(2);
        List<AssignmentRow> rows = assignments.assignments(0, 50).stream()
                .filter(r -> ids.contains(r.id()))
                .toList();
        AssignmentRow unitRow =
                rows.stream().filter(r -> r.unitId() != null).findFirst().orElseThrow();
        assertThat(unitRow.unitId()).isEqualTo(root);
        assertThat(unitRow.includeSubunits()).isTrue();
        assertThat(unitRow.reach()).as("p1 and p2 in the sub-unit").isEqualTo(2);
        assertThat(unitRow.periodStart()).as("start defaults to today").isEqualTo(today);
        assertThat(unitRow.courseTitle()).isEqualTo("Khóa giao " + tag);
        AssignmentRow personRow =
                rows.stream().filter(r -> r.userId() != null).findFirst().orElseThrow();
        assertThat(personRow.userId()).isEqualTo(outsider);
        assertThat(personRow.reach()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'ASSIGNMENT_CREATED' and actor_username = 'admin'
                           and target_type = 'ASSIGNMENT' and target_id in (:a, :b)
                           and details -> 'after' ->> 'dueDate' = :due""")
                        .param("a", String.valueOf(ids.get(0)))
                        .param("b", String.valueOf(ids.get(1)))
                        .param("due", today.plusDays(20).toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        // without sub-units only the unit's own people are reached
        long other = edition(1, "PUBLISHED");
        long only = assignments
                .create(new AssignmentData(
                        other,
                        List.of(new AssignmentData.UnitTarget(root, false)),
                        List.of(),
                        today,
                        today.plusDays(5),
                        Recurrence.NONE))
                .getFirst();
        assertThat(assignments.assignments(0, 50).stream()
                        .filter(r -> r.id() == only)
                        .findFirst()
                        .orElseThrow()
                        .reach())
                .isEqualTo(1);
    }

    @Test
    void theUnitPickerFindsUnitsWithoutAccents() {
        long unit = jdbc.sql("insert into unit (code, name) values (:c, :n) returning id")
                .param("c", "KHDB-" + tag)
                .param("n", "Phòng Kế hoạch Đặc biệt " + tag)
                .query(Long.class)
                .single();
        TestSignIn.as(app, "admin");
        assertThat(assignments.searchUnits("ke hoach dac biet", 0, 50))
                .extracting(TargetUnit::id)
                .contains(unit);
        assertThat(assignments.searchUnits("KẾ HOẠCH ĐẶC", 0, 50))
                .extracting(TargetUnit::id)
                .contains(unit);
        assertThat(vn.daotao.base.ui.AccentFree.filter(String::valueOf).test("Phòng Kế hoạch - Tài chính", "ke hoach"))
                .as("the in-memory pickers too")
                .isTrue();
    }

    @Test
    void aDuplicateForTheSameTargetAndAnOverlappingPeriodIsRefusedAndNothingIsCreated() {
        long root = unit("D", null);
        long someone = person("d1", unit("E", null));
        long edition = edition(1, "PUBLISHED");
        TestSignIn.as(app, "admin");
        assignments.create(new AssignmentData(
                edition,
                List.of(new AssignmentData.UnitTarget(root, true)),
                List.of(),
                today,
                today.plusDays(30),
                Recurrence.NONE));
        int before = assignments.countAssignments();

        assertThatThrownBy(() -> assignments.create(new AssignmentData(
                        edition,
                        List.of(new AssignmentData.UnitTarget(root, false)),
                        List.of(someone),
                        today.plusDays(10),
                        today.plusDays(60),
                        Recurrence.NONE)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("assignments.error.duplicate")
                .satisfies(e -> assertThat(((UserFacingException) e).args()).containsExactly("Đơn vị D " + tag));
        assertThat(assignments.countAssignments()).as("all or nothing").isEqualTo(before);

        // the next period, after the first one's due date, is fine
        assertThat(assignments.create(new AssignmentData(
                        edition,
                        List.of(new AssignmentData.UnitTarget(root, true)),
                        List.of(),
                        today.plusDays(31),
                        today.plusDays(90),
                        Recurrence.NONE)))
                .hasSize(1);
    }

    @Test
    void reminderDaysAreKeptLargestFirstAndBadOnesRefused() {
        long root = unit("R", null);
        long edition = edition(1, "PUBLISHED");
        TestSignIn.as(app, "admin");
        List<AssignmentData.UnitTarget> target = List.of(new AssignmentData.UnitTarget(root, true));
        long id = assignments
                .create(new AssignmentData(
                        edition, target, List.of(), today, today.plusDays(60), Recurrence.YEARLY, List.of(3, 14, 3)))
                .getFirst();
        assertThat(jdbc.sql("select array_to_string(reminder_days, ',') from assignment where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("14,3");
        renewal.renew(today.plusDays(61));
        assertThat(jdbc.sql("select array_to_string(reminder_days, ',') from assignment where previous_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("the next yearly cycle keeps them")
                .isEqualTo("14,3");
        long other = unit("S", null);
        assertThat(jdbc.sql("select array_to_string(reminder_days, ',') from assignment where id = :id")
                        .param(
                                "id",
                                assignments
                                        .create(new AssignmentData(
                                                edition,
                                                List.of(new AssignmentData.UnitTarget(other, true)),
                                                List.of(),
                                                today,
                                                today.plusDays(60),
                                                Recurrence.NONE))
                                        .getFirst())
                        .query(String.class)
                        .single())
                .as("the default")
                .isEqualTo("7,1");
        for (List<Integer> bad : List.of(List.of(0), List.of(91), List.of(1, 2, 3, 4, 5, 6))) {
            assertThatThrownBy(() -> assignments.create(new AssignmentData(
                            edition,
                            List.of(new AssignmentData.UnitTarget(unit("X" + bad.size() + bad.getFirst(), null), true)),
                            List.of(),
                            today,
                            today.plusDays(60),
                            Recurrence.NONE,
                            bad)))
                    .hasMessage("assignments.error.reminderDays");
        }
    }

    @Test
    void badDatesAndDraftEditionsAreRefused() {
        long root = unit("B", null);
        long edition = edition(1, "PUBLISHED");
        long draft = edition(null, "DRAFT");
        TestSignIn.as(app, "admin");
        List<AssignmentData.UnitTarget> target = List.of(new AssignmentData.UnitTarget(root, true));
        assertThatThrownBy(() -> assignments.create(new AssignmentData(
                        edition, target, List.of(), today.minusDays(10), today.minusDays(1), Recurrence.NONE)))
                .hasMessage("assignments.error.duePast");
        assertThatThrownBy(() -> assignments.create(new AssignmentData(
                        edition, target, List.of(), today.plusDays(10), today.plusDays(5), Recurrence.NONE)))
                .hasMessage("assignments.error.dueBeforeStart");
        assertThatThrownBy(() -> assignments.create(
                        new AssignmentData(edition, target, List.of(), today, null, Recurrence.NONE)))
                .hasMessage("assignments.error.dueRequired");
        assertThatThrownBy(() -> assignments.create(
                        new AssignmentData(draft, target, List.of(), today, today.plusDays(5), Recurrence.NONE)))
                .hasMessage("assignments.error.edition");
        assertThatThrownBy(() -> assignments.create(
                        new AssignmentData(edition, List.of(), List.of(), today, today.plusDays(5), Recurrence.NONE)))
                .hasMessage("assignments.error.noTarget");
        assertThatThrownBy(() -> assignments.create(new AssignmentData(
                        edition,
                        List.of(new AssignmentData.UnitTarget(-1, true)),
                        List.of(),
                        today,
                        today.plusDays(5),
                        Recurrence.NONE)))
                .hasMessage("assignments.error.unit");
    }

    @Test
    void someoneWhoJoinsAnAssignedUnitLaterSeesTheCourse() {
        long root = unit("L", null);
        long child = unit("M", root);
        long grandchild = unit("N", child);
        long edition = edition(1, "PUBLISHED");
        TestSignIn.as(app, "admin");
        long assignment = assignments
                .create(new AssignmentData(
                        edition,
                        List.of(new AssignmentData.UnitTarget(root, true)),
                        List.of(),
                        today,
                        today.plusDays(14),
                        Recurrence.NONE))
                .getFirst();
        assertThat(row(assignment).reach()).isZero();

        person("moi", grandchild);
        assertThat(row(assignment).reach()).isEqualTo(1);
        TestSignIn.as(app, "moi" + tag);
        assertThat(learner.myCourses()).extracting(MyCourseRow::assignmentId).contains(assignment);
        assertThat(learner.course(assignment).course().title()).isEqualTo("Khóa giao " + tag);
    }

    @Test
    void anAdminMovesADueDateAndTheChangeIsAudited() {
        long root = unit("H", null);
        long edition = edition(1, "PUBLISHED");
        TestSignIn.as(app, "admin");
        long id = assignments
                .create(new AssignmentData(
                        edition,
                        List.of(new AssignmentData.UnitTarget(root, true)),
                        List.of(),
                        today,
                        today.plusDays(7),
                        Recurrence.NONE))
                .getFirst();
        assertThatThrownBy(() -> assignments.changeDueDate(id, today.minusDays(1)))
                .hasMessage("assignments.error.duePast");
        assertThat(assignments.changeDueDate(id, today.plusDays(21))).isTrue();
        assertThat(row(id).dueDate()).isEqualTo(today.plusDays(21));
        assertThat(jdbc.sql("""
                        select details ->> 'before' || ' ' || (details ->> 'after') from audit_event
                         where action = 'ASSIGNMENT_UPDATED' and target_id = :id""")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .single())
                .isEqualTo(
                        "{\"dueDate\": \"%s\"} {\"dueDate\": \"%s\"}".formatted(today.plusDays(7), today.plusDays(21)));
    }

    @Test
    void aYearlyCycleRenewsOnceEvenWhenTheJobRunsTwiceOrOnTwoInstances() throws Exception {
        long root = unit("Y", null);
        long course = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", "Y" + tag)
                .param("t", "Khóa hằng năm " + tag)
                .query(Long.class)
                .single();
        long first = edition(course, 1, "PUBLISHED");
        long old = jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date, recurrence)
                        values (:e, :u, true, date '2019-01-10', date '2019-03-31', 'YEARLY') returning id""")
                .param("e", first)
                .param("u", root)
                .query(Long.class)
                .single();
        long second = edition(course, 2, "PUBLISHED");

        LocalDate jobDay = LocalDate.of(2019, 4, 1);
        CyclicBarrier together = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> runAt(together, jobDay));
        var b = CompletableFuture.supplyAsync(() -> runAt(together, jobDay));
        a.get();
        b.get();
        renewal.renew(jobDay);

        List<Long> next = jdbc.sql("select id from assignment where previous_id = :p")
                .param("p", old)
                .query(Long.class)
                .list();
        assertThat(next).hasSize(1);
        var cycle = jdbc.sql(
                        "select edition_id, unit_id, period_start, due_date, recurrence from assignment where id = :id")
                .param("id", next.getFirst())
                .query()
                .singleRow();
        assertThat(cycle.get("edition_id")).as("newest published edition").isEqualTo(second);
        assertThat(cycle.get("unit_id")).isEqualTo(root);
        assertThat(cycle.get("period_start").toString())
                .as("same window, next year")
                .isEqualTo("2020-01-10");
        assertThat(cycle.get("due_date").toString()).isEqualTo("2020-03-31");
        assertThat(cycle.get("recurrence")).isEqualTo("YEARLY");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ASSIGNMENT_RENEWED' and target_id = :id")
                        .param("id", String.valueOf(next.getFirst()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a job that did not run for a year skips the window that ended meanwhile: nobody could have done it
        renewal.renew(LocalDate.of(2021, 4, 2));
        assertThat(jdbc.sql("""
                        with recursive chain as (select id, due_date from assignment where id = :p
                                                 union all
                                                 select a.id, a.due_date from assignment a join chain c on a.previous_id = c.id)
                        select string_agg(due_date::text, ',' order by due_date) from chain""").param("p", old).query(String.class).single())
                .isEqualTo("2019-03-31,2020-03-31,2022-03-31");
    }

    @Test
    void theScheduledRunRenewsInItsOwnTransactionWithItsAuditEvent() {
        long root = unit("D", null);
        long course = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", "D" + tag)
                .param("t", "Khóa chạy theo lịch " + tag)
                .query(Long.class)
                .single();
        long edition = edition(course, 1, "PUBLISHED");
        LocalDate today = LocalDate.now(java.time.Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        long old = jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date, recurrence)
                        values (:e, :u, true, :start, :due, 'YEARLY') returning id""")
                .param("e", edition)
                .param("u", root)
                .param("start", today.minusDays(40))
                .param("due", today.minusDays(1))
                .query(Long.class)
                .single();

        renewal.daily();

        long next = jdbc.sql("select id from assignment where previous_id = :p")
                .param("p", old)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ASSIGNMENT_RENEWED' and target_id = :id")
                        .param("id", String.valueOf(next))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private List<Long> runAt(CyclicBarrier barrier, LocalDate day) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return renewal.renew(day);
    }

    private AssignmentRow row(long id) {
        TestSignIn.as(app, "admin");
        return assignments.assignments(0, 200).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private long unit(String name, Long parent) {
        return jdbc.sql("insert into unit (code, name, parent_id) values (:c, :n, :p) returning id")
                .param("c", "AS-" + name + "-" + tag)
                .param("n", "Đơn vị " + name + " " + tag)
                .param("p", parent)
                .query(Long.class)
                .single();
    }

    private long person(String name, long unit) {
        String username = name + tag;
        String fullName = "Người " + name + " " + tag;
        return jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                        values (:u, :n, :unit, '{EMPLOYEE}', '{noop}x', :s) returning id""")
                .param("u", username)
                .param("n", fullName)
                .param("unit", unit)
                .param("s", SearchText.foldAll(fullName, username))
                .query(Long.class)
                .single();
    }

    private long edition(Integer no, String status) {
        long course = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", "G" + UUID.randomUUID().toString().substring(0, 8))
                .param("t", "Khóa giao " + tag)
                .query(Long.class)
                .single();
        return edition(course, no, status);
    }

    private long edition(long course, Integer no, String status) {
        return jdbc.sql("""
                        insert into course_edition (course_id, edition_no, status, title, published_at)
                        values (:c, :n, :s, :t, case when :s = 'DRAFT' then null else now() end) returning id""")
                .param("c", course)
                .param("n", no)
                .param("s", status)
                .param("t", "Khóa giao " + tag)
                .query(Long.class)
                .single();
    }
}
