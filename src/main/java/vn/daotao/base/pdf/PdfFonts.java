package vn.daotao.base.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Noto Serif (regular and bold) with full Vietnamese coverage. The TTF files are read once; each
 * thread parses them once (PDFBox's TrueTypeFont is not safe to share between threads) and each PDF
 * embeds only the glyphs it uses.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("/fonts/NotoSerif-Regular.ttf");
    private static final byte[] BOLD = read("/fonts/NotoSerif-Bold.ttf");
    private static final ThreadLocal<TrueTypeFont> REGULAR_TTF = ThreadLocal.withInitial(() -> parse(REGULAR));
    private static final ThreadLocal<TrueTypeFont> BOLD_TTF = ThreadLocal.withInitial(() -> parse(BOLD));

    private PdfFonts() {}

    public static PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, REGULAR_TTF.get(), true);
    }

    public static PDType0Font bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, BOLD_TTF.get(), true);
    }

    private static TrueTypeFont parse(byte[] bytes) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            // Vietnamese in NFC needs no glyph substitution; PDFBox's GSUB pass costs most of the render time.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the PDF font", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
