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
            /* the standing completion record (online, in person or exempt), null if none */
            Long completionId,
            /* the exemption that closed the cycle, null if none */
            Exemption exemption,
            /* completion records an admin withdrew, kept as history */
            List<WithdrawnRecord> withdrawn,
            List<ModuleLine> modules,
            List<AttemptLine> attempts,
            List<CertificateLine> certificates) {
        public Cycle {
            modules = List.copyOf(modules);
            withdrawn = List.copyOf(withdrawn);
            attempts = List.copyOf(attempts);
            certificates = List.copyOf(certificates);
        }
    }

    /** A module of the cycle; {@code session} names the in-person session it was passed by, null if none. */
    public record ModuleLine(
            int position, String title, Instant openedAt, Instant passedAt, BigDecimal bestScore, String session) {}

    public record Exemption(
            String reason, String approvedBy, LocalDate approvedOn, Long evidenceId, String evidenceName) {}

    public record WithdrawnRecord(CycleStatus status, Instant completedAt, Instant withdrawnAt, String reason) {}

    public record AttemptLine(
            String moduleTitle,
            int attemptNo,
            Instant startedAt,
            Instant submittedAt,
            BigDecimal score,
            Boolean passed) {}

    public record CertificateLine(long id, String serial, Instant issuedAt, Instant revokedAt) {}
}
