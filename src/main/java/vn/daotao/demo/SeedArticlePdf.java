package vn.daotao.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.daotao.base.pdf.PdfFonts;
import vn.daotao.base.pdf.PdfText;

/** The seed article, word for word, as a PDF handout attached to the first module. */
final class SeedArticlePdf {

    private static final float MARGIN = 64;

    private SeedArticlePdf() {}

    static byte[] render(String article) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> paragraphs =
                    article.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream s = new PDPageContentStream(doc, page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            boolean first = true;
            for (String paragraph : paragraphs) {
                PDFont font = first ? bold : regular;
                float size = first ? 16 : 11.5f;
                float leading = size * 1.45f;
                for (String line : PdfText.wrap(font, size, width, paragraph)) {
                    if (y < MARGIN) {
                        s.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        s = new PDPageContentStream(doc, page);
                        y = PDRectangle.A4.getHeight() - MARGIN;
                    }
                    PdfText.at(s, font, size, MARGIN, y, line);
                    y -= leading;
                }
                y -= first ? 10 : 6;
                first = false;
            }
            s.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
