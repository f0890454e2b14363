package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.UserFacingException;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/** A course that asks for a written commitment completes only when the learner confirms it (issue 11). */
@SpringBootTest
class CommitmentTest {

    private static final String TEXT = "Tôi đã nghiên cứu, nắm vững nội dung và cam kết thực hiện nghiêm túc.";

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.daotao.report.ReportService reports;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void theLastModuleWaitsForTheConfirmationWhichIsKeptWithTheCompletion() {
        TestCourses.Fixture course = TestCourses.create(
                jdbc,
                1,
                null,
                null,
                "FULL",
                "kh0003",
                module -> jdbc.sql("""
                        update course_edition set commitment_text = :t
                         where id = (select edition_id from course_module where id = :m)""").param("t", TEXT).param("m", module).update());
        TestSignIn.as(app, "kh0003");
        assertThatThrownBy(() -> learner.confirmCommitment(course.assignmentId()))
                .as("not before the modules are passed")
                .hasMessage("learner.error.commitmentNotDue");

        TestCourses.pass(learner, quiz, jdbc, course, 0);
        CourseOverview overview = learner.course(course.assignmentId());
        assertThat(overview.course().status()).isEqualTo(CycleStatus.IN_PROGRESS);
        assertThat(overview.awaitingCommitment()).isTrue();
        assertThat(overview.commitmentText()).isEqualTo(TEXT);
        assertThat(completions(course)).isZero();
        TestSignIn.as(app, "admin");
        long person = jdbc.sql("select id from app_user where username = 'kh0003'")
                .query(Long.class)
                .single();
        assertThat(reports.person(reports.scope(), person).cycles().stream()
                        .filter(c -> c.assignmentId() == course.assignmentId())
                        .findFirst()
                        .orElseThrow()
                        .awaitingCommitment())
                .as("admins see who has not confirmed yet")
                .isTrue();
        long unit = jdbc.sql("select unit_id from app_user where id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
        var awaiting = new vn.daotao.report.RosterFilter(unit, course.editionId(), null, null, null)
                .withAwaitingCommitment(true);
        assertThat(reports.people(reports.scope(), awaiting, vn.daotao.report.RosterSort.byName(), 0, 50))
                .as("the roster lists those awaiting the confirmation")
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.userId()).isEqualTo(person);
                    assertThat(r.awaitingCommitment()).isTrue();
                });

        TestSignIn.as(app, "kh0003");
        learner.confirmCommitment(course.assignmentId());
        assertThat(learner.course(course.assignmentId()).course().status()).isEqualTo(CycleStatus.COMPLETED);
        TestSignIn.as(app, "admin");
        assertThat(reports.countPeople(reports.scope(), awaiting)).isZero();
        TestSignIn.as(app, "kh0003");
        assertThat(jdbc.sql("""
                        select commitment_text from completion_record
                         where assignment_id = :a and committed_at is not null""")
                        .param("a", course.assignmentId())
                        .query(String.class)
                        .single())
                .isEqualTo(TEXT);
        assertThat(jdbc.sql("""
                        select count(*) from certificate c join completion_record r on r.id = c.completion_id
                         where r.assignment_id = :a""")
                        .param("a", course.assignmentId())
                        .query(Integer.class)
                        .single())
                .as("the certificate follows the confirmation")
                .isEqualTo(1);
        assertThatThrownBy(() -> learner.confirmCommitment(course.assignmentId()))
                .as("once")
                .hasMessage("learner.error.commitmentNotDue");

        assertThatThrownBy(() -> jdbc.sql("update course_edition set commitment_text = 'khác' where id = :e")
                        .param("e", course.editionId())
                        .update())
                .as("frozen with the published edition")
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aCourseWithoutCommitmentCompletesAtTheLastModuleAndRefusesAConfirmation() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "kh0004");
        TestSignIn.as(app, "kh0004");
        TestCourses.pass(learner, quiz, jdbc, course, 0);
        assertThat(completions(course)).isEqualTo(1);
        assertThat(learner.course(course.assignmentId()).awaitingCommitment()).isFalse();
        assertThatThrownBy(() -> learner.confirmCommitment(course.assignmentId()))
                .isInstanceOf(UserFacingException.class);
    }

    private int completions(TestCourses.Fixture course) {
        return jdbc.sql("select count(*) from completion_record where assignment_id = :a")
                .param("a", course.assignmentId())
                .query(Integer.class)
                .single();
    }
}
