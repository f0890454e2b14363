package vn.daotao.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.RouteParams;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.progress.CycleStatus;
import vn.daotao.progress.ManualRecordService;
import vn.daotao.report.PersonRecord;
import vn.daotao.report.ReportService;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;

/** /unit/people/{userId}: one person's courses, modules, attempts, completions and certificates. */
@Route("unit/people/:userId")
@RolesAllowed({Role.UNIT_HEAD_NAME, Role.ADMIN_NAME})
class PersonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService reports;
    private final ManualRecordService records;
    private final boolean admin;
    private String name = "";
    private long userId;

    PersonView(ReportService reports, ManualRecordService records, CurrentUser currentUser) {
        this.reports = reports;
        this.records = records;
        this.admin = currentUser.require().has(Role.ADMIN);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        userId = RouteParams.id(event, "userId");
        show();
    }

    private void show() {
        PersonRecord person = reports.person(reports.scope(), userId);
        name = person.fullName();
        removeAll();
        Anchor back = new Anchor("unit", "‹ " + getTranslation("nav.unit"));
        back.addClassName("back-link");
        H2 title = new H2(person.fullName());
        title.setId("person-name");
        Span meta = new Span(java.util.stream.Stream.of(person.unitName(), person.employeeCode(), person.email())
                .filter(part -> part != null && !part.isBlank())
                .collect(java.util.stream.Collectors.joining(" · ")));
        meta.addClassName("muted");
        add(back, title, meta, memberships(person));
        if (person.cycles().isEmpty()) {
            add(new Paragraph(getTranslation("person.noCourses")));
        }
        person.cycles().forEach(c -> add(cycle(c)));
    }

    /** Where the person worked and when: the units of their record (membership history). */
    private Component memberships(PersonRecord person) {
        Grid<PersonRecord.Membership> grid = new Grid<>();
        grid.addColumn(PersonRecord.Membership::unitName)
                .setHeader(getTranslation("person.membership.unit"))
                .setFlexGrow(3);
        grid.addColumn(m -> m.unitHead() ? getTranslation("person.membership.head") : "")
                .setHeader(getTranslation("person.membership.role"))
                .setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.from()))
                .setHeader(getTranslation("person.membership.from"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.until() == null ? getTranslation("person.membership.now") : Formats.date(m.until()))
                .setHeader(getTranslation("person.membership.until"))
                .setAutoWidth(true);
        grid.setItems(person.memberships());
        grid.setAllRowsVisible(true);
        Div card = new Div(new H3(getTranslation("person.membership.title")), grid);
        card.addClassNames("card", "person-memberships");
        card.setId("person-memberships");
        return card;
    }

    private Component cycle(PersonRecord.Cycle c) {
        Div card = new Div();
        card.addClassNames("card", "person-cycle");
        card.setId("cycle-" + c.assignmentId());
        Div head = new Div(new H3(c.courseTitle()), RosterLabels.badge(this, c.status()));
        head.addClassName("card-head");
        card.add(
                head,
                new Span(getTranslation("course.edition", c.editionNo()) + " · "
                        + getTranslation("course.period", Formats.date(c.periodStart()), Formats.date(c.dueDate()))));
        if (c.awaitingCommitment()) {
            Span waiting = new Span(getTranslation("person.awaitingCommitment"));
            waiting.addClassName("text-error");
            waiting.setId("awaiting-commitment-" + c.assignmentId());
            card.add(waiting);
        }
        if (c.exemption() != null) {
            Span exempt = new Span(getTranslation(
                    "person.exempt",
                    c.exemption().reason(),
                    c.exemption().approvedBy(),
                    Formats.date(c.exemption().approvedOn())));
            exempt.setId("exemption-" + c.assignmentId());
            card.add(exempt);
            if (c.exemption().evidenceId() != null) {
                Anchor file = new Anchor(
                        "files/evidence/" + c.exemption().evidenceId(),
                        c.exemption().evidenceName());
                file.setRouterIgnore(true);
                card.add(file);
            }
        } else if (c.completedAt() != null) {
            card.add(new Span(
                    c.averageScore() == null
                            ? getTranslation("person.completedNoScore", Formats.dateTime(c.completedAt()))
                            : getTranslation(
                                    "person.completed",
                                    Formats.dateTime(c.completedAt()),
                                    Formats.percent(c.averageScore()))));
        }
        for (PersonRecord.WithdrawnRecord w : c.withdrawn()) {
            Span line = new Span(getTranslation(
                    "person.withdrawn",
                    RosterLabels.status(this, w.status()),
                    Formats.dateTime(w.completedAt()),
                    Formats.dateTime(w.withdrawnAt()),
                    w.reason()));
            line.addClassName("muted");
            card.add(line);
        }
        Div actions = new Div();
        actions.addClassName("exports");
        if (!c.status().ended()) {
            Button exempt = new Button(
                    getTranslation("exemption.button"),
                    e -> new ExemptionDialog(records, userId, c.assignmentId(), this::show).open());
            exempt.setId("exempt-" + c.assignmentId());
            actions.add(exempt);
        }
        if (admin
                && c.completionId() != null
                && (c.status() == CycleStatus.EXEMPT || c.status() == CycleStatus.COMPLETED_IN_PERSON)) {
            Button withdraw = new Button(getTranslation("record.withdraw"), e -> confirmWithdraw(c.completionId()));
            withdraw.setId("withdraw-record-" + c.assignmentId());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        if (actions.getComponentCount() > 0) {
            card.add(actions);
        }
        Grid<PersonRecord.ModuleLine> modules = new Grid<>();
        modules.addColumn(PersonRecord.ModuleLine::position)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        modules.addColumn(PersonRecord.ModuleLine::title)
                .setHeader(getTranslation("person.module"))
                .setFlexGrow(1)
                .setAutoWidth(true);
        modules.addColumn(m -> Formats.dateTime(m.openedAt()))
                .setHeader(getTranslation("person.opened"))
                .setAutoWidth(true);
        modules.addColumn(m -> Formats.dateTime(m.passedAt()))
                .setHeader(getTranslation("person.passed"))
                .setAutoWidth(true);
        modules.addColumn(m -> m.session() != null
                        ? getTranslation("person.inPerson", m.session())
                        : Formats.percent(m.bestScore()))
                .setHeader(getTranslation("person.best"))
                .setAutoWidth(true);
        modules.setItems(c.modules());
        modules.setAllRowsVisible(true);
        card.add(modules);
        if (!c.attempts().isEmpty()) {
            Grid<PersonRecord.AttemptLine> attempts = new Grid<>();
            attempts.setId("attempts-" + c.assignmentId());
            attempts.addColumn(PersonRecord.AttemptLine::moduleTitle)
                    .setHeader(getTranslation("person.module"))
                    .setFlexGrow(1)
                    .setAutoWidth(true);
            attempts.addColumn(PersonRecord.AttemptLine::attemptNo)
                    .setHeader(getTranslation("person.attempt"))
                    .setAutoWidth(true);
            attempts.addColumn(a -> Formats.dateTime(a.submittedAt() != null ? a.submittedAt() : a.startedAt()))
                    .setHeader(getTranslation("person.when"))
                    .setAutoWidth(true);
            attempts.addColumn(a -> Formats.percent(a.score()))
                    .setHeader(getTranslation("person.score"))
                    .setAutoWidth(true);
            attempts.addColumn(a -> a.passed() == null
                            ? getTranslation("person.running")
                            : getTranslation(a.passed() ? "quiz.result.passed" : "quiz.result.failed"))
                    .setHeader(getTranslation("person.result"));
            attempts.setItems(c.attempts());
            attempts.setAllRowsVisible(true);
            card.add(new H3(getTranslation("person.attempts")), attempts);
        }
        for (PersonRecord.CertificateLine certificate : c.certificates()) {
            Anchor download = new Anchor(
                    "files/certificates/" + certificate.id(),
                    getTranslation("person.certificate", certificate.serial()));
            download.setRouterIgnore(true);
            download.setId("person-cert-" + certificate.serial());
            download.addClassName("button-link");
            card.add(download);
        }
        return card;
    }

    private void confirmWithdraw(long completionId) {
        TextField reason = new TextField(getTranslation("record.reason"));
        reason.setId("withdraw-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("withdraw-record-dialog");
        dialog.setHeader(getTranslation("record.withdraw.title"));
        dialog.add(new Paragraph(getTranslation("record.withdraw.text")), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("record.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                records.withdrawCompletion(completionId, reason.getValue());
                Notification.show(getTranslation("record.withdrawn"), 3000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            } catch (UserFacingException refused) {
                Notification.show(
                                getTranslation(refused.messageKey(), refused.args()),
                                6000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, name, "nav.unit");
    }
}
