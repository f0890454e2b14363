package vn.daotao.base.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The certificate font for charts too, so Vietnamese renders without depending on the machine's fonts. */
public final class ChartFonts {

    private static final Font REGULAR = load("/fonts/NotoSerif-Regular.ttf");
    private static final Font BOLD = load("/fonts/NotoSerif-Bold.ttf");

    private ChartFonts() {}

    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Bad font " + resource, e);
        }
    }
}
