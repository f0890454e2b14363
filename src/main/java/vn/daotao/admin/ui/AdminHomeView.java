package vn.daotao.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.audit.AuditFilter;
import vn.daotao.audit.AuditQuery;
import vn.daotao.audit.AuditRow;
import vn.daotao.base.ui.Stat;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.OrganisationFigures;
import vn.daotao.organisation.OrganisationService;
import vn.daotao.security.Role;

/** The admin's overview: the size of the organisation and the latest audit events. */
@Route("admin")
@Menu(title = "nav.admin", order = 80, icon = "vaadin:cog")
@RolesAllowed(Role.ADMIN_NAME)
class AdminHomeView extends Main implements HasDynamicTitle {

    private static final java.util.List<String> AREAS = java.util.List.of(
            "courses", "assignments", "people", "units", "certificate-settings", "certificates", "audit", "records");

    AdminHomeView(
            OrganisationService organisation,
            AuditQuery auditQuery,
            vn.daotao.certificate.CertificateSigningService signing,
            vn.daotao.audit.RecordIntegrityService integrity,
            vn.daotao.base.runtime.PublicAddress publicAddress) {
        addClassName("page");
        H2 title = new H2(getTranslation("admin.title"));
        title.setId("admin-title");
        OrganisationFigures f = organisation.figures();
        Div stats = new Div(
                stat("units", f.units()),
                stat("people", f.people()),
                stat("unitHeads", f.unitHeads()),
                stat("admins", f.admins()),
                stat("disabled", f.disabledAccounts()),
                stat("locked", f.lockedUserNames()));
        stats.addClassNames("stats", "card");
        stats.setId("admin-figures");

        Div recent = new Div(new H3(getTranslation("admin.recent")));
        recent.addClassName("card");
        recent.setId("admin-recent");
        for (AuditRow row : auditQuery.find(AuditFilter.none(), 0, 8)) {
            Span line = new Span(AuditFormat.when(row) + " · " + AuditFormat.actor(row, this) + " · "
                    + getTranslation("audit.action." + row.action().name()));
            line.addClassName("recent-line");
            recent.add(line);
        }
        Anchor all = new Anchor("admin/audit", getTranslation("home.audit.open"));
        all.setId("admin-audit-link");
        all.addClassName("card-link");
        recent.add(all);
        add(title);
        vn.daotao.certificate.SigningStatus status = signing.status();
        if (!status.signing() || status.demo()) {
            warn(
                    "admin-signing-warning",
                    getTranslation(status.signing() ? "admin.signing.demo" : "admin.signing.off"));
        }
        if (publicAddress.looksLocal()) {
            warn("admin-public-url-warning", getTranslation("admin.publicUrl.local", publicAddress.url()));
        }
        if (integrity.connectedAsOwner()) {
            warn("admin-owner-warning", getTranslation("records.owner"));
        }
        add(stats, areas(), recent);
    }

    /** Something the admin must set up before the results have full value (signing, address, database role). */
    private void warn(String id, String text) {
        Span warning = new Span(text);
        warning.addClassNames("card", "text-error");
        warning.setId(id);
        add(warning);
    }

    /** Where each admin task lives, with one line on what it is for. */
    private Div areas() {
        Div grid = new Div();
        grid.addClassName("card-grid");
        grid.setId("admin-areas");
        for (String area : AREAS) {
            String key = area.replace('/', '.').replace("-", "");
            Anchor link = new Anchor("admin/" + area, getTranslation("admin.area." + key));
            link.setId("admin-area-" + area.replace('/', '-'));
            link.addClassName("card-link");
            Span text = new Span(getTranslation("admin.area." + key + ".text"));
            text.addClassName("muted");
            Div card = new Div(link, text);
            card.addClassNames("card", "form-column");
            grid.add(card);
        }
        return grid;
    }

    private Stat stat(String key, int value) {
        return new Stat("stat-" + key, getTranslation("stat." + key), value);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.admin");
    }
}
