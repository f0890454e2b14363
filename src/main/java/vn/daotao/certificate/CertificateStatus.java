package vn.daotao.certificate;

public enum CertificateStatus {
    VALID,
    REVOKED,
    EXPIRED
}
