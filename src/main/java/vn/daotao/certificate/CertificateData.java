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
        long userId,
        /* the serial of the certificate that replaced this one (re-issue), null if none */
        String replacedBy) {

    /** How long before expiry the check says it is expiring. */
    public static final java.time.Duration EXPIRING_WITHIN = java.time.Duration.ofDays(30);

    public CertificateStatus statusAt(Instant now) {
        if (revokedAt != null) {
            return replacedBy != null ? CertificateStatus.SUPERSEDED : CertificateStatus.REVOKED;
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return CertificateStatus.EXPIRED;
        }
        if (expiresAt != null && now.plus(EXPIRING_WITHIN).isAfter(expiresAt)) {
            return CertificateStatus.EXPIRING;
        }
        return CertificateStatus.VALID;
    }

    /** The last day the certificate is valid (it expires at the start of the next day), null if it never expires. */
    public LocalDate validUntil() {
        return expiresAt == null
                ? null
                : LocalDate.ofInstant(expiresAt, vn.daotao.base.TimeConfiguration.ZONE)
                        .minusDays(1);
    }
}
