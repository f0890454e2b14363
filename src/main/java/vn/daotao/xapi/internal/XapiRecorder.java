package vn.daotao.xapi.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.daotao.progress.CourseCompleted;
import vn.daotao.quiz.QuizSubmitted;

/**
 * Writes the statements, when the store is configured, in the transaction of what they tell (just before it
 * commits): a module's quiz passed or failed (with the score), a course completed, and a commitment confirmed
 * (a completion that carries the commitment text). Activities are named under the app's public address by course
 * code, edition and module position, so that they stay the same across restarts and nodes.
 */
@Component
class XapiRecorder {

    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String AGREED = "http://activitystrea.ms/schema/1.0/agree";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(XapiRecorder.class);

    private final XapiOutbox outbox;
    private final XapiSettings settings;
    private final String publicUrl;
    private final org.springframework.transaction.support.TransactionTemplate savepoint;

    XapiRecorder(
            XapiOutbox outbox,
            XapiSettings settings,
            org.springframework.transaction.PlatformTransactionManager transactions,
            @Value("${app.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.settings = settings;
        this.savepoint = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_NESTED);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * First among the listeners of a submitted quiz: the last module's "passed" is kept before the "completed" that
     * the progress listener's completion brings in the same transaction (the order the store gets them in).
     */
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void quizSubmitted(QuizSubmitted quiz) {
        if (settings.enabled()) {
            safely("quiz " + quiz.attemptId(), () -> recordQuiz(quiz));
        }
    }

    private void recordQuiz(QuizSubmitted quiz) {
        XapiOutbox.ModuleFacts module = outbox.module(quiz.moduleId());
        Map<String, Object> object =
                activity(moduleId(module), module.moduleTitle(), "http://adlnet.gov/expapi/activities/module");
        Map<String, Object> result = new LinkedHashMap<>();
        BigDecimal percent = quiz.scorePercent();
        result.put(
                "score",
                Map.of(
                        "scaled",
                        percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP),
                        "raw",
                        percent,
                        "min",
                        0,
                        "max",
                        100));
        result.put("success", quiz.passed());
        result.put("completion", quiz.passed());
        Map<String, Object> context = context(courseId(module.courseCode(), module.editionNo()), module.courseTitle());
        outbox.add(
                quiz.userId(),
                "quiz:" + quiz.attemptId(),
                UUID.randomUUID(),
                statement(
                        quiz.userId(),
                        quiz.passed() ? PASSED : FAILED,
                        quiz.passed() ? "passed" : "failed",
                        quiz.passed() ? "đã đạt" : "chưa đạt",
                        object,
                        result,
                        context,
                        quiz.submittedAt()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void courseCompleted(CourseCompleted completed) {
        if (settings.enabled()) {
            safely("completion " + completed.completionId(), () -> recordCompletion(completed));
        }
    }

    /**
     * In a savepoint of the learner's transaction: a statement that cannot be written is logged and left out, and
     * never undoes the quiz or the completion it was about.
     */
    private void safely(String what, Runnable work) {
        try {
            savepoint.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            log.error("xAPI statement for {} not kept", what, e);
        }
    }

    private void recordCompletion(CourseCompleted completed) {
        XapiOutbox.CourseFacts course = outbox.completion(completed.completionId());
        Map<String, Object> object = activity(
                courseId(course.courseCode(), course.editionNo()),
                course.courseTitle(),
                "http://adlnet.gov/expapi/activities/course");
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("platform", "Bồi dưỡng trực tuyến");
        context.put("language", "vi-VN");
        if (course.commitmentText() != null) {
            Map<String, Object> commitment = activity(
                    courseId(course.courseCode(), course.editionNo()) + "/commitment",
                    "Cam kết: " + course.courseTitle(),
                    "http://adlnet.gov/expapi/activities/assessment");
            outbox.add(
                    completed.userId(),
                    "commitment:" + completed.completionId(),
                    UUID.randomUUID(),
                    statement(
                            completed.userId(),
                            AGREED,
                            "agreed",
                            "đã cam kết",
                            commitment,
                            Map.of("response", course.commitmentText()),
                            context,
                            completed.completedAt()));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("completion", true);
        result.put("success", true);
        if (course.score() != null) {
            BigDecimal score = BigDecimal.valueOf(course.score());
            result.put(
                    "score",
                    Map.of(
                            "scaled",
                            score.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP),
                            "raw",
                            score,
                            "min",
                            0,
                            "max",
                            100));
        }
        outbox.add(
                completed.userId(),
                "completion:" + completed.completionId(),
                UUID.randomUUID(),
                statement(
                        completed.userId(),
                        COMPLETED,
                        "completed",
                        "đã hoàn thành",
                        object,
                        result,
                        context,
                        completed.completedAt()));
    }

    private Map<String, Object> statement(
            long userId,
            String verb,
            String verbEnglish,
            String verbVietnamese,
            Map<String, Object> object,
            Map<String, Object> result,
            Map<String, Object> context,
            Instant timestamp) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("actor", actor(outbox.person(userId)));
        statement.put("verb", Map.of("id", verb, "display", Map.of("en-US", verbEnglish, "vi-VN", verbVietnamese)));
        statement.put("object", object);
        statement.put("result", result);
        statement.put("context", context);
        statement.put("timestamp", timestamp.toString());
        return statement;
    }

    private Map<String, Object> actor(XapiOutbox.PersonFacts person) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("objectType", "Agent");
        actor.put("name", person.fullName());
        if (settings.actor() == XapiSettings.Actor.MBOX
                && person.email() != null
                && !person.email().isBlank()) {
            actor.put("mbox", "mailto:" + person.email().strip());
        } else {
            actor.put(
                    "account",
                    Map.of(
                            "homePage",
                            publicUrl,
                            "name",
                            person.employeeCode() != null ? person.employeeCode() : person.username()));
        }
        return actor;
    }

    private Map<String, Object> context(String courseId, String courseTitle) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(
                "contextActivities",
                Map.of(
                        "parent",
                        List.of(activity(courseId, courseTitle, "http://adlnet.gov/expapi/activities/course"))));
        context.put("platform", "Bồi dưỡng trực tuyến");
        context.put("language", "vi-VN");
        return context;
    }

    private static Map<String, Object> activity(String id, String name, String type) {
        return Map.of(
                "objectType", "Activity", "id", id, "definition", Map.of("name", Map.of("vi-VN", name), "type", type));
    }

    private String courseId(String courseCode, int editionNo) {
        return publicUrl + "/xapi/activities/course/" + encode(courseCode) + "/edition/" + editionNo;
    }

    private String moduleId(XapiOutbox.ModuleFacts module) {
        return courseId(module.courseCode(), module.editionNo()) + "/module/" + module.modulePosition();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
