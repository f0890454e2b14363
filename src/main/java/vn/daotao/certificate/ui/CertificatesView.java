package vn.daotao.certificate.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.certificate.CertificateService;
import vn.daotao.certificate.MyCertificateRow;

/** /certificates: every certificate of the signed-in person, old cycles included, with downloads. */
@Route("certificates")
@PermitAll
@Menu(title = "nav.certificates", order = 2, icon = "vaadin:diploma")
class CertificatesView extends Main implements HasDynamicTitle {

    CertificatesView(CertificateService certificates) {
        addClassName("page");
        H2 title = new H2(getTranslation("certificates.title"));
        title.setId("certificates-title");
        add(title);
        List<MyCertificateRow> mine = certificates.myCertificates();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("certificates.none"));
            none.setId("certificates-empty");
            add(none);
            return;
        }
        Div list = new Div();
        list.setId("certificate-list");
        list.addClassName("card-grid");
        mine.forEach(c -> list.add(card(c)));
        add(list);
    }

    private Component card(MyCertificateRow c) {
        Div card = new Div();
        card.addClassNames("card", "certificate-card");
        card.setId("certificate-" + c.serial());
        var icon = VaadinIcon.DIPLOMA.create();
        icon.addClassName("certificate-icon");
        Div head = new Div(icon, new H3(c.courseTitle()));
        head.addClassName("card-head");
        Badge status = new Badge(
                getTranslation("certificate.status." + c.status().name()),
                c.status().valid() ? "success" : "error");
        Span serial = new Span(getTranslation("certificates.serial", c.serial()));
        serial.setId("certificate-serial-" + c.serial());
        card.add(
                head,
                status,
                serial,
                new Span(getTranslation("course.edition", c.editionNo())),
                new Span(getTranslation("certificates.completedOn", Formats.date(c.completedOn()))),
                new Span(getTranslation("certificates.issuedAt", Formats.dateTime(c.issuedAt()))));
        Anchor download = new Anchor("files/certificates/" + c.id(), getTranslation("certificates.download"));
        download.setId("cert-download-" + c.serial());
        download.setRouterIgnore(true);
        download.addClassName("button-link");
        card.add(download);
        return card;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.certificates");
    }
}
