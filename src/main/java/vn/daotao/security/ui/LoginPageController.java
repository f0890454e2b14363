package vn.daotao.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daotao.base.web.PublicPage;

/**
 * /login: a plain form that posts to Spring Security's sign-in. Served without a session (PublicPage), so that
 * opening it costs nothing until someone actually signs in. {@code ?error} (wrong name or password),
 * {@code ?error=locked} and {@code ?error=empty} come from {@link LoginFailures}.
 */
@Controller
class LoginPageController {

    private final I18NProvider i18n;
    private final boolean sso;

    LoginPageController(I18NProvider i18n, vn.daotao.security.SsoProperties sso) {
        this.i18n = i18n;
        this.sso = sso.enabled();
    }

    @GetMapping(value = "/login", produces = "text/html")
    ResponseEntity<String> login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response) {
        ResponseEntity<String> switched = PublicPage.switchLanguage(lang, request, response);
        if (switched != null) {
            return switched;
        }
        PublicPage page = new PublicPage(i18n, request);
        StringBuilder body = new StringBuilder()
                .append("<div class=\"login-card\"><div class=\"login-brand\">")
                .append("<img class=\"login-emblem\" src=\"/images/logo.svg\" alt=\"\">")
                .append("<h1 id=\"login-title\">")
                .append(page.t("app.name"))
                .append("</h1><p class=\"login-subtitle\">")
                .append(page.t("login.subtitle"))
                .append("</p></div>")
                .append("<form id=\"login-form\" method=\"post\" action=\"login\" novalidate>")
                .append("<h2>")
                .append(page.t("login.title"))
                .append("</h2>");
        if (error != null) {
            String key = switch (error) {
                case "locked" -> "login.error.locked";
                case "empty" -> "login.error.empty";
                case "directory" -> "login.error.directory";
                case "sso" -> "login.error.sso";
                case "sso-unknown" -> "login.error.ssoUnknown";
                default -> "login.error.bad";
            };
            body.append("<div id=\"login-error\" class=\"login-error\" role=\"alert\"><strong>")
                    .append(page.t(key + ".title"))
                    .append("</strong><p>")
                    .append(page.t(key + ".message"))
                    .append("</p></div>");
        }
        body.append("<label for=\"username\">")
                .append(page.t("login.username"))
                .append("</label><input id=\"username\" name=\"username\" autocomplete=\"username\" maxlength=\"64\"")
                .append(" autocapitalize=\"none\" spellcheck=\"false\" autofocus")
                .append(error == null ? "" : " aria-describedby=\"login-error\"")
                .append("><label for=\"password\">")
                .append(page.t("login.password"))
                .append(
                        "</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\">")
                .append("<button id=\"login-submit\" type=\"submit\">")
                .append(page.t("login.submit"))
                .append("</button></form>");
        if (sso) {
            // the organisation's own sign-in (SsoLogin); a plain link, so the page stays script-free
            body.append("<div class=\"login-or\">")
                    .append(page.t("login.sso.or"))
                    .append("</div><a id=\"login-sso\" class=\"login-sso\" href=\"oauth2/authorization/sso\">")
                    .append(page.t("login.sso.button"))
                    .append("</a>");
        }
        body.append("<p class=\"login-help\">")
                .append(page.t("login.help"))
                .append("</p>")
                .append(page.languageSwitch())
                .append("</div>");
        return page.respond(200, page.text("login.title"), "login-view", body.toString());
    }
}
