package vn.daotao.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.RouteParams;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.course.CertificateRules;
import vn.daotao.course.CourseAdminService;
import vn.daotao.course.EditionRow;
import vn.daotao.course.ModuleRow;
import vn.daotao.course.PublishProblem;
import vn.daotao.security.Role;

/**
 * /admin/courses/{courseId}: the draft (title, description, modules in order, publish) or, when there
 * is none, the latest published edition read-only with "new edition". Older editions can be viewed.
 */
@Route("admin/courses/:courseId")
@RolesAllowed(Role.ADMIN_NAME)
class CourseEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseAdminService courses;
    private long courseId;
    private EditionRow edition;
    private String pageTitle = "";

    CourseEditorView(CourseAdminService courses) {
        this.courses = courses;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = RouteParams.id(event, "courseId");
        List<EditionRow> editions = courses.editions(courseId);
        if (editions.isEmpty()) {
            throw new NotFoundException();
        }
        show(editions.getFirst().id());
    }

    private void show(long editionId) {
        removeAll();
        List<EditionRow> editions = courses.editions(courseId);
        edition = editions.stream().filter(e -> e.id() == editionId).findFirst().orElse(editions.getFirst());
        pageTitle = edition.title();

        RouterLink back = new RouterLink(getTranslation("courses.back"), CourseListView.class);
        back.addClassName("back-link");
        back.setId("course-back");
        H2 title = new H2(edition.title());
        title.setId("course-editor-title");
        Div meta = new Div(new Span(edition.courseCode()), status(edition));
        meta.addClassName("meta-line");
        add(back, title, meta);

        if (edition.draft()) {
            add(draftForm(), modules(true), publishBox());
        } else {
            Paragraph frozen = new Paragraph(getTranslation("courses.frozen"));
            frozen.addClassName("muted");
            add(frozen, modules(false));
            if (editions.stream().noneMatch(EditionRow::draft)) {
                Button next = new Button(getTranslation("courses.newEdition"), VaadinIcon.COPY.create(), e -> {
                    long draft = courses.newEdition(courseId);
                    Notification.show(getTranslation("courses.newEdition.done"), 4000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    show(draft);
                });
                next.setId("edition-new");
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(next);
            }
        }
        add(certificateRules(), editionList(editions));
    }

    /** The course's certificate numbering and validity (course-level: not frozen with an edition). */
    private Component certificateRules() {
        CertificateRules rules = courses.certificateRules(courseId);
        TextField prefix = new TextField(getTranslation("courses.field.serialPrefix"));
        prefix.setId("course-serial-prefix");
        prefix.setMaxLength(16);
        prefix.setHelperText(getTranslation("courses.field.serialPrefix.help"));
        prefix.setValue(rules.serialPrefix() == null ? "" : rules.serialPrefix());
        com.vaadin.flow.component.textfield.IntegerField validity =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("courses.field.validity"));
        validity.setId("course-validity");
        validity.setMin(1);
        validity.setMax(240);
        validity.setHelperText(getTranslation("courses.field.validity.help"));
        validity.setValue(rules.validityMonths());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                courses.updateCertificateRules(courseId, prefix.getValue(), validity.getValue());
                prefix.setInvalid(false);
                Notification.show(getTranslation("action.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException problem) {
                prefix.setInvalid(true);
                prefix.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            }
        });
        save.setId("course-certificate-save");
        Div card = new Div(new H3(getTranslation("courses.certificate.heading")), prefix, validity, save);
        card.addClassNames("card", "form-column");
        card.setId("course-certificate-rules");
        return card;
    }

    private Component status(EditionRow e) {
        return e.draft()
                ? new Badge(getTranslation("courses.draft"), "progress")
                : new Badge(
                        getTranslation("courses.published", e.editionNo()) + " · " + Formats.dateTime(e.publishedAt()),
                        "success");
    }

    private Component draftForm() {
        TextField name = new TextField(getTranslation("courses.field.title"));
        name.setId("edition-title");
        name.setWidthFull();
        name.setMaxLength(CourseAdminService.MAX_TITLE);
        name.setValue(edition.title());
        TextArea description = new TextArea(getTranslation("courses.field.description"));
        description.setId("edition-description");
        description.setWidthFull();
        description.setMaxLength(CourseAdminService.MAX_SUMMARY);
        description.setValue(edition.description());
        TextArea commitment = new TextArea(getTranslation("courses.field.commitment"));
        commitment.setId("edition-commitment");
        commitment.setWidthFull();
        commitment.setMaxLength(CourseAdminService.MAX_COMMITMENT);
        commitment.setHelperText(getTranslation("courses.field.commitment.help"));
        commitment.setValue(edition.commitmentText() == null ? "" : edition.commitmentText());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                courses.updateEdition(edition.id(), name.getValue(), description.getValue(), commitment.getValue());
                name.setInvalid(false);
                Notification.show(getTranslation("action.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException problem) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            }
        });
        save.setId("edition-save");
        Div card = new Div(new H3(getTranslation("courses.draft.heading")), name, description, commitment, save);
        card.addClassNames("card", "form-column");
        return card;
    }

    private Component modules(boolean editable) {
        Grid<ModuleRow> grid = new Grid<>();
        grid.setId("modules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ModuleRow::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> {
                    Anchor open = new Anchor("admin/modules/" + m.id(), m.title());
                    open.setId("module-open-" + m.position());
                    return open;
                })
                .setHeader(getTranslation("courses.module"))
                .setFlexGrow(3);
        grid.addColumn(m -> getTranslation(
                        "courses.module.contents",
                        m.sections(),
                        m.attachments(),
                        m.activeQuestions(),
                        m.questionsPerAttempt()))
                .setHeader(getTranslation("courses.module.holds"))
                .setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::moduleActions)
                    .setHeader("")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(courses.modules(edition.id()));

        Div card = new Div();
        card.addClassName("card");
        Div head = new Div(new H3(getTranslation("courses.modules")));
        head.addClassName("card-head");
        if (editable) {
            Button add =
                    new Button(getTranslation("courses.module.add"), VaadinIcon.PLUS.create(), e -> editModule(null));
            add.setId("module-add");
            head.add(add);
        }
        card.add(head, grid);
        return card;
    }

    private Component moduleActions(ModuleRow m) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
            courses.moveModule(m.id(), -1);
            show(edition.id());
        });
        up.setId("module-up-" + m.position());
        up.setAriaLabel(getTranslation("action.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
            courses.moveModule(m.id(), 1);
            show(edition.id());
        });
        down.setId("module-down-" + m.position());
        down.setAriaLabel(getTranslation("action.down"));
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> editModule(m));
        edit.setId("module-edit-" + m.position());
        edit.setAriaLabel(getTranslation("action.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("courses.module.remove"),
                    getTranslation("courses.module.remove.confirm", m.title()),
                    getTranslation("action.remove"),
                    ok -> {
                        courses.removeModule(m.id());
                        show(edition.id());
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.setId("module-remove-" + m.position());
        remove.setAriaLabel(getTranslation("action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(up, down, edit, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(up, down, edit, remove);
    }

    private void editModule(ModuleRow module) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(module == null ? "courses.module.add" : "courses.module.edit"));
        TextField name = new TextField(getTranslation("courses.field.title"));
        name.setId("module-title");
        name.setWidthFull();
        name.setMaxLength(CourseAdminService.MAX_TITLE);
        TextArea summary = new TextArea(getTranslation("courses.module.summary"));
        summary.setId("module-summary");
        summary.setWidthFull();
        summary.setMaxLength(CourseAdminService.MAX_SUMMARY);
        if (module != null) {
            name.setValue(module.title());
            summary.setValue(module.summary());
        }
        Div form = new Div(name, summary);
        form.addClassName("form-column");
        form.setWidth("min(560px, 80vw)");
        dialog.add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (module == null) {
                    courses.addModule(edition.id(), name.getValue(), summary.getValue());
                } else {
                    courses.updateModule(module.id(), name.getValue(), summary.getValue());
                }
                dialog.close();
                show(edition.id());
            } catch (UserFacingException problem) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            }
        });
        save.setId("module-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private Component publishBox() {
        Div box = new Div(new H3(getTranslation("courses.publish.heading")));
        box.addClassName("card");
        box.setId("publish-box");
        List<PublishProblem> problems = courses.publishProblems(edition.id());
        if (problems.isEmpty()) {
            Paragraph ready = new Paragraph(getTranslation("courses.publish.ready"));
            ready.addClassName("muted");
            box.add(ready);
        } else {
            Div list = new Div();
            list.setId("publish-problems");
            for (PublishProblem p : problems) {
                Span line = new Span(getTranslation(p.key(), p.argArray()));
                line.addClassName("text-error");
                list.add(new Div(line));
            }
            box.add(list);
        }
        Button publish =
                new Button(getTranslation("courses.publish"), VaadinIcon.CHECK.create(), e -> confirmPublish());
        publish.setId("edition-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        publish.setEnabled(problems.isEmpty());
        box.add(publish);
        return box;
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("courses.publish"));
        confirm.setText(getTranslation("courses.publish.confirm"));
        Button ok = new Button(getTranslation("courses.publish"), e -> {
            confirm.close();
            try {
                int number = courses.publish(edition.id());
                Notification.show(
                                getTranslation("courses.publish.done", number), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException problem) {
                Notification.show(
                                getTranslation(problem.messageKey(), problem.args()),
                                6000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            show(edition.id());
        });
        ok.setId("publish-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        ok.setDisableOnClick(true);
        confirm.setConfirmButton(ok);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private Component editionList(List<EditionRow> editions) {
        Div card = new Div(new H3(getTranslation("courses.editions")));
        card.addClassName("card");
        card.setId("editions");
        for (EditionRow e : editions) {
            Button view = new Button(
                    e.draft() ? getTranslation("courses.draft") : getTranslation("courses.published", e.editionNo()),
                    ev -> show(e.id()));
            view.setId("edition-view-" + (e.draft() ? "draft" : e.editionNo()));
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            view.setEnabled(e.id() != edition.id());
            Span info = new Span(e.title() + (e.publishedAt() == null ? "" : " · " + Formats.dateTime(e.publishedAt()))
                    + " · " + getTranslation("courses.modules.count", e.modules()));
            info.addClassName("muted");
            Div line = new Div(view, info);
            line.addClassName("meta-line");
            card.add(line);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, pageTitle, "nav.courses");
    }
}
