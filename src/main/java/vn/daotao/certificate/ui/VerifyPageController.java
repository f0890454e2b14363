package vn.daotao.certificate.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.web.PublicPage;
import vn.daotao.certificate.CertificateService;
import vn.daotao.certificate.Verification;

/**
 * /verify/{code}, open to anyone (the QR code on a certificate points here): valid, expiring, expired, revoked
 * or replaced, with holder, course, edition and dates, and nothing more; an unknown or malformed code is a 404
 * with the same look. Plain HTML without a session ({@link PublicPage}): a scan costs no server memory.
 */
@Controller
class VerifyPageController {

    private static final String VALID_ICON =
            "<svg class=\"verify-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><circle cx=\"12\" cy=\"12\" r=\"11\" "
                    + "fill=\"currentColor\"/><path d=\"M6.5 12.5l3.5 3.5 7.5-8\" fill=\"none\" stroke=\"#fff\" "
                    + "stroke-width=\"2.4\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>";
    private static final String INVALID_ICON =
            "<svg class=\"verify-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><circle cx=\"12\" cy=\"12\" r=\"11\" "
                    + "fill=\"currentColor\"/><path d=\"M8 8l8 8M16 8l-8 8\" fill=\"none\" stroke=\"#fff\" "
                    + "stroke-width=\"2.4\" stroke-linecap=\"round\"/></svg>";
    private static final String UNKNOWN_ICON =
            "<svg class=\"verify-icon\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><circle cx=\"12\" cy=\"12\" r=\"10\" "
                    + "fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/><path d=\"M9.2 9.2a2.9 2.9 0 1 1 4 2.7"
                    + "c-.8.4-1.2 1-1.2 1.9v.6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" "
                    + "stroke-linecap=\"round\"/><circle cx=\"12\" cy=\"17.3\" r=\"1.2\" fill=\"currentColor\"/></svg>";

    private final CertificateService certificates;
    private final I18NProvider i18n;

    VerifyPageController(CertificateService certificates, I18NProvider i18n) {
        this.certificates = certificates;
        this.i18n = i18n;
    }

    @GetMapping(value = "/verify/{code}", produces = "text/html")
    ResponseEntity<String> verify(
            @PathVariable String code,
            @RequestParam(required = false) String lang,
            HttpServletRequest request,
            HttpServletResponse response) {
        ResponseEntity<String> switched = PublicPage.switchLanguage(lang, request, response);
        if (switched != null) {
            return switched;
        }
        PublicPage page = new PublicPage(i18n, request);
        Verification v = certificates.verify(code).orElse(null);
        String brand = "<div class=\"verify-brand\"><img class=\"verify-logo\" src=\"/images/logo.svg\" alt=\"\"><span>"
                + page.t("verify.heading") + "</span></div>";
        if (v == null) {
            String body = "<div id=\"verify-result\" class=\"verify-card verify-notfound\">" + brand + UNKNOWN_ICON
                    + "<h1 id=\"verify-status\">" + page.t("verify.notFound.title") + "</h1><p>"
                    + page.t("verify.notFound.message") + "</p>" + page.languageSwitch() + "</div>";
            return page.respond(404, page.text("verify.notFound.title"), "verify-page", body);
        }
        boolean valid = v.status().valid();
        StringBuilder card = new StringBuilder()
                .append("<div id=\"verify-result\" class=\"verify-card ")
                .append(valid ? "verify-valid" : "verify-invalid")
                .append("\">")
                .append(brand)
                .append(valid ? VALID_ICON : INVALID_ICON)
                .append("<h1 id=\"verify-status\">")
                .append(page.t("verify.status." + v.status().name()))
                .append("</h1>");
        row(card, page, "verify.holder", v.holderName(), "verify-holder");
        row(card, page, "verify.course", v.courseTitle(), "verify-course");
        row(card, page, "verify.edition", String.valueOf(v.editionNo()), "verify-edition");
        row(card, page, "verify.issuedAt", Formats.date(v.issuedAt()), "verify-issued");
        if (v.validUntil() != null) {
            row(card, page, "verify.validUntil", Formats.date(v.validUntil()), "verify-valid-until");
        }
        if (v.revokedAt() != null) {
            row(card, page, "verify.revokedAt", Formats.date(v.revokedAt()), "verify-revoked");
        }
        if (v.replacedBy() != null) {
            row(card, page, "verify.replacedBy", v.replacedBy(), "verify-replaced-by");
        }
        card.append(page.languageSwitch()).append("</div>");
        return page.respond(200, page.text("verify.heading"), "verify-page", card.toString());
    }

    private static void row(StringBuilder card, PublicPage page, String labelKey, String value, String id) {
        card.append("<div class=\"field-row\"><span class=\"field-label\">")
                .append(page.t(labelKey))
                .append("</span><span class=\"field-value\" id=\"")
                .append(id)
                .append("\">")
                .append(PublicPage.escape(value))
                .append("</span></div>");
    }
}
