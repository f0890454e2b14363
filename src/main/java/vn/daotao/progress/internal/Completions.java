package vn.daotao.progress.internal;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.daotao.progress.CourseCompleted;

/**
 * Records a cycle's completion once every module of its edition is passed, and announces it (the
 * certificate follows in the same transaction). A cycle the person left by moving to another unit is not
 * completed: a quiz still open at the move may be submitted, and its pass counts in the new unit's cycle.
 */
@Component
public class Completions {

    private final ProgressQueries queries;
    private final ApplicationEventPublisher events;

    Completions(ProgressQueries queries, ApplicationEventPublisher events) {
        this.queries = queries;
        this.events = events;
    }

    public void completeIfAllPassed(long userId, long assignmentId, Instant at) {
        if (!queries.reachesNow(userId, assignmentId)) {
            return;
        }
        queries.completeIfAllPassed(userId, assignmentId, at)
                .ifPresent(completionId -> events.publishEvent(
                        new CourseCompleted(completionId, userId, assignmentId, queries.editionOf(assignmentId), at)));
    }
}
