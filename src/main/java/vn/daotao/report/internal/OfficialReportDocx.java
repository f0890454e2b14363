package vn.daotao.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.daotao.base.pdf.PdfText;
import vn.daotao.certificate.HeaderKind;

/**
 * The official report as an editable DOCX. Apache POI builds everything but the table (page set-up after
 * the decree, Times New Roman, the header block, title, summary, "Nơi nhận" and signature, the page number
 * in the top margin from the second page on) around a marker paragraph; the table then streams in its
 * place row by row while the package is copied, so 100,000 rows never sit in memory as XML objects. The
 * table's first row repeats on every page ({@code w:tblHeader}).
 */
public final class OfficialReportDocx {

    private static final String FONT = "Times New Roman";
    /** A4 and the decree's margins, in twentieths of a point. */
    private static final int PAGE_W = 11906;

    private static final int PAGE_H = 16838;
    private static final int LEFT = 1701;
    private static final int RIGHT = 850;
    private static final int TOP = 1134;
    private static final int BOTTOM = 1134;
    private static final int TEXT_W = PAGE_W - LEFT - RIGHT;
    private static final Pattern PARAGRAPH_START = Pattern.compile("<w:p[ >]");

    private OfficialReportDocx() {}

    public static void write(OutputStream out, OfficialReport report, OfficialReport.Rows rows) {
        try {
            // a marker nobody can type into a field of the form
            String marker = "@@TABLE-" + java.util.UUID.randomUUID() + "@@";
            byte[] skeleton = skeleton(report, marker);
            ZipOutputStream zip = new ZipOutputStream(out);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("word/document.xml")) {
                        document(zip, new String(in.readAllBytes(), StandardCharsets.UTF_8), marker, report, rows);
                    } else {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Official report DOCX failed", e);
        }
    }

