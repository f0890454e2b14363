package vn.daotao.progress;

import java.time.Instant;
import java.time.LocalDate;

/** One assigned course (one cycle) as its learner sees it in the list. */
public record MyCourseRow(
        long assignmentId,
        long editionId,
        String title,
        int editionNo,
        LocalDate periodStart,
        LocalDate dueDate,
        int moduleCount,
        int completedModules,
        CycleStatus status,
        Instant completedAt) {

    public double progress() {
        return moduleCount == 0 ? 0 : (double) completedModules / moduleCount;
    }
}
