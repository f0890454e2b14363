package vn.daotao.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.daotao.base.pdf.PdfFonts;
import vn.daotao.base.pdf.PdfText;
import vn.daotao.report.RosterRow;

/**
 * The printable report: title, filters, figures, both charts, then the people as a table. The table
 * stops at {@link #MAX_ROWS} rows with a note pointing to the Excel export, which has them all.
 */
public final class RosterPdf {

    public static final int MAX_ROWS = 2000;
    private static final float MARGIN = 40;
    private static final float[] WIDTHS = {150, 60, 120, 75, 45, 65};

    private RosterPdf() {}

    public record Content(
            String title,
            List<String> headerLines,
            List<String[]> figures,
            byte[] cumulativeChart,
            byte[] subUnitChart,
            List<String> columns,
            String truncatedNote,
            java.util.function.Function<RosterRow, String[]> cells) {}

    public static void write(OutputStream out, Content content, Consumer<Consumer<RosterRow>> rows) {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            Writer w = new Writer(doc, regular, bold);
            w.text(bold, 17, content.title());
            for (String line : content.headerLines()) {
                w.text(regular, 10.5f, line);
            }
            w.gap(8);
            for (String[] figure : content.figures()) {
                w.pair(figure[0], figure[1]);
            }
            w.gap(8);
            w.image(content.cumulativeChart());
            w.image(content.subUnitChart());
            w.newPage();
            w.row(bold, 9, content.columns().toArray(String[]::new));
            int[] count = {0};
            boolean[] truncated = {false};
            rows.accept(row -> {
                if (count[0] >= MAX_ROWS) {
                    truncated[0] = true;
                    return;
                }
                count[0]++;
                w.row(regular, 8.5f, content.cells().apply(row));
            });
            if (truncated[0]) {
                w.gap(6);
                w.text(bold, 9.5f, content.truncatedNote());
            }
            w.close();
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF report failed", e);
        }
    }

    /** Keeps a cursor down the page and starts new pages as needed. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream s;
        private float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void newPage() {
            try {
                if (s != null) {
                    s.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                s = new PDPageContentStream(doc, page);
                y = PDRectangle.A4.getHeight() - MARGIN;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void ensure(float height) {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float h) {
            y -= h;
        }

        void text(PDFont font, float size, String text) {
            try {
                for (String line : PdfText.wrap(font, size, PDRectangle.A4.getWidth() - 2 * MARGIN, text)) {
                    ensure(size * 1.5f);
                    y -= size * 1.5f;
                    PdfText.at(s, font, size, MARGIN, y, line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void pair(String label, String value) {
            try {
                ensure(16);
                y -= 16;
                PdfText.at(s, regular, 10.5f, MARGIN, y, label);
                PdfText.at(s, bold, 10.5f, MARGIN + 170, y, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void image(byte[] png) {
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "chart.png");
                float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
                float height = width * image.getHeight() / image.getWidth();
                ensure(height + 10);
                y -= height + 10;
                s.drawImage(image, MARGIN, y, width, height);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void row(PDFont font, float size, String[] cells) {
            try {
                ensure(size * 1.6f);
                y -= size * 1.6f;
                float x = MARGIN;
                for (int i = 0; i < cells.length && i < WIDTHS.length; i++) {
                    PdfText.at(s, font, size, x, y, fit(font, size, cells[i], WIDTHS[i] - 4));
                    x += WIDTHS[i];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String fit(PDFont font, float size, String text, float width) throws IOException {
            String value = text == null ? "" : PdfText.nfc(text);
            if (PdfText.width(font, size, value) <= width) {
                return value;
            }
            while (value.length() > 1 && PdfText.width(font, size, value + "…") > width) {
                value = value.substring(0, value.length() - 1);
            }
            return value + "…";
        }

        void close() throws IOException {
            s.close();
        }
    }
}
