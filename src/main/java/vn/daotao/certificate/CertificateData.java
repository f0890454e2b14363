package vn.daotao.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** The facts printed on one certificate, as they were when it was issued. */
public record CertificateData(
        long id,
        String serial,
        String verificationCode,
        String holderName,
        String unitName,
        String courseTitle,
        int editionNo,
        LocalDate completedOn,
        Instant issuedAt,
        Instant expiresAt,
        Instant revokedAt,
        String revokeReason,
        long userId) {

    public CertificateStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }
}
