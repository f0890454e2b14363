package vn.daotao.course;

import java.util.ArrayList;
import java.util.List;

/** What makes quiz settings valid. Problems and warnings are i18n keys. */
public final class QuizSettingsRules {

    public static final int MAX_QUESTIONS_PER_ATTEMPT = 200;
    public static final int MAX_ATTEMPTS = 100;
    public static final int MIN_TIME_LIMIT_SECONDS = 60;
    public static final int MAX_TIME_LIMIT_SECONDS = 24 * 60 * 60;

    private QuizSettingsRules() {}

    public static List<String> problems(QuizSettings s) {
        List<String> problems = new ArrayList<>();
        if (s.questionsPerAttempt() < 1 || s.questionsPerAttempt() > MAX_QUESTIONS_PER_ATTEMPT) {
            problems.add("quiz.error.questions");
        }
        if (s.passMarkPercent() < 0 || s.passMarkPercent() > 100) {
            problems.add("quiz.error.passMark");
        }
        if (s.maxAttempts() != null && (s.maxAttempts() < 1 || s.maxAttempts() > MAX_ATTEMPTS)) {
            problems.add("quiz.error.attempts");
        }
        if (s.timeLimitSeconds() != null
                && (s.timeLimitSeconds() < MIN_TIME_LIMIT_SECONDS || s.timeLimitSeconds() > MAX_TIME_LIMIT_SECONDS)) {
            problems.add("quiz.error.timeLimit");
        }
        if (s.reviewPolicy() == null) {
            problems.add("quiz.error.reviewPolicy");
        }
        return problems;
    }

    /**
     * A quiz that draws more questions than the module has active ones cannot be taken: a warning while a
     * draft is edited, a refusal when it is published.
     */
    public static boolean tooFewQuestions(int questionsPerAttempt, int activeQuestions) {
        return questionsPerAttempt > activeQuestions;
    }

    public static QuizSettings defaults(long moduleId) {
        return new QuizSettings(moduleId, 5, true, true, 80, null, null, ReviewPolicy.AFTER_PASS);
    }
}
