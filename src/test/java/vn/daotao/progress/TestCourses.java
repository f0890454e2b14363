package vn.daotao.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.quiz.OpenedAttempt;
import vn.daotao.quiz.QuizService;
import vn.daotao.quiz.RunningAttempt;

/**
 * Builds a small published course straight in the database for tests: each module has a SINGLE,
 * a MULTIPLE and a TRUE_FALSE question (option 1 of the single, options 1 and 2 of the multiple and
 * "Đúng" of the true/false are correct), and a quiz drawing all three with a 60% pass mark.
 */
public final class TestCourses {

    private TestCourses() {}

    public record Fixture(long courseId, long editionId, List<Long> moduleIds, long assignmentId) {}

    public static Fixture create(
            JdbcClient jdbc,
            int modules,
            Integer maxAttempts,
            Integer timeLimitSeconds,
            String reviewPolicy,
            String assignedUsername) {
        return create(jdbc, modules, maxAttempts, timeLimitSeconds, reviewPolicy, assignedUsername, module -> {});
    }

    /** As above; {@code moreContent} adds to each module while the edition is still a draft. */
    public static Fixture create(
            JdbcClient jdbc,
            int modules,
            Integer maxAttempts,
            Integer timeLimitSeconds,
            String reviewPolicy,
            String assignedUsername,
            LongConsumer moreContent) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long course = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", code)
                .param("t", "Khóa kiểm thử " + code)
                .query(Long.class)
                .single();
        long edition = jdbc.sql("""
                        insert into course_edition (course_id, status, title, description)
                        values (:c, 'DRAFT', :t, 'Mô tả') returning id""")
                .param("c", course)
                .param("t", "Khóa kiểm thử " + code)
                .query(Long.class)
                .single();
        List<Long> moduleIds = new ArrayList<>();
        for (int m = 1; m <= modules; m++) {
            long module = jdbc.sql(
                            "insert into course_module (edition_id, position, title) values (:e, :p, :t) returning id")
                    .param("e", edition)
                    .param("p", m)
                    .param("t", "Học phần " + m)
                    .query(Long.class)
                    .single();
            moduleIds.add(module);
            jdbc.sql(
                            "insert into module_section (module_id, position, title, body_markdown) values (:m, 1, 'Phần 1', 'Nội dung **đậm**')")
                    .param("m", module)
                    .update();
            jdbc.sql("""
                            insert into quiz_settings (module_id, questions_per_attempt, pass_mark_percent, max_attempts,
                                                       time_limit_seconds, review_policy)
                            values (:m, 3, 60, :max, :limit, :policy)""")
                    .param("m", module)
                    .param("max", maxAttempts)
                    .param("limit", timeLimitSeconds)
                    .param("policy", reviewPolicy)
                    .update();
            question(jdbc, module, 1, "SINGLE", new boolean[] {true, false, false});
            question(jdbc, module, 2, "MULTIPLE", new boolean[] {true, true, false});
            question(jdbc, module, 3, "TRUE_FALSE", new boolean[] {true, false});
            moreContent.accept(module);
        }
        publish(jdbc, edition);
        long assignment = jdbc.sql("""
                        insert into assignment (edition_id, user_id, period_start, due_date)
                        values (:e, (select id from app_user where username = :u), current_date - 1, current_date + 30)
                        returning id""")
                .param("e", edition)
                .param("u", assignedUsername)
                .query(Long.class)
                .single();
        return new Fixture(course, edition, moduleIds, assignment);
    }

    /** Publishes a draft edition as the course's next edition number. */
    public static void publish(JdbcClient jdbc, long editionId) {
        jdbc.sql("""
                        update course_edition set status = 'PUBLISHED', published_at = now(),
                               edition_no = (select coalesce(max(edition_no), 0) + 1 from course_edition o
                                              where o.course_id = course_edition.course_id)
                         where id = :e""").param("e", editionId).update();
    }

    private static void question(JdbcClient jdbc, long module, int position, String kind, boolean[] correct) {
        long q = jdbc.sql(
                        "insert into question (module_id, position, kind, text, explanation) values (:m, :p, :k, :t, 'Giải thích') returning id")
                .param("m", module)
                .param("p", position)
                .param("k", kind)
                .param("t", "Câu hỏi " + position)
                .query(Long.class)
                .single();
        for (int i = 0; i < correct.length; i++) {
            jdbc.sql("insert into question_option (question_id, position, text, correct) values (:q, :p, :t, :c)")
                    .param("q", q)
                    .param("p", i + 1)
                    .param("t", kind.equals("TRUE_FALSE") ? (i == 0 ? "Đúng" : "Sai") : "Lựa chọn " + (i + 1))
                    .param("c", correct[i])
                    .update();
        }
    }

    /** The attempt, which must still be running (the test's premise). */
    public static RunningAttempt running(QuizService quiz, long attemptId) {
        OpenedAttempt opened = quiz.open(attemptId);
        assertThat(opened).as("attempt %d is running", attemptId).isInstanceOf(RunningAttempt.class);
        return (RunningAttempt) opened;
    }

    /** Signed in as the assigned person: opens module {@code moduleIndex} and passes its quiz with the key. */
    public static void pass(
            LearnerService learner, QuizService quiz, JdbcClient jdbc, Fixture course, int moduleIndex) {
        long module = course.moduleIds().get(moduleIndex);
        learner.openModule(course.assignmentId(), module);
        long attemptId = learner.startQuiz(course.assignmentId(), module);
        for (RunningAttempt.Question q : running(quiz, attemptId).questions()) {
            quiz.saveAnswer(attemptId, q.questionId(), Set.copyOf(correctOptions(jdbc, attemptId, q.questionId())));
        }
        assertThat(quiz.submit(attemptId).passed()).isTrue();
    }

    public static String title(JdbcClient jdbc, Fixture course) {
        return jdbc.sql("select title from course_edition where id = :e")
                .param("e", course.editionId())
                .query(String.class)
                .single();
    }

    /** The correct option ids of one question of an attempt. */
    public static List<Long> correctOptions(JdbcClient jdbc, long attemptId, long questionId) {
        return jdbc.sql("""
                        select o.id from attempt_question aq join question_option o on o.question_id = aq.question_id
                         where aq.attempt_id = :a and aq.question_id = :q and o.correct order by o.id""")
                .param("a", attemptId)
                .param("q", questionId)
                .query(Long.class)
                .list();
    }

    public static List<Long> wrongOptions(JdbcClient jdbc, long attemptId, long questionId) {
        return jdbc.sql("""
                        select o.id from attempt_question aq join question_option o on o.question_id = aq.question_id
                         where aq.attempt_id = :a and aq.question_id = :q and not o.correct order by o.id""")
                .param("a", attemptId)
                .param("q", questionId)
                .query(Long.class)
                .list();
    }
}
