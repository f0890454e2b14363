package vn.daotao.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.DirectorySyncService;
import vn.daotao.organisation.internal.DirectorySync;
import vn.daotao.security.DirectoryProperties;
import vn.daotao.security.Role;

/**
 * An administrator's directory sync: what is configured, a dry run row by row (and who is missing from the
 * directory), the sync itself, and the last runs (the nightly job's too).
 */
@Route("admin/people/directory")
@RolesAllowed(Role.ADMIN_NAME)
class DirectorySyncView extends Main implements HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DirectorySyncService sync;
    private final Grid<ImportLine> grid = new Grid<>();
    private final Grid<DirectorySync.Absence> absences = new Grid<>();
    private final H3 absencesTitle = new H3();
    private final Grid<DirectorySync.Run> runs = new Grid<>();
    private final Span summary = new Span();
    private final Button run = new Button();

    DirectorySyncView(DirectorySyncService sync, DirectoryProperties settings) {
        this.sync = sync;
        addClassName("page");
        Anchor back = new Anchor("admin/people", getTranslation("people.person.back"));
        back.addClassName("back-link");
        H2 title = new H2(getTranslation("directory.sync.title"));
        title.setId("directory-title");
        add(back, title);

        Div about = new Div(
                paragraph("directory.sync.intro"),
                paragraph("directory.sync.absence.rule", settings.sync().graceDays()));
        about.addClassName("card");
        about.setId("directory-about");
        add(about);
        if (!sync.configured()) {
            Div banner = new Div(new Paragraph(getTranslation("directory.sync.notConfigured")));
            banner.addClassNames("card", "banner-info");
            banner.setId("directory-not-configured");
            add(banner);
        } else {
            DirectoryProperties.Sync s = settings.sync();
            about.add(
                    paragraph(
                            "directory.sync.settings",
                            settings.url(),
                            settings.userSearchBase(),
                            settings.employeeCodeAttribute(),
                            s.unitCodeAttribute(),
                            s.unitNameAttribute()),
                    paragraph(s.nightly() ? "directory.sync.nightly.on" : "directory.sync.nightly.off", s.cron()));
            Button preview = new Button(getTranslation("directory.sync.preview"), VaadinIcon.SEARCH.create());
            preview.setId("directory-preview");
            preview.addClickListener(e -> preview());
            run.setText(getTranslation("directory.sync.run"));
            run.setIcon(VaadinIcon.REFRESH.create());
            run.setId("directory-run");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            run.setDisableOnClick(true);
            run.addClickListener(e -> runSync());
            run.setVisible(false);
            summary.setId("directory-summary");
            Div actions = new Div(preview, run, summary);
            actions.addClassName("filters");
            add(actions);
        }

        grid.setId("directory-grid");
        ImportReportColumns.add(grid, this, "directory.sync.col.entry", ImportLine::sheet);
        // a DN is long: it wraps in a column that shares the width, the name keeps room
        grid.getColumns().getFirst().setAutoWidth(false).setWidth("18em").setFlexGrow(1);
        grid.setVisible(false);
        grid.setAllRowsVisible(false);

        absencesTitle.setText(getTranslation("directory.sync.absences"));
        absencesTitle.setVisible(false);
        absences.setId("directory-absences");
        absences.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        absences.addColumn(DirectorySync.Absence::employeeCode)
                .setHeader(getTranslation("directory.sync.absence.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        absences.addColumn(DirectorySync.Absence::fullName)
                .setHeader(getTranslation("directory.sync.absence.col.name"))
                .setFlexGrow(1);
        absences.addColumn(a -> a.missingSince() == null ? "" : Formats.date(a.missingSince()))
                .setHeader(getTranslation("directory.sync.absence.col.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        absences.addColumn(a -> getTranslation(
                        "directory.sync.absence." + a.step().name(),
                        a.disableAt() == null ? "" : Formats.date(a.disableAt())))
                .setHeader(getTranslation("directory.sync.absence.col.step"))
                .setFlexGrow(2);
        absences.setAllRowsVisible(true);
        absences.setVisible(false);

        runs.setId("directory-runs");
        runs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.addColumn(r -> Formats.dateTime(r.startedAt()))
                .setHeader(getTranslation("directory.sync.run.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(r -> getTranslation("directory.sync.trigger." + r.trigger(), r.actor()))
                .setHeader(getTranslation("directory.sync.run.col.trigger"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(r -> getTranslation("directory.sync.outcome." + r.outcome()))
                .setHeader(getTranslation("directory.sync.run.col.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(this::counts)
                .setHeader(getTranslation("directory.sync.run.col.counts"))
                .setFlexGrow(1);
        runs.setAllRowsVisible(true);
        add(grid, absencesTitle, absences, new H3(getTranslation("directory.sync.runs")), runs);
        refreshRuns();
    }

    private void preview() {
        try {
            show(sync.preview());
        } catch (UserFacingException problem) {
            error(getTranslation(problem.messageKey(), problem.args()));
        }
    }

    private void show(DirectorySync.Preview preview) {
        ImportReport report = preview.report();
        grid.setItems(report.lines());
        grid.setVisible(true);
        absences.setItems(preview.absences());
        absences.setVisible(!preview.absences().isEmpty());
        absencesTitle.setVisible(!preview.absences().isEmpty());
        boolean work = report.lines().stream()
                        .anyMatch(l -> l.outcome() == ImportOutcome.CREATE || l.outcome() == ImportOutcome.UPDATE)
                || preview.absences().stream().anyMatch(a -> a.step() != DirectorySync.AbsenceStep.WAITING);
        if (!report.ok()) {
            summary.setText(getTranslation("directory.sync.summary.errors", report.errors()));
        } else if (preview.guard() != null) {
            summary.setText(getTranslation(preview.guard(), preview.guardArgs().toArray()));
        } else {
            summary.setText(getTranslation(
                            "directory.sync.summary.ok",
                            preview.units(),
                            preview.people(),
                            report.count(ImportKind.UNIT, ImportOutcome.CREATE),
                            report.count(ImportKind.UNIT, ImportOutcome.UPDATE),
                            report.count(ImportKind.PERSON, ImportOutcome.CREATE),
                            report.count(ImportKind.PERSON, ImportOutcome.UPDATE),
                            report.count(ImportKind.UNIT, ImportOutcome.UNCHANGED)
                                    + report.count(ImportKind.PERSON, ImportOutcome.UNCHANGED))
                    + (work ? "" : " " + getTranslation("directory.sync.summary.nothing")));
        }
        summary.setClassName(preview.ok() ? "" : "text-error");
        run.setVisible(preview.ok() && work);
        run.setEnabled(true);
    }

    private void runSync() {
        try {
            DirectorySync.Preview done = sync.run();
            ImportReport report = done.report();
            summary.setText(getTranslation(
                    "directory.sync.done",
                    report.count(ImportKind.UNIT, ImportOutcome.CREATE),
                    report.count(ImportKind.UNIT, ImportOutcome.UPDATE),
                    report.count(ImportKind.PERSON, ImportOutcome.CREATE),
                    report.count(ImportKind.PERSON, ImportOutcome.UPDATE),
                    done.count(DirectorySync.AbsenceStep.DISABLE),
                    done.count(DirectorySync.AbsenceStep.BACK)));
            summary.setClassName("");
            run.setVisible(false);
            // the dry run's "would create" no longer holds: run it again to see where things stand
            grid.setVisible(false);
            absences.setVisible(false);
            absencesTitle.setVisible(false);
            Notification.show(summary.getText(), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DirectorySync.Refused refused) {
            error(getTranslation(refused.messageKey(), refused.args()));
            show(refused.preview());
        } catch (UserFacingException problem) {
            error(getTranslation(problem.messageKey(), problem.args()));
            run.setEnabled(true);
        }
        refreshRuns();
    }

    private void refreshRuns() {
        var last = sync.runs();
        runs.setItems(last);
        runs.setVisible(!last.isEmpty());
    }

    private String counts(DirectorySync.Run r) {
        JsonNode c = JSON.readTree(r.counts());
        if (!c.has("unitsCreated")) {
            return r.message() == null ? "" : getTranslation(r.message());
        }
        return getTranslation(
                "directory.sync.counts",
                c.path("unitsCreated").asInt(),
                c.path("unitsUpdated").asInt(),
                c.path("peopleCreated").asInt(),
                c.path("peopleUpdated").asInt(),
                c.path("problems").asInt(),
                c.path("missing").asInt(),
                c.path("disabled").asInt(),
                c.path("back").asInt());
    }

    private void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("directory-error");
    }

    private Paragraph paragraph(String key, Object... args) {
        Paragraph p = new Paragraph(getTranslation(key, args));
        p.addClassName("muted");
        return p;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "directory.sync.title");
    }
}
