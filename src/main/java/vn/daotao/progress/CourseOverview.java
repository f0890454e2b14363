package vn.daotao.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CourseOverview(MyCourseRow course, String description, List<ModuleRow> modules) {

    public CourseOverview {
        modules = List.copyOf(modules);
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
