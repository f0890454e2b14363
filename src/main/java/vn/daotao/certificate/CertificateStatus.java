package vn.daotao.certificate;

/** Where a certificate stands, as the public check tells it. */
public enum CertificateStatus {
    VALID,
    /** Valid, but expires within 30 days. */
    EXPIRING,
    EXPIRED,
    REVOKED,
    /** Revoked because a corrected certificate replaced it (re-issue). */
    SUPERSEDED;

    /** Valid now (expiring soon included). */
    public boolean valid() {
        return this == VALID || this == EXPIRING;
    }
}
