package vn.daotao.notification.internal;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import vn.daotao.notification.NotificationKind;
import vn.daotao.notification.NotificationTexts;

/**
 * A notice as an e-mail, in Vietnamese: the subject is its title; a plain-text part and an HTML part (inline styles,
 * no images or scripts, every value escaped) say the same thing, with the link into the app and, for a digest, the
 * table of overdue people.
 */
final class NotificationEmail {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    record Rendered(String subject, String text, String html) {}

    private NotificationEmail() {}

    static Rendered render(
            I18NProvider i18n, String publicUrl, String fullName, NotificationKind kind, Map<String, Object> p) {
        String title = NotificationTexts.title(i18n, VIETNAMESE, kind, p);
        String body = NotificationTexts.body(i18n, VIETNAMESE, kind, p);
        String link = publicUrl + NotificationTexts.path(kind, p);
        String app = t(i18n, "app.name");
        String greeting = t(i18n, "notification.email.greeting", fullName);
        String open = t(i18n, "notification.open." + kind.name());
        String footer = t(i18n, "notification.email.footer", app);
        List<Map<String, Object>> people = NotificationTexts.people(p);
        long count = p.get("count") instanceof Number n ? n.longValue() : people.size();

        StringBuilder text =
                new StringBuilder().append(greeting).append("\n\n").append(body).append("\n");
        if (!people.isEmpty()) {
            text.append('\n');
            int i = 1;
            for (Map<String, Object> person : people) {
                text.append(i++)
                        .append(". ")
                        .append(person.get("name"))
                        .append(" - ")
                        .append(person.get("unit"))
                        .append(" - ")
                        .append(person.get("course"))
                        .append(" - ")
                        .append(NotificationTexts.date(person.get("due")))
                        .append('\n');
            }
            if (count > people.size()) {
                text.append(t(i18n, "notification.digest.more", count - people.size()))
                        .append('\n');
            }
        }
        text.append('\n')
                .append(open)
                .append(": ")
                .append(link)
                .append("\n\n")
                .append(footer)
                .append('\n');

        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>")
                .append(e(title))
                .append("</title></head><body style=\"margin:0;padding:0;background:#f6f4f1;")
                .append("font-family:'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#1f1f1f;\">")
                .append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"")
                .append(" style=\"background:#f6f4f1;padding:24px 0;\"><tr><td align=\"center\">")
                .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\"")
                .append(" style=\"max-width:600px;width:100%;background:#ffffff;border-radius:8px;overflow:hidden;\">")
                .append("<tr><td style=\"background:#a61b1b;color:#ffffff;padding:16px 24px;font-size:18px;")
                .append("font-weight:600;\">")
                .append(e(app))
                .append("</td></tr><tr><td style=\"padding:24px;font-size:15px;line-height:1.6;\">")
                .append("<h1 style=\"font-size:20px;color:#7f1414;margin:0 0 16px;\">")
                .append(e(title))
                .append("</h1><p style=\"margin:0 0 12px;\">")
                .append(e(greeting))
                .append("</p><p style=\"margin:0 0 16px;\">")
                .append(e(body))
                .append("</p>");
        if (!people.isEmpty()) {
            html.append("<table cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;")
                    .append("font-size:13px;margin:0 0 16px;\"><tr style=\"background:#f3e6e6;text-align:left;\">");
            for (String col : List.of("name", "unit", "course", "due")) {
                html.append("<th style=\"border:1px solid #e0d0d0;\">")
                        .append(e(t(i18n, "notification.digest.col." + col)))
                        .append("</th>");
            }
            html.append("</tr>");
            for (Map<String, Object> person : people) {
                html.append("<tr>");
                for (Object value : new Object[] {
                    person.get("name"),
                    person.get("unit"),
                    person.get("course"),
                    NotificationTexts.date(person.get("due"))
                }) {
                    html.append("<td style=\"border:1px solid #e0d0d0;\">")
                            .append(e(String.valueOf(value)))
                            .append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</table>");
            if (count > people.size()) {
                html.append("<p style=\"margin:0 0 16px;\">")
                        .append(e(t(i18n, "notification.digest.more", count - people.size())))
                        .append("</p>");
            }
        }
        html.append("<p style=\"margin:24px 0;\"><a href=\"")
                .append(e(link))
                .append("\" style=\"background:#a61b1b;color:#ffffff;text-decoration:none;padding:10px 18px;")
                .append("border-radius:6px;font-weight:600;display:inline-block;\">")
                .append(e(open))
                .append("</a></p><p style=\"margin:0;font-size:12px;color:#5c5c5c;\">")
                .append(e(footer))
                .append("</p></td></tr></table></td></tr></table></body></html>");
        return new Rendered(title, text.toString(), html.toString());
    }

    private static String t(I18NProvider i18n, String key, Object... params) {
        return i18n.getTranslation(key, VIETNAMESE, params);
    }

    private static String e(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
