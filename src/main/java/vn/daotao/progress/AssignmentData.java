package vn.daotao.progress;

import java.time.LocalDate;
import java.util.List;

/** The new-assignment form: one published edition, any number of units and people, one period. */
public record AssignmentData(
        long editionId,
        List<UnitTarget> units,
        List<Long> userIds,
        LocalDate periodStart,
        LocalDate dueDate,
        Recurrence recurrence) {

    public AssignmentData {
        units = units == null ? List.of() : List.copyOf(units);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }

    public record UnitTarget(long unitId, boolean includeSubunits) {}
}
