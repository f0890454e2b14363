package vn.daotao.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.UserFacingException;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.security.TestSignIn;

/** Attempts on real PostgreSQL: persistence, idempotent submission, the server-side clock, ownership. */
@SpringBootTest
class QuizServiceTest {

    @Autowired
    QuizService quiz;

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

    private long startAs(String user, TestCourses.Fixture course) {
        TestSignIn.as(app, user);
        learner.openModule(course.assignmentId(), course.moduleIds().getFirst());
        return learner.startQuiz(course.assignmentId(), course.moduleIds().getFirst());
    }

    @Test
    void answersAreSavedAsGivenAndTheSameAttemptResumes() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "tc0002");
        long attemptId = startAs("tc0002", course);
        RunningAttempt view = TestCourses.running(quiz, attemptId);
        assertThat(view.questions()).hasSize(3);
        RunningAttempt.Question first = view.questions().getFirst();
        long chosen = first.options().get(1).id();
        quiz.saveAnswer(attemptId, first.questionId(), Set.of(chosen));

        assertThat(learner.startQuiz(course.assignmentId(), course.moduleIds().getFirst()))
                .as("starting again resumes the open attempt")
                .isEqualTo(attemptId);
        RunningAttempt again = TestCourses.running(quiz, attemptId);
        assertThat(again.questions())
                .extracting(RunningAttempt.Question::questionId)
                .containsExactlyElementsOf(view.questions().stream()
                        .map(RunningAttempt.Question::questionId)
                        .toList());
        assertThat(again.questions().getFirst().options()).isEqualTo(first.options());
        assertThat(again.questions().getFirst().selected()).containsExactly(chosen);
    }

    @Test
    void doubleSubmitRecordsOneResult() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "tc0002");
        long attemptId = startAs("tc0002", course);
        answerAll(attemptId, true);
        AttemptResult first = quiz.submit(attemptId);
        AttemptResult second = quiz.submit(attemptId);
        assertThat(first.passed()).isTrue();
        assertThat(second.submittedAt()).isEqualTo(first.submittedAt());
        assertThat(second.score()).isEqualByComparingTo(first.score());
        assertThat(count(
                        "select count(*) from quiz_attempt where assignment_id = :a and status = 'SUBMITTED'",
                        course.assignmentId()))
                .isEqualTo(1);
        assertThat(count("select count(*) from completion_record where assignment_id = :a", course.assignmentId()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from certificate c join completion_record r on r.id = c.completion_id where r.assignment_id = :a",
                        course.assignmentId()))
                .isEqualTo(1);
    }

    @Test
    void concurrentSubmitsFromTwoThreadsRecordOneResult() throws Exception {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "tc0004");
        long attemptId = startAs("tc0004", course);
        answerAll(attemptId, true);
        TestSignIn.clear(app);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<AttemptResult>> submits = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    TestSignIn.as(app, "tc0004");
                    try {
                        go.await(10, TimeUnit.SECONDS);
                        return quiz.submit(attemptId);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        TestSignIn.clear(app);
                    }
                }))
                .toList();
        go.countDown();
        AttemptResult a = submits.get(0).get(30, TimeUnit.SECONDS);
        AttemptResult b = submits.get(1).get(30, TimeUnit.SECONDS);
        assertThat(a.submittedAt()).isEqualTo(b.submittedAt());
        assertThat(count("select count(*) from quiz_attempt where assignment_id = :a", course.assignmentId()))
                .isEqualTo(1);
        assertThat(count("select count(*) from completion_record where assignment_id = :a", course.assignmentId()))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from certificate c join completion_record r on r.id = c.completion_id where r.assignment_id = :a",
                        course.assignmentId()))
                .isEqualTo(1);
    }

    @Test
    void theTimeLimitHoldsOnTheServer() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, 600, "FULL", "tc0002");
        long attemptId = startAs("tc0002", course);
        RunningAttempt view = TestCourses.running(quiz, attemptId);
        assertThat(view.deadline()).isNotNull();
        RunningAttempt.Question q = view.questions().getFirst();
        quiz.saveAnswer(
                attemptId, q.questionId(), Set.copyOf(TestCourses.correctOptions(jdbc, attemptId, q.questionId())));

        // Ten minutes pass.
        jdbc.sql(
                        "update quiz_attempt set started_at = started_at - interval '11 minutes', deadline_at = now() - interval '1 minute' where id = :id")
                .param("id", attemptId)
                .update();
        RunningAttempt.Question later = view.questions().get(1);
        assertThatThrownBy(() -> quiz.saveAnswer(
                        attemptId,
                        later.questionId(),
                        Set.copyOf(TestCourses.correctOptions(jdbc, attemptId, later.questionId()))))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("quiz.error.timeUp");
        OpenedAttempt expired = quiz.open(attemptId);
        assertThat(expired).as("opening an expired attempt submits it").isInstanceOf(AttemptResult.class);
        AttemptResult result = quiz.result(attemptId);
        assertThat(expired).isEqualTo(result);
        assertThat(result.correctCount())
                .as("only the answer saved in time counts")
                .isEqualTo(1);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void attemptLimitAndPassMarkAreRespected() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, 2, null, "AFTER_PASS", "tc0002");
        for (int i = 0; i < 2; i++) {
            long attemptId = startAs("tc0002", course);
            answerAll(attemptId, false);
            AttemptResult result = quiz.submit(attemptId);
            assertThat(result.passed()).isFalse();
            assertThat(result.answersShown()).isFalse();
            assertThat(result.review())
                    .as("AFTER_PASS shows which questions were wrong before passing, but no answers")
                    .hasSize(result.questionCount())
                    .allSatisfy(q -> {
                        assertThat(q.correct()).isFalse();
                        assertThat(q.options()).isEmpty();
                        assertThat(q.explanation()).isEmpty();
                        assertThat(q.text()).isNotBlank();
                    });
            assertThat(result.attemptsLeft()).isEqualTo(1 - i);
        }
        assertThatThrownBy(() -> learner.startQuiz(
                        course.assignmentId(), course.moduleIds().getFirst()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("quiz.error.noAttemptsLeft");
    }

    @Test
    void nobodyReadsOrChangesAnotherPersonsAttempt() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "tc0002");
        long attemptId = startAs("tc0002", course);
        long questionId =
                TestCourses.running(quiz, attemptId).questions().getFirst().questionId();
        TestSignIn.as(app, "tc0003");
        assertThatThrownBy(() -> quiz.open(attemptId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quiz.saveAnswer(attemptId, questionId, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quiz.submit(attemptId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quiz.result(attemptId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> learner.course(course.assignmentId())).isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(app, "tc0002");
        assertThat(TestCourses.running(quiz, attemptId).status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void optionsOfAnotherQuestionAreRefused() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "tc0002");
        long attemptId = startAs("tc0002", course);
        List<RunningAttempt.Question> qs = TestCourses.running(quiz, attemptId).questions();
        long foreignOption = qs.get(1).options().getFirst().id();
        assertThatThrownBy(() -> quiz.saveAnswer(attemptId, qs.get(0).questionId(), Set.of(foreignOption)))
                .isInstanceOf(AccessDeniedException.class);
        RunningAttempt.Question single =
                qs.stream().filter(q -> q.kind().singleAnswer()).findFirst().orElseThrow();
        Set<Long> two = new HashSet<>(single.options().stream()
                .limit(2)
                .map(RunningAttempt.Option::id)
                .toList());
        assertThatThrownBy(() -> quiz.saveAnswer(attemptId, single.questionId(), two))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("quiz.error.oneAnswer");
    }

    private void answerAll(long attemptId, boolean right) {
        for (RunningAttempt.Question q : TestCourses.running(quiz, attemptId).questions()) {
            List<Long> options = right
                    ? TestCourses.correctOptions(jdbc, attemptId, q.questionId())
                    : TestCourses.wrongOptions(jdbc, attemptId, q.questionId()).subList(0, 1);
            quiz.saveAnswer(attemptId, q.questionId(), Set.copyOf(options));
        }
    }

    private int count(String sql, long id) {
        return jdbc.sql(sql).param("a", id).query(Integer.class).single();
    }
}
