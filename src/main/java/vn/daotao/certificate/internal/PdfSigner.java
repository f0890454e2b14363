package vn.daotao.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B (B-T with a time-stamping authority): an incremental update with a signature dictionary of sub-filter
 * {@code ETSI.CAdES.detached} whose CMS signed attributes are the content type, the message digest and the
 * ESS signing-certificate-v2 (the signer's certificate hash), and no signing-time attribute (the signing
 * time is the dictionary's {@code /M}). The byte range covers the whole file except the signature value.
 */
public final class PdfSigner {

    /** The organisation's key and certificate chain (signer first), with what the signature shows. */
    public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, String signerName, boolean demo) {

        public SigningKey {
            chain = List.copyOf(chain);
        }

        public X509Certificate certificate() {
            return chain.getFirst();
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PdfSigner.class);

    private PdfSigner() {}

    /** The signed data with a time-stamp token over its signature value, or unchanged if none could be had. */
    private static CMSSignedData timestamped(CMSSignedData signed, TimestampClient tsa) {
        SignerInformation signer =
                signed.getSignerInfos().getSigners().iterator().next();
        try {
            byte[] token = tsa.stamp(signer.getSignature()).getEncoded();
            AttributeTable unsigned = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token))));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
        } catch (IOException e) {
            log.warn(
                    "No time-stamp from {} ({}): the certificate is signed without one", tsa.address(), e.getMessage());
            return signed;
        }
    }

    public static byte[] sign(byte[] pdf, SigningKey key, Instant at, String reason, String location) {
        return sign(pdf, key, at, reason, location, null);
    }

    /**
     * As {@link #sign(byte[], SigningKey, Instant, String, String)}, and with a time-stamping authority PAdES
     * baseline B-T: the signature value gets a time-stamp token as an unsigned attribute. If the authority
     * cannot be reached or answers wrongly, the PDF is signed B-B all the same (and the failure logged): a
     * certificate is never refused because a third party is down.
     */
    public static byte[] sign(
            byte[] pdf, SigningKey key, Instant at, String reason, String location, TimestampClient tsa) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.signerName());
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize((tsa == null ? 10 : 24) * 1024);
                doc.addSignature(signature, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40 * 1024);
                ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
                external.setSignature(cms(external.getContent(), key, tsa));
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }

    /** The detached CMS signature over the bytes of the signed range. */
    static byte[] cms(InputStream content, SigningKey key, TimestampClient tsa) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            X509Certificate certificate = key.certificate();
            String algorithm = key.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key.privateKey());
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            AttributeTable essSigningCertificate = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(certificateHash)))));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(essSigningCertificate);
            CMSAttributeTableGenerator withoutSigningTime =
                    parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
                            new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(signer, certificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
            return (tsa == null ? signed : timestamped(signed, tsa)).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("CMS signature failed", e);
        }
    }
}
