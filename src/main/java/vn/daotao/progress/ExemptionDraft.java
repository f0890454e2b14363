package vn.daotao.progress;

import java.time.LocalDate;

/** An exemption of one person's cycle: why, who approved it and when; {@code evidence} is optional. */
public record ExemptionDraft(
        long userId,
        long assignmentId,
        String reason,
        String approvedBy,
        LocalDate approvedOn,
        EvidenceUpload evidence) {}