    private static void document(
            OutputStream zip, String xml, String markerText, OfficialReport report, OfficialReport.Rows rows)
            throws IOException {
        int marker = xml.indexOf(markerText);
        int start = -1;
        Matcher m = PARAGRAPH_START.matcher(xml);
        while (m.find() && m.start() < marker) {
            start = m.start();
        }
        int end = xml.indexOf("</w:p>", marker) + "</w:p>".length();
        Writer w = new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(new NonClosingOutputStream(zip), StandardCharsets.UTF_8), 1 << 16);
        w.write(xml, 0, start);
        table(w, report, rows);
        w.write(xml, end, xml.length() - end);
        w.flush();
    }

    private static void table(Writer w, OfficialReport report, OfficialReport.Rows rows) throws IOException {
        float[] weights = report.columnWeights();
        float total = 0;
        for (float f : weights) {
            total += f;
        }
        w.write("<w:tbl><w:tblPr><w:tblW w:w=\"" + TEXT_W + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
                + "<w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            w.write("<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        w.write("</w:tblBorders><w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\""
                + " w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (float f : weights) {
            w.write("<w:gridCol w:w=\"" + Math.round(TEXT_W * f / total) + "\"/>");
        }
        w.write("</w:tblGrid>");
        w.write("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
        for (String column : report.columns()) {
            w.write("<w:tc><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/></w:tcPr>"
                    + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"20\"/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">");
            w.write(escape(column));
            w.write("</w:t></w:r></w:p></w:tc>");
        }
        w.write("</w:tr>");
        IOException[] failure = {null};
        rows.each(cells -> {
            if (failure[0] != null) {
                return;
            }
            try {
                w.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                for (int i = 0; i < weights.length; i++) {
                    w.write("<w:tc><w:p><w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t xml:space=\"preserve\">");
                    w.write(escape(i < cells.length ? cells[i] : ""));
                    w.write("</w:t></w:r></w:p></w:tc>");
                }
                w.write("</w:tr>");
            } catch (IOException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        w.write("</w:tbl>");
    }

    /** Everything around the table, built with POI. */
    private static byte[] skeleton(OfficialReport report, String marker) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            fonts.setEastAsia(FONT);
            doc.createStyles().setDefaultFonts(fonts);
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_W));
            size.setH(BigInteger.valueOf(PAGE_H));
            CTPageMar margins = section.addNewPgMar();
            margins.setLeft(BigInteger.valueOf(LEFT));
            margins.setRight(BigInteger.valueOf(RIGHT));
            margins.setTop(BigInteger.valueOf(TOP));
            margins.setBottom(BigInteger.valueOf(BOTTOM));
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));
            section.addNewTitlePg();
            XWPFParagraph pageNumber =
                    doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            pageNumber.setAlignment(ParagraphAlignment.CENTER);
            pageNumber.getCTP().addNewFldSimple().setInstr("PAGE");
            doc.createHeader(HeaderFooterType.FIRST).createParagraph();

            headerBlock(doc, report);
            XWPFParagraph title = centred(doc, report.title(), true, 14);
            title.setSpacingBefore(360);
            XWPFParagraph subject = centred(doc, report.subject(), true, 13);
            subject.setSpacingAfter(240);
            for (String paragraph : report.summary()) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(567);
                p.setSpacingAfter(120);
                run(p, paragraph, false, 13);
            }
            run(doc.createParagraph(), marker, false, 10);
            doc.createParagraph();
            closingBlock(doc, report);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** Two borderless columns across the text width, the left one {@code leftPercent} wide. */
    private static XWPFTableCell[] columns(XWPFDocument doc, int leftPercent) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        table.setWidth(String.valueOf(TEXT_W));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth(String.valueOf(TEXT_W * leftPercent / 100));
        right.setWidth(String.valueOf(TEXT_W * (100 - leftPercent) / 100));
        return new XWPFTableCell[] {left, right};
    }

    private static void headerBlock(XWPFDocument doc, OfficialReport report) {
        XWPFTableCell[] cells = columns(doc, 42);
        XWPFTableCell left = cells[0];
        XWPFTableCell right = cells[1];
        XWPFParagraph first = left.getParagraphs().getFirst();
        boolean governing =
                report.governingBody() != null && !report.governingBody().isBlank();
        if (governing) {
            first.setAlignment(ParagraphAlignment.CENTER);
            run(first, upper(report.governingBody()), false, 12);
        }
        XWPFParagraph issuing = governing ? left.addParagraph() : first;
        issuing.setAlignment(ParagraphAlignment.CENTER);
        run(issuing, upper(report.issuingBody()), true, 12);
        run(centredIn(left.addParagraph()), "————", false, 8);
        run(centredIn(left.addParagraph()), report.number(), false, 13);

        XWPFParagraph r = right.getParagraphs().getFirst();
        r.setAlignment(ParagraphAlignment.CENTER);
        HeaderKind heading = report.heading();
        if (heading.heading() != null) {
            run(r, heading.heading(), true, 12);
            if (heading.motto() != null) {
                XWPFRun motto = run(centredIn(right.addParagraph()), heading.motto(), true, 13);
                motto.setUnderline(UnderlinePatterns.SINGLE);
            }
            r = right.addParagraph();
            r.setAlignment(ParagraphAlignment.CENTER);
            r.setSpacingBefore(120);
        }
        run(r, report.placeAndDate(), false, 13).setItalic(true);
    }

    private static void closingBlock(XWPFDocument doc, OfficialReport report) {
        XWPFTableCell[] cells = columns(doc, 50);
        XWPFTableCell left = cells[0];
        XWPFTableCell right = cells[1];
        XWPFRun label = run(left.getParagraphs().getFirst(), report.recipientsLabel(), true, 12);
        label.setItalic(true);
        List<String> recipients = report.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            run(left.addParagraph(), "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), false, 11);
        }
        XWPFParagraph position = right.getParagraphs().getFirst();
        position.setAlignment(ParagraphAlignment.CENTER);
        run(position, upper(report.signerPosition()), true, 13);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        run(centredIn(right.addParagraph()), report.signerName(), true, 13);
    }

    private static XWPFParagraph centred(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, bold, size);
        return p;
    }

    private static XWPFParagraph centredIn(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun run = p.createRun();
        run.setText(clean(text));
        run.setBold(bold);
        run.setFontSize(size);
        return run;
    }

    private static String upper(String text) {
        return text == null ? "" : PdfText.nfc(text).toUpperCase(Locale.forLanguageTag("vi"));
    }

    /** NFC, without the characters XML 1.0 cannot hold (controls), so one odd name never breaks the file. */
    static String clean(String text) {
        String value = PdfText.nfc(text);
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (Character.isSurrogate(c)) {
                allowed = Character.isHighSurrogate(c)
                                && i + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(i + 1))
                        || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            }
            if (!allowed && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : ' ');
            }
        }
        return out == null ? value : out.toString();
    }

    private static String escape(String text) {
        String value = clean(text == null ? "" : text);
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
