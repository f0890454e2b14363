package vn.daotao.base.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writing text on a PDF page: NFC-normalised (so diacritics map to the font's glyphs), centred, wrapped. */
public final class PdfText {

    private PdfText() {}

    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(nfc(text)) / 1000f * size;
    }

    public static void at(PDPageContentStream page, PDFont font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(nfc(text));
        page.endText();
    }

    public static void centred(PDPageContentStream page, PDFont font, float size, float centreX, float y, String text)
            throws IOException {
        at(page, font, size, centreX - width(font, size, text) / 2, y, text);
    }

    /** Splits text into lines no wider than {@code maxWidth}, breaking at spaces. */
    public static List<String> wrap(PDFont font, float size, float maxWidth, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : nfc(text).split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
