package vn.daotao.course;

/** {@code maxAttempts} and {@code timeLimitSeconds} are null when unlimited. */
public record QuizSettings(
        long moduleId,
        int questionsPerAttempt,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        int passMarkPercent,
        Integer maxAttempts,
        Integer timeLimitSeconds,
        ReviewPolicy reviewPolicy) {}
