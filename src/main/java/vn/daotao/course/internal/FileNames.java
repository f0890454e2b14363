package vn.daotao.course.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes an uploaded file's name safe to store and to offer for download: no folders, no control or
 * reserved characters, one space between words, Vietnamese letters kept, and the extension of the
 * type the content really is.
 */
public final class FileNames {

    public static final int MAX_BASE_LENGTH = 120;
    private static final Pattern RESERVED = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EXTENSION = Pattern.compile("\\.[\\p{Alnum}]{1,5}$");
    private static final Set<String> WINDOWS_DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final String FALLBACK = "tệp";

    private FileNames() {}

    /** {@code original} as a safe name ending in {@code .extension}. */
    public static String sanitise(String original, String extension) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED) {
                kept.append(' ');
            } else {
                kept.appendCodePoint(cp);
            }
        });
        String base = RESERVED.matcher(kept).replaceAll(" ");
        base = SPACES.matcher(base).replaceAll(" ").strip();
        base = EXTENSION.matcher(base).replaceFirst("");
        base = stripDots(base);
        if (base.codePointCount(0, base.length()) > MAX_BASE_LENGTH) {
            base = stripDots(base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH)));
        }
        if (base.isEmpty()) {
            base = FALLBACK;
        }
        if (WINDOWS_DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            base = FALLBACK + " " + base;
        }
        return base + "." + extension;
    }

    private static String stripDots(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }
}
