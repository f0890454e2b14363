package vn.daotao.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.daotao.course.QuestionKind;
import vn.daotao.course.ReviewPolicy;

/**
 * A submitted attempt as its review policy allows it to be shown: {@code score} is null under NONE; {@code review}
 * is empty under NONE and SCORE_ONLY, says only which questions were right or wrong under AFTER_PASS before
 * passing, and carries options, right answers and explanations where they may be shown ({@link #answersShown()}).
 */
public record AttemptResult(
        long attemptId,
        long assignmentId,
        long moduleId,
        String moduleTitle,
        int attemptNo,
        Instant submittedAt,
        boolean passed,
        int passMarkPercent,
        BigDecimal score,
        Integer correctCount,
        int questionCount,
        ReviewPolicy policy,
        List<Review> review,
        Integer attemptsLeft)
        implements OpenedAttempt {

    public AttemptResult {
        review = List.copyOf(review);
    }

    /** Whether the review shows the options, the right answers and explanations (not only right or wrong). */
    public boolean answersShown() {
        return policy.showsAnswers(passed);
    }

    public record Review(
            int position,
            QuestionKind kind,
            String text,
            List<ReviewOption> options,
            boolean correct,
            String explanation) {
        public Review {
            options = List.copyOf(options);
        }
    }

    public record ReviewOption(long id, String text, boolean selected, boolean correct) {}
}
