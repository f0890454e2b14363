package vn.daotao.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds Vietnamese text for accent- and case-insensitive search: "Nguyễn Văn Đức" becomes "nguyen van duc". */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** Joins the folded parts with a space, skipping empty ones. */
    public static String foldAll(String... parts) {
        StringBuilder folded = new StringBuilder();
        for (String part : parts) {
            String f = fold(part);
            if (!f.isEmpty()) {
                if (!folded.isEmpty()) {
                    folded.append(' ');
                }
                folded.append(f);
            }
        }
        return folded.toString();
    }
}
