package vn.daotao.certificate;

/**
 * The certificate settings form: organisation, signer, serial prefix and the seal wanted from now on
 * ({@code sealImage} null means no seal).
 */
public record CertificateSettingsData(
        String organisationName,
        String signerName,
        String signerTitle,
        String serialPrefix,
        byte[] sealImage,
        HeaderKind header,
        String governingBody,
        String place) {

    /** The form without the header block (kept as it is saved). */
    public CertificateSettingsData(
            String organisationName, String signerName, String signerTitle, String serialPrefix, byte[] sealImage) {
        this(organisationName, signerName, signerTitle, serialPrefix, sealImage, null, null, null);
    }
}
