package vn.daotao.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import vn.daotao.base.pdf.PdfFonts;
import vn.daotao.base.pdf.PdfText;
import vn.daotao.certificate.CertificateData;
import vn.daotao.certificate.CertificateTemplate;

/**
 * A sample certificate for the admin to look at: the real renderer with made-up holder data, a serial
 * that no certificate can have (number 000000) and a "BẢN MẪU" watermark. Nothing is issued or numbered.
 */
public final class CertificateSample {

    public static final String HOLDER = "Nguyễn Văn Mẫu";
    /** Matches the code format but is never issued (issued codes are random base64url), so the check says "not found". */
    public static final String CODE = "ban-mau-khong-co-gia-tri";

    private CertificateSample() {}

    public static byte[] render(CertificateTemplate template, String verifyUrl, Instant now, LocalDate today) {
        String serial = "%s-%04d-000000".formatted(template.serialPrefix(), today.getYear());
        CertificateData sample = new CertificateData(
                0,
                serial,
                CODE,
                HOLDER,
                "Phòng Hành chính - Tổng hợp",
                "Công tác bảo vệ chính trị nội bộ",
                1,
                today,
                now,
                null,
                null,
                null,
                0,
                null);
        return watermark(CertificateRenderer.render(sample, template, verifyUrl));
    }

    private static byte[] watermark(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            PDFont bold = PdfFonts.bold(doc);
            float w = page.getMediaBox().getWidth();
            float h = page.getMediaBox().getHeight();
            try (PDPageContentStream s =
                    new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
                faint.setNonStrokingAlphaConstant(0.13f);
                s.setGraphicsStateParameters(faint);
                s.setNonStrokingColor(0.55f, 0.08f, 0.08f);
                String text = PdfText.nfc("BẢN MẪU");
                float size = 110;
                float width = PdfText.width(bold, size, text);
                // Centre of the rotated text on the centre of the page (cos 24° ≈ 0.91, sin 24° ≈ 0.41, half the cap
                // height ≈ 38).
                float x = w / 2 - width / 2 * 0.91f + 38 * 0.41f;
                float y = h / 2 - width / 2 * 0.41f - 38 * 0.91f;
                s.beginText();
                s.setFont(bold, size);
                s.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(24), x, y));
                s.showText(text);
                s.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the sample certificate", e);
        }
    }
}
