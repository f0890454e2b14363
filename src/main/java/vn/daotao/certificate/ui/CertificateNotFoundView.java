package vn.daotao.certificate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** The public check for a code that matches no certificate: a plain "not found", HTTP 404. */
@AnonymousAllowed
class CertificateNotFoundView extends Main implements HasErrorParameter<CertificateNotFoundException> {

    CertificateNotFoundView() {
        addClassName("verify-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CertificateNotFoundException> parameter) {
        var icon = VaadinIcon.QUESTION_CIRCLE_O.create();
        icon.addClassName("verify-icon");
        H1 title = new H1(getTranslation("verify.notFound.title"));
        title.setId("verify-status");
        Div card =
                new Div(VerifyView.brand(this), icon, title, new Paragraph(getTranslation("verify.notFound.message")));
        card.addClassNames("verify-card", "verify-notfound");
        card.setId("verify-result");
        add(card);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
