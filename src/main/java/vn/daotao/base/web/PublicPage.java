package vn.daotao.base.web;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages anyone may open without signing in (sign-in, the public certificate check) are plain HTML written by
 * the server: no Vaadin UI and no HTTP session behind them, so a visitor, a scanner or a flood of QR scans costs
 * no server memory. Texts come from the same bundle as the app's, in the language chosen with the switch (the
 * {@code lang} cookie the app's own switch writes).
 */
public final class PublicPage {

    private static final String COOKIE = "lang";

    /** These pages run no script at all: the strictest policy (the app's pages need more for Vaadin). */
    public static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final I18NProvider i18n;
    private final Locale locale;

    public PublicPage(I18NProvider i18n, HttpServletRequest request) {
        this.i18n = i18n;
        this.locale = locale(request);
    }

    /** English only when chosen with the language switch, as in the app. */
    public static Locale locale(HttpServletRequest request) {
        return vn.daotao.base.i18n.LocaleInitializer.chosenLocale(request.getCookies());
    }

    /**
     * {@code ?lang=en} or {@code ?lang=vi} (the switch's link): keeps the choice in the cookie and answers with a
     * redirect to the same page without the parameter; otherwise null.
     */
    public static ResponseEntity<String> switchLanguage(
            String lang, HttpServletRequest request, HttpServletResponse response) {
        if (lang == null) {
            return null;
        }
        Cookie cookie = new Cookie(COOKIE, "en".equals(lang) ? "en" : "vi");
        cookie.setPath("/");
        cookie.setMaxAge(31_536_000);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return ResponseEntity.status(303)
                .header(HttpHeaders.LOCATION, request.getRequestURI())
                .build();
    }

    public String text(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    /** A translated text, escaped for HTML. */
    public String t(String key, Object... params) {
        return escape(text(key, params));
    }

    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The link that flips the language, as the app's switch does. */
    public String languageSwitch() {
        return "<a id=\"language-switch\" class=\"language-switch\" href=\"?lang=" + t("language.other.code")
                + "\" lang=\"" + t("language.other.code") + "\">" + t("language.other") + "</a>";
    }

    /** A whole document: {@code body} is HTML already escaped by the caller. */
    public ResponseEntity<String> respond(int status, String title, String mainClass, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"" + (locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · " + t("app.name") + "</title>"
                + "<link rel=\"icon\" href=\"/images/favicon.svg\" type=\"image/svg+xml\">"
                + "<link rel=\"stylesheet\" href=\"/styles/public.css\"></head>\n<body><main class=\"" + mainClass
                + "\">"
                + body + "</main></body></html>\n";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", POLICY)
                .body(html);
    }
}
