package vn.daotao.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * The new-assignment form: one published edition, any number of units and people, one period, and the days before
 * the due date on which people are reminded (null: {@link #DEFAULT_REMINDER_DAYS}; empty: no reminder before it).
 */
public record AssignmentData(
        long editionId,
        List<UnitTarget> units,
        List<Long> userIds,
        LocalDate periodStart,
        LocalDate dueDate,
        Recurrence recurrence,
        List<Integer> reminderDays) {

    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(7, 1);

    public AssignmentData {
        units = units == null ? List.of() : List.copyOf(units);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        reminderDays = reminderDays == null ? DEFAULT_REMINDER_DAYS : List.copyOf(reminderDays);
    }

    public AssignmentData(
            long editionId,
            List<UnitTarget> units,
            List<Long> userIds,
            LocalDate periodStart,
            LocalDate dueDate,
            Recurrence recurrence) {
        this(editionId, units, userIds, periodStart, dueDate, recurrence, null);
    }

    public record UnitTarget(long unitId, boolean includeSubunits) {}
}
