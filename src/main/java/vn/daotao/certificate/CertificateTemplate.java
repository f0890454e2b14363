package vn.daotao.certificate;

/** What every certificate prints besides the holder's data. {@code sealImage} is a PNG, or null. */
public record CertificateTemplate(
        String organisationName, String signerName, String signerTitle, String serialPrefix, byte[] sealImage) {}
