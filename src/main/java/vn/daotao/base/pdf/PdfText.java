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
        return font.getStringWidth(printable(font, text)) / 1000f * size;
    }

    /**
     * The text in NFC with every character the font has no glyph for replaced by "?", so that one odd
     * character (a full-width sign in a name, an emoji) never fails a whole document.
     */
    public static String printable(PDFont font, String text) {
        String value = nfc(text);
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!hasGlyph(font, cp)) {
                if (out == null) {
                    out = new StringBuilder(value.length()).append(value, 0, i);
                }
                out.append('?');
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? value : out.toString();
    }

    private static final java.util.Map<String, java.util.Map<Integer, Boolean>> GLYPHS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean hasGlyph(PDFont font, int cp) {
        if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp < 0x180) || (cp >= 0x1ea0 && cp <= 0x1ef9)) {
            return true; // Latin and Vietnamese: every font we embed has them
        }
        if (Character.isISOControl(cp)) {
            return false;
        }
        return GLYPHS.computeIfAbsent(font.getName(), k -> new java.util.concurrent.ConcurrentHashMap<>())
                .computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
    }

    public static void at(PDPageContentStream page, PDFont font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(printable(font, text));
        page.endText();
    }

    /**
     * Slanted text (a 12° shear of the upright face): the italic the decree asks for, e.g. "Nơi nhận:" and
     * the place and date, with only the upright Noto Serif faces bundled.
     */
    public static void oblique(PDPageContentStream page, PDFont font, float size, float x, float y, String text)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.setTextMatrix(new org.apache.pdfbox.util.Matrix(1, 0, 0.21f, 1, x, y));
        page.showText(printable(font, text));
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
