package vn.daotao.organisation.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Field rules shared by the forms and the import, matching the database's CHECK constraints. */
public final class Validation {

    public static final Pattern UNIT_CODE = Pattern.compile("^[A-Za-z0-9._-]{1,40}$");
    public static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{3,64}$");
    public static final Pattern EMPLOYEE_CODE = Pattern.compile("^[A-Za-z0-9._/-]{1,40}$");
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;

    private Validation() {}

    /** Trimmed text, or null when there is nothing. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Names keep their letters but lose doubled and odd spaces. */
    public static String cleanName(String value) {
        String v = clean(value);
        return v == null ? null : v.replaceAll("\\s+", " ");
    }

    public static String cleanUsername(String value) {
        String v = clean(value);
        return v == null ? null : v.toLowerCase(Locale.ROOT);
    }
}
