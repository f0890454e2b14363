package vn.daotao.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.daotao.certificate.CertificateData;
import vn.daotao.certificate.CertificateTemplate;

/**
 * A certificate PDF signed as PAdES B-B validates with BouncyCastle (whole file covered, signer matches) and
 * with poppler's {@code pdfsig}; one byte changed after signing is detected by both.
 */
class PdfSignerTest {

    private static PdfSigner.SigningKey key;

    @TempDir
    Path dir;

    @BeforeAll
    static void key() {
        char[] password = "mat-khau-thu".toCharArray();
        byte[] p12 = SigningKeys.selfSignedPkcs12(
                "Ban Quản lý (thử nghiệm)", "Tổ chức thử nghiệm", Duration.ofDays(365), password);
        key = SigningKeys.fromPkcs12(p12, password, true).orElseThrow();
    }

    @Test
    void aSignedCertificateValidatesAndCoversTheWholeFile() throws Exception {
        byte[] signed = PdfSigner.sign(certificate(), key, Instant.now(), "Cấp giấy chứng nhận", "Hà Nội");
        try (var doc = Loader.loadPDF(signed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3])
                    .as("covers up to the end of the file")
                    .isEqualTo(signed.length);
            byte[] contents = signature.getContents(signed);
            CMSSignedData cms = cms(signature.getSignedContent(signed), contents);
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder)
                    cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            assertThat(holder.getEncoded()).isEqualTo(key.certificate().getEncoded());
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder)))
                    .isTrue();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                    .as("PAdES B-B names the signing certificate")
                    .isNotNull();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.pkcs_9_at_signingTime))
                    .as("and keeps the signing time out of the CMS")
                    .isNull();
        }
        assertThat(pdfsig(signed)).contains("Signature is Valid");
    }

    @Test
    void withATimestampAuthorityTheSignatureCarriesItsTokenAndWithoutOneItIsStillSigned() throws Exception {
        try (TestTimestampAuthority tsa = new TestTimestampAuthority()) {
            TimestampClient client = new TimestampClient(tsa.address());
            byte[] signed = PdfSigner.sign(certificate(), key, Instant.now(), "Cấp giấy chứng nhận", "Hà Nội", client);
            SignerInformation signer = signer(signed);
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key.certificate())))
                    .isTrue();
            var attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            assertThat(attribute).as("PAdES B-T: a signature time-stamp").isNotNull();
            var token = new org.bouncycastle.tsp.TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
            assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                    .as("over the signature value")
                    .isEqualTo(
                            java.security.MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
            assertThat(token.getTimeStampInfo().getGenTime().toInstant())
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
            String pdfsig = pdfsig(signed);
            assertThat(pdfsig).contains("Signature is Valid");
            Path saved = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "pdfsig-timestamped.txt");
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, pdfsig);

            tsa.refuse(true);
            int before = tsa.answered();
            byte[] unstamped =
                    PdfSigner.sign(certificate(), key, Instant.now(), "Cấp giấy chứng nhận", "Hà Nội", client);
            assertThat(signer(unstamped).getUnsignedAttributes())
                    .as("the authority is down: signed B-B all the same")
                    .isNull();
            assertThat(tsa.answered()).isEqualTo(before);
            assertThat(pdfsig(unstamped)).contains("Signature is Valid");

            tsa.refuse(false);
            int asked = tsa.asked();
            byte[] next = PdfSigner.sign(certificate(), key, Instant.now(), "Cấp giấy chứng nhận", "Hà Nội", client);
            assertThat(tsa.asked())
                    .as("after a failure the authority is left alone for a while (a ZIP must not wait each time)")
                    .isEqualTo(asked);
            assertThat(signer(next).getUnsignedAttributes()).isNull();
        }
    }

    private static SignerInformation signer(byte[] signed) throws Exception {
        try (var doc = Loader.loadPDF(signed)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            CMSSignedData cms = cms(signature.getSignedContent(signed), signature.getContents(signed));
            return cms.getSignerInfos().getSigners().iterator().next();
        }
    }

    @Test
    void aByteChangedAfterSigningIsDetected() throws Exception {
        byte[] signed = PdfSigner.sign(certificate(), key, Instant.now(), "Cấp giấy chứng nhận", "Hà Nội");
        byte[] tampered = signed.clone();
        int[] range;
        try (var doc = Loader.loadPDF(signed)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        }
        int at = indexOf(signed, "stream".getBytes(StandardCharsets.US_ASCII)) + 20;
        assertThat(at).isBetween(20, range[1]);
        tampered[at] = (byte) (tampered[at] ^ 0x01); // one bit of a compressed stream: still read, not the signed bytes
        try (var doc = Loader.loadPDF(tampered)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            CMSSignedData cms = cms(signature.getSignedContent(tampered), signature.getContents(tampered));
            SignerInformation signer =
                    cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder)
                    cms.getCertificates().getMatches(signer.getSID()).iterator().next();
            boolean valid;
            try {
                valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException mismatch) {
                valid = false;
            }
            assertThat(valid).isFalse();
        }
        assertThat(pdfsig(tampered)).doesNotContain("Signature is Valid").containsIgnoringCase("mismatch");
    }

    /** The CMS object at the start of /Contents (the rest is zero padding). */
    private static CMSSignedData cms(byte[] signedContent, byte[] contents) throws Exception {
        try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return new CMSSignedData(
                    new CMSProcessableByteArray(signedContent),
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject()));
        }
    }

    private String pdfsig(byte[] pdf) throws Exception {
        Path file = dir.resolve("signed-" + System.nanoTime() + ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] certificate() {
        CertificateData c = new CertificateData(
                1,
                "BVCTNB-2026-000001",
                "x".repeat(22),
                "Nguyễn Thị Thanh Hương",
                "Phòng Kế hoạch - Tài chính",
                "Công tác bảo vệ chính trị nội bộ",
                1,
                LocalDate.of(2026, 11, 30),
                Instant.parse("2026-11-30T03:00:00Z"),
                null,
                null,
                null,
                1,
                null);
        return CertificateRenderer.render(
                c,
                new CertificateTemplate("Tổ chức thử nghiệm", "Nguyễn Văn Ký", "Trưởng ban", "BVCTNB", null),
                "https://daotao.example.vn/verify/abc");
    }
}
