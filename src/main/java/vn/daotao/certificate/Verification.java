package vn.daotao.certificate;

import java.time.Instant;

/** What the public check page may tell anyone holding the code: nothing beyond this. */
public record Verification(
        CertificateStatus status,
        String holderName,
        String courseTitle,
        int editionNo,
        Instant issuedAt,
        Instant revokedAt,
        /* the last day it is valid, null if it never expires */
        java.time.LocalDate validUntil,
        /* the serial that replaced it, for a superseded certificate */
        String replacedBy) {}
