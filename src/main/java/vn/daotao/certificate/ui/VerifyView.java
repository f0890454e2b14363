package vn.daotao.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.daotao.base.ui.Formats;
import vn.daotao.certificate.CertificateService;
import vn.daotao.certificate.Verification;

/**
 * /verify/{code}, open to anyone (the QR code on a certificate points here): valid, revoked or
 * expired, with holder, course, edition and issue date, and nothing more.
 */
@Route(value = "verify/:code", autoLayout = false)
@AnonymousAllowed
class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificateService certificates;

    VerifyView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("verify-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Verification v = certificates.verify(code).orElse(null);
        if (v == null) {
            event.rerouteToError(CertificateNotFoundException.class);
            return;
        }
        removeAll();
        boolean valid = v.status().valid();
        var icon = (valid ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CLOSE_CIRCLE).create();
        icon.addClassName("verify-icon");
        H1 status = new H1(getTranslation("verify.status." + v.status().name()));
        status.setId("verify-status");
        Div card = new Div(
                brand(this),
                icon,
                status,
                row("verify.holder", v.holderName(), "verify-holder"),
                row("verify.course", v.courseTitle(), "verify-course"),
                row("verify.edition", String.valueOf(v.editionNo()), "verify-edition"),
                row("verify.issuedAt", Formats.date(v.issuedAt()), "verify-issued"));
        if (v.validUntil() != null) {
            card.add(row("verify.validUntil", Formats.date(v.validUntil()), "verify-valid-until"));
        }
        if (v.revokedAt() != null) {
            card.add(row("verify.revokedAt", Formats.date(v.revokedAt()), "verify-revoked"));
        }
        if (v.replacedBy() != null) {
            card.add(row("verify.replacedBy", v.replacedBy(), "verify-replaced-by"));
        }
        card.addClassNames("verify-card", valid ? "verify-valid" : "verify-invalid");
        card.setId("verify-result");
        add(card);
    }

    static Component brand(Component view) {
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("verify-logo");
        Span name = new Span(view.getTranslation("verify.heading"));
        Div brand = new Div(logo, name);
        brand.addClassName("verify-brand");
        return brand;
    }

    private Component row(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value);
        text.addClassName("field-value");
        text.setId(id);
        Div row = new Div(label, text);
        row.addClassName("field-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.heading") + " · " + getTranslation("app.name");
    }
}
