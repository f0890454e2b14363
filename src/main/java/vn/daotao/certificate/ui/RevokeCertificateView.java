package vn.daotao.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.certificate.CertificateData;
import vn.daotao.certificate.CertificateService;
import vn.daotao.security.Role;

/** /admin/certificates: find a certificate by its serial and revoke it with a reason. */
@Route("admin/certificates")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.revoke", order = 85, icon = "vaadin:diploma-scroll")
class RevokeCertificateView extends Main implements HasDynamicTitle {

    private final CertificateService certificates;
    private final Div result = new Div();

    RevokeCertificateView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("page");
        H2 title = new H2(getTranslation("revoke.title"));
        title.setId("revoke-title");
        TextField serial = new TextField(getTranslation("revoke.serial"));
        serial.setId("revoke-serial");
        serial.setPlaceholder("BVCTNB-2026-000001");
        Button find = new Button(getTranslation("revoke.find"), e -> show(serial.getValue()));
        find.setId("revoke-find");
        Div search = new Div(serial, find);
        search.addClassName("filters");
        result.setId("revoke-result");
        add(title, search, result);
    }

    private void show(String serial) {
        result.removeAll();
        CertificateData c = certificates.findBySerial(serial).orElse(null);
        if (c == null) {
            result.add(new Span(getTranslation("revoke.notFound")));
            return;
        }
        Div card = new Div(
                new Span(c.serial() + " · " + c.holderName() + " · " + c.unitName()),
                new Span(c.courseTitle() + " · " + getTranslation("course.edition", c.editionNo())),
                new Span(getTranslation("certificates.issuedAt", Formats.dateTime(c.issuedAt()))),
                new Span(getTranslation(
                        "certificate.status." + c.statusAt(Instant.now()).name())));
        card.addClassName("card");
        if (c.revokedAt() == null) {
            TextArea reason = new TextArea(getTranslation("revoke.reason"));
            reason.setId("revoke-reason");
            reason.setWidthFull();
            reason.setMaxLength(500);
            TextField again = new TextField(getTranslation("revoke.confirmSerial", c.serial()));
            again.setId("revoke-confirm-serial");
            again.setWidthFull();
            Button reissue = new Button(getTranslation("reissue.button"), e -> {
                try {
                    CertificateData issued = certificates.reissue(c.id(), reason.getValue());
                    Notification.show(
                                    getTranslation("reissue.done", issued.serial()),
                                    6000,
                                    Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    show(c.serial());
                } catch (UserFacingException problem) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation(problem.messageKey()));
                }
            });
            reissue.setId("reissue-button");
            Button revoke = new Button(getTranslation("revoke.button"), e -> {
                try {
                    certificates.revoke(c.id(), reason.getValue(), again.getValue());
                    Notification.show(getTranslation("revoke.done"), 5000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    show(c.serial());
                } catch (UserFacingException problem) {
                    boolean serialWrong = problem.messageKey().equals("certificate.revoke.confirmSerial");
                    var field = serialWrong ? again : reason;
                    reason.setInvalid(false);
                    again.setInvalid(false);
                    field.setInvalid(true);
                    field.setErrorMessage(getTranslation(problem.messageKey()));
                }
            });
            revoke.setId("revoke-button");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            Paragraph help = new Paragraph(getTranslation("reissue.help"));
            help.addClassName("muted");
            card.add(reason, help, reissue, again, revoke);
        } else {
            card.add(new Span(getTranslation("revoke.revokedOn", Formats.dateTime(c.revokedAt()), c.revokeReason())));
            if (c.replacedBy() != null) {
                card.add(new Span(getTranslation("verify.replacedBy") + ": " + c.replacedBy()));
            }
        }
        result.add(card);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.revoke");
    }
}
