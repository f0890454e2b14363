package vn.daotao.certificate;

/**
 * What every certificate prints besides the holder's data. {@code sealImage} is a PNG, or null; the header
 * block (heading, governing body above the issuing body) and the place before the date follow Nghị định
 * 30/2020/NĐ-CP; {@code governingBody} and {@code place} may be null.
 */
public record CertificateTemplate(
        String organisationName,
        String signerName,
        String signerTitle,
        String serialPrefix,
        byte[] sealImage,
        HeaderKind header,
        String governingBody,
        String place) {

    /** The look before official headers: the issuing body alone, no place. */
    public CertificateTemplate(
            String organisationName, String signerName, String signerTitle, String serialPrefix, byte[] sealImage) {
        this(organisationName, signerName, signerTitle, serialPrefix, sealImage, HeaderKind.NONE, null, null);
    }

    public CertificateTemplate {
        header = header == null ? HeaderKind.NONE : header;
    }
}
