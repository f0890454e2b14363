package vn.daotao.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.audit.RecordChainReport;
import vn.daotao.audit.RecordIntegrityService;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.security.Role;

/**
 * Walks the hash chain of completions, certificates and audit events on request and says whether it is
 * intact, or which record was changed, deleted or slipped in first; shows the chain's head to write down.
 */
@Route("admin/records")
@Menu(title = "nav.records", order = 95, icon = "vaadin:lock")
@RolesAllowed(Role.ADMIN_NAME)
class RecordIntegrityView extends Main implements HasDynamicTitle {

    private final Div result = new Div();
    private final Span running = new Span(getTranslation("records.running"));

    RecordIntegrityView(
            RecordIntegrityService integrity,
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.core.context.SecurityContextHolderStrategy>
                    holder) {
        // the application's strategy, not the static one: with several application contexts in one JVM (the tests)
        // the static holder may be another context's, and the service's check would find nobody signed in
        var strategy = holder.getIfAvailable(
                org.springframework.security.core.context.SecurityContextHolder::getContextHolderStrategy);
        addClassName("page");
        H2 title = new H2(getTranslation("records.title"));
        title.setId("records-title");
        Paragraph intro = new Paragraph(getTranslation("records.intro"));
        intro.addClassName("muted");
        add(title, intro);
        if (integrity.connectedAsOwner()) {
            Span warning = new Span(getTranslation("records.owner"));
            warning.addClassNames("card", "text-error");
            warning.setId("records-owner-warning");
            add(warning);
        }
        Button check = new Button(getTranslation("records.check"), VaadinIcon.CHECK_SQUARE_O.create());
        check.setId("records-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setDisableOnClick(true);
        check.addClickListener(e -> {
            // the walk reads every link (seconds on a large organisation): off the UI's lock, the page polls
            var ui = e.getSource().getUI().orElseThrow();
            var context = strategy.getContext();
            running.setVisible(true);
            ui.setPollInterval(500);
            Thread.ofVirtual().start(asAdmin(strategy, context, () -> {
                RecordChainReport report = null;
                try {
                    report = integrity.check();
                } finally {
                    RecordChainReport done = report;
                    ui.access(() -> {
                        running.setVisible(false);
                        ui.setPollInterval(-1);
                        check.setEnabled(true);
                        if (done != null) {
                            show(done);
                        } else {
                            result.removeAll();
                            result.setVisible(true);
                            result.add(new Span(getTranslation("records.failed")));
                        }
                    });
                }
            }));
        });
        running.setId("records-running");
        running.setVisible(false);
        result.setId("records-result");
        result.addClassNames("card", "form-column");
        result.setVisible(false);
        Paragraph script = new Paragraph(getTranslation("records.script"));
        script.addClassName("muted");
        add(check, running, result, script);
    }

    private void show(RecordChainReport report) {
        result.removeAll();
        result.setVisible(true);
        if (report.intact()) {
            Span ok = new Span(getTranslation("records.intact", report.links(), Formats.dateTime(report.checkedAt())));
            ok.addClassName("text-success");
            ok.setId("records-intact");
            result.add(ok);
        } else {
            RecordChainReport.Broken b = report.firstBroken();
            Span broken = new Span(getTranslation(
                    "records.broken",
                    getTranslation("records.kind." + b.kind()),
                    String.valueOf(b.rowId()),
                    getTranslation("records.problem." + b.problem().name())));
            broken.addClassName("text-error");
            broken.setId("records-broken");
            result.add(broken);
        }
        Span hash = new Span(report.headHash());
        hash.addClassName("code");
        Span head = new Span(
                new Span(getTranslation(report.intact() ? "records.head" : "records.lastGood", report.links()) + " "),
                hash);
        head.setId("records-head");
        result.add(head);
    }

    private static Runnable asAdmin(
            org.springframework.security.core.context.SecurityContextHolderStrategy strategy,
            org.springframework.security.core.context.SecurityContext context,
            Runnable task) {
        var runnable = new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(task, context);
        runnable.setSecurityContextHolderStrategy(strategy);
        return runnable;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.records");
    }
}
