package vn.daotao.certificate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Seal-like pictures for tests: a red ring on a transparent background, as PNG or JPEG. */
public final class TestImages {

    private TestImages() {}

    public static byte[] png(int width, int height) {
        return write(draw(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height) {
        return write(draw(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    private static BufferedImage draw(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (type == BufferedImage.TYPE_INT_RGB) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(200, 20, 20, 220));
        int stroke = Math.max(2, Math.min(width, height) / 14);
        g.setStroke(new BasicStroke(stroke));
        g.drawOval(stroke, stroke, width - 2 * stroke, height - 2 * stroke);
        g.drawOval(stroke * 3, stroke * 3, width - 6 * stroke, height - 6 * stroke);
        g.fillOval(width / 2 - stroke * 2, height / 2 - stroke * 2, stroke * 4, stroke * 4);
        g.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
