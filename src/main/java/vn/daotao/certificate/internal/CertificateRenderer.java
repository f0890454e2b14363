package vn.daotao.certificate.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.pdf.PdfFonts;
import vn.daotao.base.pdf.PdfText;
import vn.daotao.certificate.CertificateData;
import vn.daotao.certificate.CertificateTemplate;
import vn.daotao.certificate.HeaderKind;

/** Draws the certificate: one A4 landscape page, Noto Serif subset, vector QR code to the public check page. */
public final class CertificateRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float[] RED = {0.55f, 0.08f, 0.08f};
    private static final float[] GOLD = {0.78f, 0.6f, 0.2f};
    private static final float[] INK = {0.12f, 0.12f, 0.14f};
    private static final float[] GREY = {0.35f, 0.35f, 0.38f};

    private CertificateRenderer() {}

    public static byte[] render(CertificateData c, CertificateTemplate t, String verifyUrl) {
        return render(c, t, verifyUrl, null);
    }

    /**
     * As above; {@code signatureLine} (who signs it digitally, and when) is printed under the signer's name as
     * the visible part of the PDF signature that follows, null when it is not signed.
     */
    public static byte[] render(CertificateData c, CertificateTemplate t, String verifyUrl, String signatureLine) {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4Landscape);
            doc.addPage(page);
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            float w = a4Landscape.getWidth();
            float h = a4Landscape.getHeight();
            float cx = w / 2;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                frame(s, w, h);

                if (t.header() == HeaderKind.NONE) {
                    colour(s, RED);
                    PdfText.centred(s, bold, 15, cx, h - 78, upper(t.organisationName()));
                    colour(s, GOLD);
                    s.setLineWidth(1.2f);
                    s.moveTo(cx - 60, h - 90);
                    s.lineTo(cx + 60, h - 90);
                    s.stroke();
                } else {
                    headerBlock(s, regular, bold, t, w, h);
                }

                colour(s, RED);
                PdfText.centred(s, bold, 36, cx, h - 145, "GIẤY CHỨNG NHẬN");
                colour(s, GREY);
                PdfText.centred(s, regular, 14, cx, h - 172, "Hoàn thành chương trình bồi dưỡng");

                colour(s, INK);
                PdfText.centred(s, regular, 13, cx, h - 212, "Chứng nhận ông/bà");
                colour(s, RED);
                PdfText.centred(s, bold, 28, cx, h - 248, c.holderName());
                colour(s, INK);
                PdfText.centred(s, regular, 13, cx, h - 274, "Đơn vị: " + c.unitName());
                PdfText.centred(s, regular, 13, cx, h - 306, "đã hoàn thành khóa học");

                float y = h - 336;
                for (String line : PdfText.wrap(bold, 19, w - 220, c.courseTitle())) {
                    PdfText.centred(s, bold, 19, cx, y, line);
                    y -= 24;
                }
                colour(s, GREY);
                PdfText.centred(
                        s,
                        regular,
                        12.5f,
                        cx,
                        y - 2,
                        "Phiên bản " + c.editionNo() + "  ·  Ngày hoàn thành: " + DATE.format(c.completedOn())
                                + (c.validUntil() == null ? "" : "  ·  Có giá trị đến " + DATE.format(c.validUntil())));

                // Bottom left: QR code and serial; bottom right: signer.
                QrCode.draw(s, verifyUrl, 70, 62, 86);
                colour(s, INK);
                PdfText.at(s, bold, 11, 168, 132, "Số hiệu: " + c.serial());
                colour(s, GREY);
                PdfText.at(s, regular, 9.5f, 168, 114, "Quét mã QR hoặc mở địa chỉ dưới đây để kiểm tra:");
                PdfText.at(s, regular, 8.5f, 168, 100, verifyUrl);

                float sx = w - 210;
                colour(s, GREY);
                LocalDate issued = LocalDate.ofInstant(c.issuedAt(), TimeConfiguration.ZONE);
                PdfText.centred(
                        s,
                        regular,
                        11.5f,
                        sx,
                        168,
                        (t.place() == null ? "Ngày" : t.place() + ", ngày")
                                + " %d tháng %d năm %d"
                                        .formatted(issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear()));
                colour(s, INK);
                PdfText.centred(s, bold, 12.5f, sx, 150, upper(t.signerTitle()));
                if (t.sealImage() != null && t.sealImage().length > 0) {
                    PDImageXObject seal = PDImageXObject.createFromByteArray(doc, t.sealImage(), "seal.png");
                    float sh = 62;
                    float sw = sh * seal.getWidth() / seal.getHeight();
                    s.drawImage(seal, sx - sw / 2, 80, sw, sh);
                }
                PdfText.centred(s, bold, 14, sx, 66, t.signerName());
                if (signatureLine != null) {
                    colour(s, GREY);
                    float ly = 54;
                    for (String line : signatureLine.split("\n")) {
                        for (String part : PdfText.wrap(regular, 8, 250, line)) {
                            PdfText.centred(s, regular, 8, sx, ly, part);
                            ly -= 10;
                        }
                    }
                }
                if (c.revokedAt() != null) {
                    revokedMark(s, bold, regular, c, w, h);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(PdfText.nfc("Giấy chứng nhận " + c.serial()));
            info.setSubject(PdfText.nfc(c.courseTitle()));
            info.setAuthor(PdfText.nfc(t.organisationName()));
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.setTimeInMillis(c.issuedAt().toEpochMilli());
            info.setCreationDate(created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render certificate " + c.serial(), e);
        }
    }

    /**
     * Across the page, in red at half opacity: "ĐÃ THU HỒI" and the date (and the serial that replaced it),
     * so a printed or forwarded copy of a revoked certificate cannot pass for a valid one.
     */
    private static void revokedMark(
            PDPageContentStream s, PDFont bold, PDFont regular, CertificateData c, float w, float h)
            throws IOException {
        org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState half =
                new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
        half.setNonStrokingAlphaConstant(0.5f);
        half.setStrokingAlphaConstant(0.5f);
        s.saveGraphicsState();
        s.setGraphicsStateParameters(half);
        s.transform(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(18), w / 2, h / 2));
        s.setNonStrokingColor(0.8f, 0.05f, 0.05f);
        PdfText.centred(s, bold, 84, 0, -28, "ĐÃ THU HỒI");
        s.restoreGraphicsState();
        s.setNonStrokingColor(0.8f, 0.05f, 0.05f);
        PdfText.at(
                s,
                bold,
                10,
                168,
                84,
                "ĐÃ THU HỒI ngày " + DATE.format(LocalDate.ofInstant(c.revokedAt(), TimeConfiguration.ZONE)));
        if (c.replacedBy() != null) {
            PdfText.at(s, bold, 10, 168, 72, "Thay bằng số hiệu " + c.replacedBy());
        }
    }

    /**
     * Nghị định 30/2020/NĐ-CP: on the left the governing body above the issuing body (capitals, the issuing
     * body bold, a short rule under it); on the right the national heading with its motto underlined, or the
     * Party heading underlined.
     */
    private static void headerBlock(
            PDPageContentStream s, PDFont regular, PDFont bold, CertificateTemplate t, float w, float h)
            throws IOException {
        float lx = w * 0.27f;
        float rx = w * 0.71f;
        float y = h - 62;
        colour(s, INK);
        if (t.governingBody() != null) {
            for (String line : PdfText.wrap(regular, 11, w * 0.40f, upper(t.governingBody()))) {
                PdfText.centred(s, regular, 11, lx, y, line);
                y -= 14;
            }
        }
        colour(s, RED);
        for (String line : PdfText.wrap(bold, 11.5f, w * 0.40f, upper(t.organisationName()))) {
            PdfText.centred(s, bold, 11.5f, lx, y, line);
            y -= 14;
        }
        colour(s, INK);
        s.setLineWidth(0.8f);
        s.moveTo(lx - 35, y + 8);
        s.lineTo(lx + 35, y + 8);
        s.stroke();
        if (t.header() == HeaderKind.NATIONAL) {
            PdfText.centred(s, bold, 11.5f, rx, h - 62, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            String motto = "Độc lập - Tự do - Hạnh phúc";
            PdfText.centred(s, bold, 12.5f, rx, h - 77, motto);
            float half = PdfText.width(bold, 12.5f, motto) / 2;
            s.moveTo(rx - half, h - 81);
            s.lineTo(rx + half, h - 81);
            s.stroke();
        } else {
            String party = "ĐẢNG CỘNG SẢN VIỆT NAM";
            PdfText.centred(s, bold, 13, rx, h - 68, party);
            float half = PdfText.width(bold, 13, party) / 2;
            s.moveTo(rx - half, h - 72);
            s.lineTo(rx + half, h - 72);
            s.stroke();
        }
    }

    private static void frame(PDPageContentStream s, float w, float h) throws IOException {
        colour(s, RED);
        s.setStrokingColor(RED[0], RED[1], RED[2]);
        s.setLineWidth(5);
        s.addRect(24, 24, w - 48, h - 48);
        s.stroke();
        s.setStrokingColor(GOLD[0], GOLD[1], GOLD[2]);
        s.setLineWidth(1.2f);
        s.addRect(34, 34, w - 68, h - 68);
        s.stroke();
        // Small gold corner ornaments.
        for (float[] corner : List.of(
                new float[] {34, 34}, new float[] {w - 34, 34}, new float[] {34, h - 34}, new float[] {w - 34, h - 34
                })) {
            s.setNonStrokingColor(GOLD[0], GOLD[1], GOLD[2]);
            s.addRect(corner[0] - 5, corner[1] - 5, 10, 10);
            s.fill();
        }
    }

    private static void colour(PDPageContentStream s, float[] rgb) throws IOException {
        s.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
