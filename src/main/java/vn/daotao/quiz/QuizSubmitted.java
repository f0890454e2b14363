package vn.daotao.quiz;

import java.math.BigDecimal;
import java.time.Instant;

/** Published inside the transaction that records the result, so what follows from it commits with it. */
public record QuizSubmitted(
        long attemptId,
        long userId,
        long assignmentId,
        long moduleId,
        BigDecimal scorePercent,
        boolean passed,
        Instant submittedAt) {}
