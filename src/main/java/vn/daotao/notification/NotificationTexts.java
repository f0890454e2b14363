package vn.daotao.notification;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.daotao.base.ui.Formats;

/**
 * A notice's title, text and link, the same in the app and in the e-mail, from the i18n bundle
 * ({@code notification.<KIND>.title}, {@code .body}): the course title, the due date as dd/MM/yyyy, the days left, the
 * certificate's serial, the number of overdue people.
 */
public final class NotificationTexts {

    private NotificationTexts() {}

    public static String title(I18NProvider i18n, Locale locale, NotificationKind kind, Map<String, Object> p) {
        return i18n.getTranslation("notification." + kind.name() + ".title", locale, args(kind, p));
    }

    public static String body(I18NProvider i18n, Locale locale, NotificationKind kind, Map<String, Object> p) {
        String key = "notification." + kind.name() + ".body";
        if (kind == NotificationKind.DUE_SOON && number(p, "days") == 0) {
            key = "notification.DUE_SOON.bodyToday";
        }
        return i18n.getTranslation(key, locale, args(kind, p));
    }

    /** Where the notice leads, within the app (no host). */
    public static String path(NotificationKind kind, Map<String, Object> p) {
        return switch (kind) {
            case ASSIGNED, DUE_SOON, OVERDUE -> "/courses/" + number(p, "assignment");
            case DIGEST -> "/unit";
            case CERTIFICATE_ISSUED -> "/files/certificates/" + number(p, "certificate");
        };
    }

    /** The overdue people of a digest (name, unit, course, due date), at most the first 50. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> people(Map<String, Object> p) {
        Object people = p.get("people");
        return people instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    public static String date(Object isoDate) {
        return isoDate == null ? "" : Formats.date(LocalDate.parse(isoDate.toString()));
    }

    private static Object[] args(NotificationKind kind, Map<String, Object> p) {
        return switch (kind) {
            case ASSIGNED, OVERDUE -> new Object[] {p.get("course"), date(p.get("due"))};
            case DUE_SOON -> new Object[] {p.get("course"), date(p.get("due")), number(p, "days")};
            case DIGEST -> new Object[] {number(p, "count"), date(p.get("asOf"))};
            case CERTIFICATE_ISSUED -> new Object[] {p.get("course"), p.get("serial")};
        };
    }

    private static long number(Map<String, Object> p, String key) {
        Object value = p.get(key);
        return value instanceof Number n ? n.longValue() : value == null ? 0 : Long.parseLong(value.toString());
    }
}
