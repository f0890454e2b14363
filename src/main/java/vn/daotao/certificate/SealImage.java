package vn.daotao.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.daotao.base.UserFacingException;

/**
 * A seal or signature image that passed the checks: a real PNG (by its signature and by decoding it, never
 * by the file name), at most {@link #MAX_BYTES}, between {@link #MIN_SIDE} and {@link #MAX_SIDE} pixels a
 * side. The stored bytes are the decoded pixels written again as PNG, so nothing but the picture is kept.
 */
public record SealImage(byte[] png, int width, int height, String sha256) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MIN_SIDE = 32;
    public static final int MAX_SIDE = 2000;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Checks an uploaded file; refusals carry the message key the admin reads. */
    public static SealImage of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UserFacingException("settings.seal.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException("settings.seal.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length < PNG_SIGNATURE.length
                || !Arrays.equals(Arrays.copyOf(content, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
            throw new UserFacingException("settings.seal.notPng");
        }
        BufferedImage image = decode(content);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UserFacingException("settings.seal.notPng");
        }
        byte[] png = out.toByteArray();
        return new SealImage(png, image.getWidth(), image.getHeight(), sha256(png));
    }

    /** Reads the size from the header first, so a huge picture is refused before its pixels are decoded. */
    private static BufferedImage decode(byte[] content) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No PNG reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
                throw new UserFacingException("settings.seal.badSize", MIN_SIDE, MAX_SIDE, width, height);
            }
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException refusal) {
                throw refusal;
            }
            throw new UserFacingException("settings.seal.notPng");
        } finally {
            reader.dispose();
        }
    }

    public static String sha256(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
