package vn.daotao.course.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.markdown.MarkdownRenderer;
import vn.daotao.course.CourseAdminService;
import vn.daotao.course.SectionDraft;

/**
 * The sections of one module, in order. In a draft each section can be edited in Markdown with a live
 * preview rendered by the same sanitiser learners get; published sections are shown as learners see them.
 */
class SectionsPanel extends Div {

    private final CourseAdminService courses;
    private final long moduleId;
    private final boolean editable;

    SectionsPanel(CourseAdminService courses, long moduleId, boolean editable) {
        this.courses = courses;
        this.moduleId = moduleId;
        this.editable = editable;
        setId("sections-panel");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<SectionDraft> sections = courses.sections(moduleId);
        if (editable) {
            Button add = new Button(getTranslation("sections.add"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("section-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        if (sections.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sections.none"));
            none.addClassName("muted");
            add(none);
        }
        for (SectionDraft section : sections) {
            Div head = new Div(new H3(section.position() + ". " + section.title()));
            head.addClassName("card-head");
            if (editable) {
                head.add(actions(section, sections.size()));
            }
            Div card = new Div(
                    head,
                    new Html("<div class=\"markdown\">" + MarkdownRenderer.toSafeHtml(section.markdown()) + "</div>"));
            card.addClassNames("card", "section");
            card.setId("section-" + section.position());
            add(card);
        }
    }

    private Div actions(SectionDraft section, int count) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> {
            courses.moveSection(section.id(), -1);
            refresh();
        });
        up.setEnabled(section.position() > 1);
        up.setAriaLabel(getTranslation("action.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> {
            courses.moveSection(section.id(), 1);
            refresh();
        });
        down.setEnabled(section.position() < count);
        down.setAriaLabel(getTranslation("action.down"));
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(section));
        edit.setId("section-edit-" + section.position());
        edit.setAriaLabel(getTranslation("action.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("sections.remove"),
                    getTranslation("sections.remove.confirm", section.title()),
                    getTranslation("action.remove"),
                    ok -> {
                        courses.removeSection(section.id());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.setAriaLabel(getTranslation("action.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(up, down, edit, remove);
        for (Button b : List.of(up, down, edit, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        actions.addClassName("meta-line");
        return actions;
    }

    private void edit(SectionDraft section) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(section == null ? "sections.add" : "sections.edit"));
        dialog.setWidth("min(1100px, 96vw)");
        TextField title = new TextField(getTranslation("sections.field.title"));
        title.setId("section-title");
        title.setWidthFull();
        title.setMaxLength(CourseAdminService.MAX_TITLE);
        TextArea markdown = new TextArea(getTranslation("sections.field.markdown"));
        markdown.setId("section-markdown");
        markdown.setWidthFull();
        markdown.setMinHeight("320px");
        markdown.setMaxLength(CourseAdminService.MAX_MARKDOWN);
        markdown.setHelperText(getTranslation("sections.field.markdown.help"));
        markdown.setValueChangeMode(ValueChangeMode.TIMEOUT);
        markdown.setValueChangeTimeout(300);
        Div preview = new Div();
        preview.setId("section-preview");
        preview.addClassName("markdown-preview");
        markdown.addValueChangeListener(e -> render(preview, e.getValue()));
        if (section != null) {
            title.setValue(section.title());
            markdown.setValue(section.markdown());
        }
        render(preview, markdown.getValue());
        Div previewBox = new Div(new H4(getTranslation("sections.preview")), preview);
        Div split = new Div(new Div(title, markdown), previewBox);
        split.addClassName("editor-split");
        dialog.add(split);
        Span error = new Span();
        error.addClassName("text-error");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                if (section == null) {
                    courses.addSection(moduleId, title.getValue(), markdown.getValue());
                } else {
                    courses.updateSection(section.id(), title.getValue(), markdown.getValue());
                }
                dialog.close();
                refresh();
            } catch (UserFacingException problem) {
                error.setText(getTranslation(problem.messageKey(), problem.args()));
            }
        });
        save.setId("section-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(error, new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        title.focus();
    }

    private static void render(Div preview, String markdown) {
        preview.removeAll();
        preview.add(new Html("<div class=\"markdown\">" + MarkdownRenderer.toSafeHtml(markdown) + "</div>"));
    }
}
