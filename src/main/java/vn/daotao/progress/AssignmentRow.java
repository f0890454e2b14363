package vn.daotao.progress;

import java.time.LocalDate;

/**
 * One assignment (one cycle) as admins list it. Exactly one target: a unit ({@code unitId}, with or without
 * its sub-units) or a person ({@code userId}). {@code reach} counts the enabled people it reaches today.
 */
public record AssignmentRow(
        long id,
        long editionId,
        String courseTitle,
        int editionNo,
        Long unitId,
        String unitName,
        boolean includeSubunits,
        Long userId,
        String personName,
        String employeeCode,
        LocalDate periodStart,
        LocalDate dueDate,
        Recurrence recurrence,
        Long previousId,
        long reach) {}
