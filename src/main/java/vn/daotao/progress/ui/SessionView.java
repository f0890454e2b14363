package vn.daotao.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.RouteParams;
import vn.daotao.base.ui.SingleFileUpload;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.progress.AttendanceResult;
import vn.daotao.progress.AttendeeRow;
import vn.daotao.progress.ManualRecordService;
import vn.daotao.progress.SessionRow;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;

/**
 * /sessions/{id}: one in-person session, its people (tick and record), the import of an attendance list
 * (checked row by row first, then all or nothing) and, for admins, the withdrawal of an attendance.
 */
@Route("sessions/:id")
@RolesAllowed({Role.UNIT_HEAD_NAME, Role.ADMIN_NAME})
class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ManualRecordService records;
    private final boolean admin;
    private long sessionId;
    private final Grid<AttendeeRow> people = new Grid<>();
    private final Grid<ImportLine> report = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button run = new Button();
    private byte[] file;
    private String fileName;

    SessionView(ManualRecordService records, CurrentUser currentUser) {
        this.records = records;
        this.admin = currentUser.require().has(Role.ADMIN);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = RouteParams.id(event, "id");
        SessionRow session = records.session(sessionId);
        removeAll();
        H2 title = new H2(session.title());
        title.setId("session-heading");
        Div facts = new Div(
                fact("session.col.date", Formats.date(session.heldOn())),
                fact("session.col.place", session.place()),
                fact(
                        "session.col.course",
                        session.courseTitle() + " · " + getTranslation("course.edition", session.editionNo())),
                fact("session.col.modules", session.modules()),
                fact("session.col.unit", session.unitName()));
        facts.addClassName("card");
        facts.setId("session-facts");
        if (session.evidenceId() != null) {
            Anchor evidence = new Anchor("files/evidence/" + session.evidenceId(), session.evidenceName());
            evidence.setId("session-evidence-link");
            evidence.setRouterIgnore(true);
            facts.add(new Div(new Span(getTranslation("session.col.evidence") + ": "), evidence));
        }
        add(title, facts, peopleSection(), importSection());
        refresh();
    }

    private Div fact(String key, String value) {
        return new Div(new Span(getTranslation(key) + ": "), new Span(value));
    }

    private Div peopleSection() {
        people.setId("session-people");
        people.setSelectionMode(Grid.SelectionMode.MULTI);
        people.addColumn(AttendeeRow::fullName)
                .setHeader(getTranslation("roster.col.name"))
                .setFlexGrow(2);
        people.addColumn(AttendeeRow::employeeCode)
                .setHeader(getTranslation("roster.col.code"))
                .setAutoWidth(true);
        people.addColumn(AttendeeRow::unitName)
                .setHeader(getTranslation("roster.col.unit"))
                .setFlexGrow(2);
        people.addColumn(new ComponentRenderer<>(
                        p -> p.attended() ? new Badge(getTranslation("session.attended"), "success") : new Span()))
                .setHeader(getTranslation("session.attended"))
                .setAutoWidth(true);
        if (admin) {
            people.addColumn(new ComponentRenderer<>(p -> {
                        if (!p.attended()) {
                            return new Span();
                        }
                        Button withdraw =
                                new Button(getTranslation("session.withdraw"), e -> confirmWithdraw(p.attendanceId()));
                        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        withdraw.setId("withdraw-" + p.userId());
                        return withdraw;
                    }))
                    .setAutoWidth(true);
        }
        people.setAllRowsVisible(true);
        Button record = new Button(getTranslation("session.record"), VaadinIcon.CHECK.create(), e -> record());
        record.setId("session-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H3(getTranslation("session.people")), record, people);
        box.setId("session-people-box");
        return box;
    }

    private void record() {
        List<Long> ids = people.getSelectedItems().stream()
                .filter(p -> !p.attended())
                .map(AttendeeRow::userId)
                .toList();
        if (ids.isEmpty()) {
            notify(getTranslation("session.selectSomeone"), false);
            return;
        }
        try {
            AttendanceResult result = records.recordAttendance(sessionId, ids);
            notify(getTranslation("session.recorded", result.recorded(), result.alreadyRecorded()), true);
            refresh();
        } catch (UserFacingException refused) {
            notify(getTranslation(refused.messageKey(), refused.args()), false);
        }
    }

    private void confirmWithdraw(long attendanceId) {
        TextField reason = new TextField(getTranslation("record.reason"));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("session.withdraw.title"));
        dialog.add(new Paragraph(getTranslation("session.withdraw.text")), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("session.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.setId("withdraw-dialog");
        dialog.addConfirmListener(e -> {
            try {
                records.withdrawAttendance(attendanceId, reason.getValue());
                notify(getTranslation("session.withdrawn"), true);
                refresh();
            } catch (UserFacingException refused) {
                notify(getTranslation(refused.messageKey(), refused.args()), false);
            }
        });
        dialog.open();
    }

    private Div importSection() {
        Paragraph hint = new Paragraph(getTranslation("session.import.hint"));
        hint.addClassName("muted");
        Upload upload = SingleFileUpload.of(
                this,
                "attendance-upload",
                5 * 1024 * 1024,
                this::check,
                this::clearImport,
                ".csv",
                ".xlsx",
                "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        summary.setId("attendance-summary");
        run.setText(getTranslation("session.import.run"));
        run.setId("attendance-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(false);
        run.addClickListener(e -> runImport());
        report.setId("attendance-report");
        report.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.addColumn(ImportLine::row)
                .setHeader(getTranslation("session.import.col.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        report.addColumn(ImportLine::code)
                .setHeader(getTranslation("session.import.col.code"))
                .setAutoWidth(true);
        report.addColumn(ImportLine::label)
                .setHeader(getTranslation("session.import.col.name"))
                .setAutoWidth(true);
        report.addColumn(new ComponentRenderer<>(this::outcome))
                .setHeader(getTranslation("session.import.col.result"))
                .setFlexGrow(1);
        report.setAllRowsVisible(true);
        report.setVisible(false);
        Div box = new Div(new H3(getTranslation("session.import.title")), hint, upload, summary, run, report);
        box.setId("attendance-import");
        box.addClassName("card");
        return box;
    }

    private Span outcome(ImportLine line) {
        String text = getTranslation("session.import.outcome." + line.outcome().name());
        if (!line.problems().isEmpty()) {
            text += ": "
                    + line.problems().stream()
                            .map(p -> getTranslation(p.key(), p.args().toArray()))
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("");
        }
        Span span = new Span(text);
        span.addClassName(line.outcome() == ImportOutcome.ERROR ? "text-error" : "muted");
        return span;
    }

    private void check(String name, byte[] bytes) {
        try {
            ImportReport checked = records.checkAttendanceImport(sessionId, bytes);
            file = bytes;
            fileName = name;
            show(checked);
            run.setVisible(checked.ok() && checked.count(ImportKind.ATTENDANCE, ImportOutcome.CREATE) > 0);
        } catch (UserFacingException refused) {
            clearImport();
            summary.setText(getTranslation(refused.messageKey(), refused.args()));
            summary.addClassName("text-error");
        }
    }

    private void runImport() {
        if (file == null) {
            return;
        }
        try {
            ImportReport done = records.importAttendance(sessionId, fileName, file);
            show(done);
            run.setVisible(false);
            if (done.ok()) {
                report.setVisible(false);
                int recorded = done.count(ImportKind.ATTENDANCE, ImportOutcome.CREATE);
                summary.setText(getTranslation("session.import.done", recorded));
                notify(getTranslation("session.import.done", recorded), true);
                file = null;
                refresh();
            }
        } catch (UserFacingException refused) {
            notify(getTranslation(refused.messageKey(), refused.args()), false);
        }
    }

    private void show(ImportReport checked) {
        report.setItems(checked.lines());
        report.setVisible(true);
        summary.removeClassName("text-error");
        if (checked.ok()) {
            summary.setText(getTranslation(
                    "session.import.ok",
                    checked.count(ImportKind.ATTENDANCE, ImportOutcome.CREATE),
                    checked.count(ImportKind.ATTENDANCE, ImportOutcome.UNCHANGED)));
        } else {
            summary.setText(getTranslation("session.import.errors", checked.errors()));
            summary.addClassName("text-error");
        }
    }

    private void clearImport() {
        file = null;
        report.setVisible(false);
        run.setVisible(false);
        summary.setText("");
    }

    private void refresh() {
        people.deselectAll();
        people.setItems(records.attendees(sessionId));
    }

    private void notify(String text, boolean success) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_END)
                .addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.sessions");
    }
}
