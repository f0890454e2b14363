package vn.daotao.progress.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.daotao.quiz.QuizSubmitted;

/**
 * Turns a submitted quiz into module progress and, when it was the last module, into the course's
 * completion record. Runs inside the transaction that recorded the quiz, so a result is never kept
 * without its consequences, nor the other way round.
 */
@Component
class ProgressRecorder {

    private final ProgressQueries queries;
    private final Completions completions;

    ProgressRecorder(ProgressQueries queries, Completions completions) {
        this.queries = queries;
        this.completions = completions;
    }

    @EventListener
    void on(QuizSubmitted quiz) {
        queries.recordScore(
                quiz.userId(),
                quiz.assignmentId(),
                quiz.moduleId(),
                quiz.scorePercent(),
                quiz.submittedAt(),
                quiz.passed());
        if (!quiz.passed()) {
            return;
        }
        completions.completeIfAllPassed(quiz.userId(), quiz.assignmentId(), quiz.submittedAt());
    }
}
