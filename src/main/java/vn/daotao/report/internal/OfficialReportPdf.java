package vn.daotao.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.daotao.base.pdf.PdfFonts;
import vn.daotao.base.pdf.PdfText;
import vn.daotao.certificate.HeaderKind;

/**
 * The official report as an A4 PDF. Margins as the decree sets them (left 30 mm, right 15 mm, top and
 * bottom 20 mm); page numbers centred in the top margin from the second page on; the table's header row
 * repeated at the top of every page it runs onto. Page contents go to a temporary file as they are written
 * (PDFBox's temp-file stream cache), so 100,000 rows need no more heap than a hundred.
 */
public final class OfficialReportPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 85;
    private static final float RIGHT = 43;
    private static final float TOP = 57;
    private static final float BOTTOM = 57;
    private static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;
    private static final float CELL_SIZE = 8;
    private static final float CELL_LINE = 10;
    private static final float PAD = 3;
    private static final int MAX_CELL_LINES = 3;

    private OfficialReportPdf() {}

    public static void write(OutputStream out, OfficialReport report, OfficialReport.Rows rows) {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Layout layout = new Layout(doc, report);
            layout.header();
            layout.table(rows);
            layout.closing();
            layout.finish();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Official report PDF failed", e);
        }
    }

    private static final class Layout {
        private final PDDocument doc;
        private final OfficialReport report;
        private final PDFont regular;
        private final PDFont bold;
        private final float[] widths;
        private PDPageContentStream s;
        private float y;

        Layout(PDDocument doc, OfficialReport report) throws IOException {
            this.doc = doc;
            this.report = report;
            this.regular = PdfFonts.regular(doc);
            this.bold = PdfFonts.bold(doc);
            float total = 0;
            for (float w : report.columnWeights()) {
                total += w;
            }
            widths = new float[report.columnWeights().length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = WIDTH * report.columnWeights()[i] / total;
            }
            newPage();
        }

        private void newPage() throws IOException {
            if (s != null) {
                s.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            s = new PDPageContentStream(doc, page);
            s.setLineWidth(0.5f);
            y = PAGE.getHeight() - TOP;
            int number = doc.getNumberOfPages();
            if (number > 1) {
                PdfText.centred(s, regular, 11, LEFT + WIDTH / 2, PAGE.getHeight() - 35, String.valueOf(number));
            }
        }

        void header() throws IOException {
            float top = y;
            float lx = LEFT + 105;
            float rx = LEFT + WIDTH - 125;
            float ly = top - 11;
            if (report.governingBody() != null && !report.governingBody().isBlank()) {
                for (String line : PdfText.wrap(regular, 11, 215, upper(report.governingBody()))) {
                    PdfText.centred(s, regular, 11, lx, ly, line);
                    ly -= 14;
                }
            }
            for (String line : PdfText.wrap(bold, 11, 215, upper(report.issuingBody()))) {
                PdfText.centred(s, bold, 11, lx, ly, line);
                ly -= 14;
            }
            rule(lx, ly + 10, 40);
            ly -= 8;
            for (String line : PdfText.wrap(regular, 11, 215, report.number())) {
                PdfText.centred(s, regular, 11, lx, ly, line);
                ly -= 14;
            }
            ly += 14;
            float ry = top - 11;
            HeaderKind heading = report.heading();
            if (heading.heading() != null) {
                PdfText.centred(s, bold, 10.5f, rx, ry, heading.heading());
                ry -= 15;
                if (heading.motto() != null) {
                    PdfText.centred(s, bold, 11.5f, rx, ry, heading.motto());
                    rule(rx, ry - 4, PdfText.width(bold, 11.5f, heading.motto()) / 2);
                    ry -= 15;
                } else {
                    rule(rx, ry + 11, PdfText.width(bold, 10.5f, heading.heading()) / 2);
                }
                ry -= 10;
            }
            PdfText.oblique(
                    s,
                    regular,
                    11,
                    rx - PdfText.width(regular, 11, report.placeAndDate()) / 2,
                    ry,
                    report.placeAndDate());
            y = Math.min(ly, ry) - 28;
            centred(bold, 14, report.title());
            y -= 2;
            for (String line : PdfText.wrap(bold, 12, WIDTH - 40, report.subject())) {
                centred(bold, 12, line);
            }
            rule(LEFT + WIDTH / 2, y - 8, 50);
            y -= 22;
            for (String paragraph : report.summary()) {
                paragraph(paragraph);
            }
            y -= 6;
        }

        void table(OfficialReport.Rows rows) throws IOException {
            String[] columns = report.columns().toArray(String[]::new);
            headerRow(columns);
            IOException[] failure = {null};
            rows.each(cells -> {
                if (failure[0] == null) {
                    try {
                        row(cells);
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
        }

        private void headerRow(String[] columns) throws IOException {
            List<List<String>> lines = wrapCells(bold, columns);
            float height = height(lines);
            if (y - height < BOTTOM) {
                newPage();
            }
            s.setNonStrokingColor(0.9f);
            s.addRect(LEFT, y - height, WIDTH, height);
            s.fill();
            s.setNonStrokingColor(0f);
            drawCells(bold, lines, height, true);
        }

        private void row(String[] cells) throws IOException {
            List<List<String>> lines = wrapCells(regular, cells);
            float height = height(lines);
            if (y - height < BOTTOM) {
                newPage();
                headerRow(report.columns().toArray(String[]::new));
            }
            drawCells(regular, lines, height, false);
        }

        private void drawCells(PDFont font, List<List<String>> lines, float height, boolean centred)
                throws IOException {
            float x = LEFT;
            for (int i = 0; i < widths.length; i++) {
                float ty = y - PAD - CELL_SIZE + 1;
                for (String line : lines.get(i)) {
                    if (centred) {
                        PdfText.centred(s, font, CELL_SIZE, x + widths[i] / 2, ty, line);
                    } else {
                        PdfText.at(s, font, CELL_SIZE, x + PAD, ty, line);
                    }
                    ty -= CELL_LINE;
                }
                x += widths[i];
            }
            // the row's frame: top, bottom and the lines between columns
            s.moveTo(LEFT, y);
            s.lineTo(LEFT + WIDTH, y);
            s.moveTo(LEFT, y - height);
            s.lineTo(LEFT + WIDTH, y - height);
            x = LEFT;
            for (int i = 0; i <= widths.length; i++) {
                s.moveTo(x, y);
                s.lineTo(x, y - height);
                if (i < widths.length) {
                    x += widths[i];
                }
            }
            s.stroke();
            y -= height;
        }

        private List<List<String>> wrapCells(PDFont font, String[] cells) throws IOException {
            List<List<String>> all = new ArrayList<>(widths.length);
            for (int i = 0; i < widths.length; i++) {
                String text = i < cells.length && cells[i] != null ? cells[i] : "";
                all.add(fitLines(font, text, widths[i] - 2 * PAD));
            }
            return all;
        }

        private static List<String> fitLines(PDFont font, String text, float width) throws IOException {
            if (text.isEmpty() || PdfText.width(font, CELL_SIZE, text) <= width) {
                return List.of(text);
            }
            List<String> lines = new ArrayList<>();
            for (String line : PdfText.wrap(font, CELL_SIZE, width, text)) {
                String rest = line;
                // a word wider than the column (a serial number) breaks before a hyphen, else anywhere: a
                // hyphen at a line's end would be taken for a word break when the text is copied
                while (PdfText.width(font, CELL_SIZE, rest) > width) {
                    int end = rest.length() - 1;
                    while (end > 1 && PdfText.width(font, CELL_SIZE, rest.substring(0, end)) > width) {
                        end--;
                    }
                    int hyphen = rest.lastIndexOf('-', end - 1);
                    int split = hyphen > 0 ? hyphen : end;
                    lines.add(rest.substring(0, split));
                    rest = rest.substring(split);
                }
                lines.add(rest);
            }
            if (lines.size() > MAX_CELL_LINES) {
                List<String> kept = new ArrayList<>(lines.subList(0, MAX_CELL_LINES));
                kept.set(MAX_CELL_LINES - 1, cut(font, kept.get(MAX_CELL_LINES - 1) + "…", width));
                return kept;
            }
            return lines;
        }

        private static String cut(PDFont font, String text, float width) throws IOException {
            String value = text;
            while (value.length() > 1 && PdfText.width(font, CELL_SIZE, value + "…") > width) {
                value = value.substring(0, value.length() - 1);
            }
            return value.endsWith("…") ? value : value + "…";
        }

        private static float height(List<List<String>> lines) {
            int most = 1;
            for (List<String> cell : lines) {
                most = Math.max(most, cell.size());
            }
            return most * CELL_LINE + 2 * PAD;
        }

        void closing() throws IOException {
            // both columns wrapped first, so that the block's real height decides whether it needs a new page
            List<String> left = new ArrayList<>();
            List<String> recipients = report.recipients();
            for (int i = 0; i < recipients.size(); i++) {
                String end = i == recipients.size() - 1 ? "." : ";";
                left.addAll(PdfText.wrap(regular, 9.5f, 200, "- " + recipients.get(i) + end));
            }
            List<String> position = PdfText.wrap(bold, 11, 230, upper(report.signerPosition()));
            List<String> signer = PdfText.wrap(bold, 11, 230, report.signerName());
            float leftHeight = 12 + 11 * left.size();
            float rightHeight = 14 * position.size() + 64 + 14 * signer.size();
            y -= 20;
            if (y - Math.max(leftHeight, rightHeight) < BOTTOM) {
                newPage();
            }
            float top = y;
            float ly = top - 10;
            PdfText.oblique(s, bold, 10, LEFT, ly, report.recipientsLabel());
            for (String line : left) {
                ly -= 11;
                if (ly < BOTTOM) { // more recipients than a page holds: the list goes on overleaf
                    newPage();
                    ly = y - 11;
                }
                PdfText.at(s, regular, 9.5f, LEFT, ly, line);
            }
            float rx = LEFT + WIDTH - 120;
            float ry = top - 11;
            for (String line : position) {
                PdfText.centred(s, bold, 11, rx, ry, line);
                ry -= 14;
            }
            ry -= 64;
            for (String line : signer) {
                PdfText.centred(s, bold, 11, rx, ry, line);
                ry -= 14;
            }
            y = Math.min(ly, ry) - 10;
        }

        void finish() throws IOException {
            s.close();
        }

        private void centred(PDFont font, float size, String text) throws IOException {
            y -= size * 1.4f;
            PdfText.centred(s, font, size, LEFT + WIDTH / 2, y, text);
        }

        private void paragraph(String text) throws IOException {
            float size = 11.5f;
            float indent = 28;
            List<String> lines = PdfText.wrap(regular, size, WIDTH - indent, text);
            for (int i = 0; i < lines.size(); i++) {
                if (y - size * 1.5f < BOTTOM) {
                    newPage();
                }
                y -= size * 1.5f;
                PdfText.at(s, regular, size, LEFT + (i == 0 ? indent : 0), y, lines.get(i));
            }
            y -= 3;
        }

        private void rule(float centreX, float atY, float half) throws IOException {
            s.moveTo(centreX - half, atY);
            s.lineTo(centreX + half, atY);
            s.stroke();
        }

        private static String upper(String text) {
            return text == null ? "" : PdfText.nfc(text).toUpperCase(Locale.forLanguageTag("vi"));
        }
    }
}
