package vn.daotao.progress.internal;

import java.time.Instant;
import java.util.Optional;
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

    /** Completes the cycle when every module is passed, unless its edition asks for a written commitment. */
    public void completeIfAllPassed(long userId, long assignmentId, Instant at) {
        complete(userId, assignmentId, at, false);
    }

    /** Completes a cycle whose edition asks for a commitment, as the person confirms it; false if not possible. */
    public boolean completeWithCommitment(long userId, long assignmentId, Instant at) {
        return complete(userId, assignmentId, at, true);
    }

    private boolean complete(long userId, long assignmentId, Instant at, boolean committing) {
        if (!queries.reachesNow(userId, assignmentId)) {
            return false;
        }
        Optional<Long> completion = queries.complete(userId, assignmentId, at, committing);
        completion.ifPresent(completionId -> events.publishEvent(
                new CourseCompleted(completionId, userId, assignmentId, queries.editionOf(assignmentId), at)));
        return completion.isPresent();
    }
}
