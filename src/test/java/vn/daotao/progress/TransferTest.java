package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.UserFacingException;
import vn.daotao.quiz.QuizService;
import vn.daotao.report.PersonRecord;
import vn.daotao.report.ReportService;
import vn.daotao.security.TestSignIn;

/**
 * A person moves from unit A to unit B in the middle of a cycle (issue 11, membership over time): the
 * membership history records both units, the cycle of A ends as moved and stays theirs, and the module
 * they passed in A counts in B's cycle of the same edition.
 */
@SpringBootTest
class TransferTest {

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aMoveMidCycleEndsTheOldCycleAsMovedKeepsItAndCarriesPassedModulesOver() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long unitA = unit("TA-" + tag);
        long unitB = unit("TB-" + tag);
        String username = "chuyen" + tag.toLowerCase();
        long person = jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, password_hash)
                        values (:u, 'Người Chuyển Đơn Vị', :unit, 'x') returning id""")
                .param("u", username)
                .param("unit", unitA)
                .query(Long.class)
                .single();
        TestCourses.Fixture course = courseWithUnitCyclesOnly(2, username);
        long cycleA = unitAssignment(course.editionId(), unitA);
        long cycleB = unitAssignment(course.editionId(), unitB);

        TestSignIn.as(app, username);
        assertThat(mine(course)).extracting(MyCourseRow::assignmentId).containsExactly(cycleA);
        TestCourses.pass(learner, quiz, jdbc, withAssignment(course, cycleA), 0);

        jdbc.sql("update app_user set unit_id = :b where id = :p")
                .param("b", unitB)
                .param("p", person)
                .update();
        assertThat(jdbc.sql("""
                        select unit_id from unit_membership where user_id = :p
                         order by valid_from, id""").param("p", person).query(Long.class).list())
                .as("the history holds both units, in order")
                .containsExactly(unitA, unitB);
        assertThat(jdbc.sql("select count(*) from unit_membership where user_id = :p and valid_to is null")
                        .param("p", person)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        TestSignIn.as(app, username);
        List<MyCourseRow> mine = mine(course);
        assertThat(mine).extracting(MyCourseRow::assignmentId).containsExactlyInAnyOrder(cycleA, cycleB);
        MyCourseRow old = mine.stream()
                .filter(c -> c.assignmentId() == cycleA)
                .findFirst()
                .orElseThrow();
        assertThat(old.status()).as("left by moving: not overdue, not open").isEqualTo(CycleStatus.MOVED);
        assertThat(old.completedModules()).isEqualTo(1);
        assertThatThrownBy(() -> learner.openModule(cycleA, course.moduleIds().get(1)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("learner.error.moved");

        CourseOverview inB = learner.course(cycleB);
        assertThat(inB.modules().getFirst().state())
                .as("module 1, passed in A, counts in B")
                .isEqualTo(ModuleState.COMPLETED);
        assertThat(jdbc.sql("""
                        select carried_from from module_progress
                         where user_id = :p and assignment_id = :b and module_id = :m""")
                        .param("p", person)
                        .param("b", cycleB)
                        .param("m", course.moduleIds().getFirst())
                        .query(Long.class)
                        .single())
                .isEqualTo(cycleA);
        TestCourses.pass(learner, quiz, jdbc, withAssignment(course, cycleB), 1);
        assertThat(learner.myCourses().stream()
                        .filter(c -> c.assignmentId() == cycleB)
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(CycleStatus.COMPLETED);
        assertThat(jdbc.sql("select unit_id from completion_record where user_id = :p and assignment_id = :b")
                        .param("p", person)
                        .param("b", cycleB)
                        .query(Long.class)
                        .single())
                .as("the completion keeps the unit it was earned in")
                .isEqualTo(unitB);

        TestSignIn.as(app, "admin");
        PersonRecord record = reports.person(reports.scope(), person);
        assertThat(record.memberships())
                .as("the record shows where the person worked, newest first")
                .extracting(PersonRecord.Membership::unitName)
                .containsExactly("Đơn vị TB-" + tag, "Đơn vị TA-" + tag);
        assertThat(record.memberships().getFirst().until()).isNull();
        assertThat(record.cycles())
                .extracting(PersonRecord.Cycle::assignmentId, PersonRecord.Cycle::status)
                .as("both cycles of the course (the demo course reaches the person too)")
                .contains(
                        org.assertj.core.groups.Tuple.tuple(cycleA, CycleStatus.MOVED),
                        org.assertj.core.groups.Tuple.tuple(cycleB, CycleStatus.COMPLETED));
    }

    @Test
    void aCycleCompletedBeforeTheMoveCountsForTheSameEditionInTheNewUnit() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long unitA = unit("TE-" + tag);
        long unitB = unit("TF-" + tag);
        String username = "hoanthanh" + tag.toLowerCase();
        long person = person(username, unitA);
        TestCourses.Fixture course = courseWithUnitCyclesOnly(1, username);
        long cycleA = unitAssignment(course.editionId(), unitA, 1, 30);
        long cycleB = unitAssignment(course.editionId(), unitB, 1, 30);
        TestSignIn.as(app, username);
        TestCourses.pass(learner, quiz, jdbc, withAssignment(course, cycleA), 0);

        moveAndSignIn(person, unitB, username);
        learner.course(cycleB);
        assertThat(mine(course))
                .extracting(MyCourseRow::assignmentId, MyCourseRow::status)
                .as("completed in A before the move: nothing to redo in B")
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(cycleA, CycleStatus.COMPLETED),
                        org.assertj.core.groups.Tuple.tuple(cycleB, CycleStatus.COMPLETED));
    }

    @Test
    void anEarlierYearsCycleOfTheSameEditionCarriesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long unitA = unit("TG-" + tag);
        long unitB = unit("TH-" + tag);
        String username = "namtruoc" + tag.toLowerCase();
        long person = person(username, unitA);
        TestCourses.Fixture course = courseWithUnitCyclesOnly(2, username);
        long lastYear = unitAssignment(course.editionId(), unitA, 400, -300);
        long thisYear = unitAssignment(course.editionId(), unitB, 1, 30);
        TestSignIn.as(app, username);
        TestCourses.pass(learner, quiz, jdbc, withAssignment(course, lastYear), 0);

        moveAndSignIn(person, unitB, username);
        assertThat(learner.course(thisYear).modules().getFirst().state())
                .as("a pass from a cycle whose window ended a year ago does not count now")
                .isEqualTo(ModuleState.AVAILABLE);
    }

    @Test
    void twoChangesInOneTransactionLeaveNoEmptyPeriod() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long unitA = unit("TC-" + tag);
        long unitB = unit("TD-" + tag);
        long person = jdbc.sql("""
                        with p as (
                            insert into app_user (username, full_name, unit_id, password_hash)
                            values (:u, 'Người Hai Lần', :a, 'x') returning id)
                        select id from p""")
                .param("u", "hailan" + tag.toLowerCase())
                .param("a", unitA)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        do $$ begin
                            update app_user set unit_id = %d where id = %d;
                            update app_user set roles = '{EMPLOYEE,UNIT_HEAD}' where id = %d;
                        end $$""".formatted(unitB, person, person)).update();
        assertThat(jdbc.sql("""
                        select unit_id || ':' || unit_head from unit_membership where user_id = :p
                         order by valid_from, id""").param("p", person).query(String.class).list())
                .containsExactly(unitA + ":false", unitB + ":true");
    }

    /** The signed-in person's cycles of the test's course (the demo course reaches them too). */
    private List<MyCourseRow> mine(TestCourses.Fixture course) {
        return learner.myCourses().stream()
                .filter(c -> c.editionId() == course.editionId())
                .toList();
    }

    private long person(String username, long unitId) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, password_hash)
                        values (:u, 'Người Kiểm Thử', :unit, 'x') returning id""")
                .param("u", username)
                .param("unit", unitId)
                .query(Long.class)
                .single();
    }

    /** The test's course without the personal cycle the fixture makes: only the unit cycles below reach. */
    private TestCourses.Fixture courseWithUnitCyclesOnly(int modules, String username) {
        TestCourses.Fixture course = TestCourses.create(jdbc, modules, null, null, "FULL", username);
        jdbc.sql("delete from assignment where id = :a")
                .param("a", course.assignmentId())
                .update();
        return course;
    }

    /** Moves the person to another unit and signs them in again, as their next request would see them. */
    private void moveAndSignIn(long person, long unitId, String username) {
        jdbc.sql("update app_user set unit_id = :b where id = :p")
                .param("b", unitId)
                .param("p", person)
                .update();
        TestSignIn.as(app, username);
    }

    private long unit(String code) {
        return jdbc.sql("""
                        insert into unit (code, name, parent_id)
                        values (:c, :n, (select id from unit where parent_id is null order by id limit 1)) returning id""")
                .param("c", code)
                .param("n", "Đơn vị " + code)
                .query(Long.class)
                .single();
    }

    private long unitAssignment(long editionId, long unitId) {
        return unitAssignment(editionId, unitId, 1, 30);
    }

    /** A unit cycle from {@code startedDaysAgo} days ago to {@code dueInDays} days from today. */
    private long unitAssignment(long editionId, long unitId, int startedDaysAgo, int dueInDays) {
        return jdbc.sql("""
                        insert into assignment (edition_id, unit_id, period_start, due_date)
                        values (:e, :u, current_date - :ago, current_date + :due) returning id""")
                .param("e", editionId)
                .param("u", unitId)
                .param("ago", startedDaysAgo)
                .param("due", dueInDays)
                .query(Long.class)
                .single();
    }

    private static TestCourses.Fixture withAssignment(TestCourses.Fixture course, long assignmentId) {
        return new TestCourses.Fixture(course.courseId(), course.editionId(), course.moduleIds(), assignmentId);
    }
}
