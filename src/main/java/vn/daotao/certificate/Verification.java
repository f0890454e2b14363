package vn.daotao.certificate;

import java.time.Instant;

/** What the public check page may tell anyone holding the code: nothing beyond this. */
public record Verification(
        CertificateStatus status,
        String holderName,
        String courseTitle,
        int editionNo,
        Instant issuedAt,
        Instant revokedAt) {}
