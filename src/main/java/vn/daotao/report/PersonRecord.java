package vn.daotao.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.daotao.progress.CycleStatus;

/** Everything recorded about one person's training, as their unit head or an admin sees it. */
public record PersonRecord(
        long userId,
        String fullName,
        String employeeCode,
        String email,
        String unitName,
        List<Membership> memberships,
        List<Cycle> cycles) {

    public PersonRecord {
        memberships = List.copyOf(memberships);
        cycles = List.copyOf(cycles);
    }

    /** One period in one unit, newest first; {@code until} is null for the current one. */
    public record Membership(String unitName, boolean unitHead, Instant from, Instant until) {}

    public record Cycle(
            long assignmentId,
            String courseTitle,
            int editionNo,
            LocalDate periodStart,
            LocalDate dueDate,
            CycleStatus status,
            Instant completedAt,
            BigDecimal averageScore,
            /* every module passed, the course waits for the person to confirm its commitment */
            boolean awaitingCommitment,
            List<ModuleLine> modules,
            List<AttemptLine> attempts,
            List<CertificateLine> certificates) {
        public Cycle {
            modules = List.copyOf(modules);
            attempts = List.copyOf(attempts);
            certificates = List.copyOf(certificates);
        }
    }

    public record ModuleLine(int position, String title, Instant openedAt, Instant passedAt, BigDecimal bestScore) {}

    public record AttemptLine(
            String moduleTitle,
            int attemptNo,
            Instant startedAt,
            Instant submittedAt,
            BigDecimal score,
            Boolean passed) {}

    public record CertificateLine(long id, String serial, Instant issuedAt, Instant revokedAt) {}
}
