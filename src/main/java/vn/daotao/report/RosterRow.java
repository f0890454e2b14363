package vn.daotao.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import vn.daotao.progress.CycleStatus;

public record RosterRow(
        long userId,
        String fullName,
        String employeeCode,
        String unitName,
        CycleStatus status,
        int modulesDone,
        int moduleCount,
        LocalDate dueDate,
        Instant completedAt,
        BigDecimal score,
        /* every module passed, the completion waits for the person to confirm the course's commitment */
        boolean awaitingCommitment) {}
