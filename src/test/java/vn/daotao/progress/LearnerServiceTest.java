package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.UserFacingException;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class LearnerServiceTest {

    @Autowired
    LearnerService learner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void theDemoCourseReachesEveryoneInTheOrganisation() {
        for (String user : new String[] {"nhanvien", "hc0002", "kh0001", "truongdonvi"}) {
            TestSignIn.as(app, user);
            assertThat(learner.myCourses())
                    .as(user)
                    .anyMatch(c -> c.title().equals("Công tác bảo vệ chính trị nội bộ")
                            && c.editionNo() == 1
                            && c.moduleCount() == 4);
        }
    }

    @Test
    void modulesOpenInOrderAndTheQuizNeedsTheContentRead() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 2, null, null, "FULL", "kh0002");
        TestSignIn.as(app, "kh0002");
        CourseOverview overview = learner.course(course.assignmentId());
        assertThat(overview.modules())
                .extracting(CourseOverview.ModuleRow::state)
                .containsExactly(ModuleState.AVAILABLE, ModuleState.LOCKED);
        assertThat(overview.course().status()).isEqualTo(CycleStatus.NOT_STARTED);
        assertThatThrownBy(() -> learner.openModule(
                        course.assignmentId(), course.moduleIds().get(1)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("learner.error.locked");
        assertThatThrownBy(() -> learner.startQuiz(
                        course.assignmentId(), course.moduleIds().get(0)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("learner.error.readFirst");

        ModulePage page =
                learner.openModule(course.assignmentId(), course.moduleIds().get(0));
        assertThat(page.sections().getFirst().safeHtml())
                .isEqualToIgnoringWhitespace("<p>Nội dung <strong>đậm</strong></p>");
        assertThat(learner.course(course.assignmentId()).course().status()).isEqualTo(CycleStatus.IN_PROGRESS);
        assertThat(learner.startQuiz(course.assignmentId(), course.moduleIds().get(0)))
                .isPositive();
    }

    @Test
    void attachmentsOnlyForPeopleTheCourseReaches() throws java.io.IOException {
        TestCourses.Fixture course = TestCourses.create(
                jdbc,
                1,
                null,
                null,
                "FULL",
                "kh0003",
                module -> jdbc.sql("""
                        insert into attachment (module_id, file_name, content_type, size_bytes, sha256, content)
                        values (:m, 'tai-lieu.pdf', 'application/pdf', 4, repeat('a', 64), '\\x25504446')""").param("m", module).update());
        long attachment = jdbc.sql("select id from attachment where module_id = :m")
                .param("m", course.moduleIds().getFirst())
                .query(Long.class)
                .single();
        TestSignIn.as(app, "kh0003");
        assertThat(learner.attachment(attachment).open().readAllBytes()).hasSize(4);
        TestSignIn.as(app, "kh0004");
        assertThatThrownBy(() -> learner.attachment(attachment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learner.course(course.assignmentId())).isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(app, "admin");
        assertThat(learner.attachment(attachment).info().fileName()).isEqualTo("tai-lieu.pdf");
    }

    @Test
    void overdueWhenThePeriodEndedUncompleted() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "kh0004");
        jdbc.sql("update assignment set period_start = current_date - 60, due_date = current_date - 1 where id = :a")
                .param("a", course.assignmentId())
                .update();
        TestSignIn.as(app, "kh0004");
        assertThat(learner.course(course.assignmentId()).course().status()).isEqualTo(CycleStatus.OVERDUE);
    }
}
