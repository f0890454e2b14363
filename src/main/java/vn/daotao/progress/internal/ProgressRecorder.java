package vn.daotao.progress.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.daotao.progress.CourseCompleted;
import vn.daotao.quiz.QuizSubmitted;

/**
 * Turns a submitted quiz into module progress and, when it was the last module, into the course's
 * completion record. Runs inside the transaction that recorded the quiz, so a result is never kept
 * without its consequences, nor the other way round.
 */
@Component
class ProgressRecorder {

    private final ProgressQueries queries;
    private final ApplicationEventPublisher events;

    ProgressRecorder(ProgressQueries queries, ApplicationEventPublisher events) {
        this.queries = queries;
        this.events = events;
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
        queries.completeIfAllPassed(quiz.userId(), quiz.assignmentId(), quiz.submittedAt())
                .ifPresent(completionId -> events.publishEvent(new CourseCompleted(
                        completionId,
                        quiz.userId(),
                        quiz.assignmentId(),
                        queries.editionOf(quiz.assignmentId()),
                        quiz.submittedAt())));
    }
}
