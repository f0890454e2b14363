package vn.daotao.certificate;

/**
 * The certificate settings form: organisation, signer, serial prefix and the seal wanted from now on
 * ({@code sealImage} null means no seal).
 */
public record CertificateSettingsData(
        String organisationName, String signerName, String signerTitle, String serialPrefix, byte[] sealImage) {}
