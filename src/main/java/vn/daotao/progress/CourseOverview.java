package vn.daotao.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CourseOverview(MyCourseRow course, String description, String commitmentText, List<ModuleRow> modules) {

    public CourseOverview {
        modules = List.copyOf(modules);
    }

    /** Every module passed, but the course waits for the person to confirm the edition's commitment text. */
    public boolean awaitingCommitment() {
        return commitmentText != null
                && !course.status().ended()
                && course.status() != CycleStatus.MOVED
                && modules.stream().allMatch(m -> m.state() == ModuleState.COMPLETED);
    }

    public record ModuleRow(
            long id,
            int position,
            String title,
            String summary,
            ModuleState state,
            java.math.BigDecimal bestScore,
            Instant passedAt) {}

    public LocalDate dueDate() {
        return course.dueDate();
    }
}
