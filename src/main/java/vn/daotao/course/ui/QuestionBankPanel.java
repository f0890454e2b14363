package vn.daotao.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import vn.daotao.base.ui.Badge;
import vn.daotao.course.QuestionBankService;
import vn.daotao.course.QuestionData;
import vn.daotao.course.QuestionImportService;
import vn.daotao.course.QuestionRow;

/**
 * A module's question bank: every question, active or not. While the module is a draft, questions
 * are added, edited, imported and (de)activated here; they are never deleted.
 */
class QuestionBankPanel extends Div {

    private final QuestionBankService bank;
    private final long moduleId;
    private final boolean editable;
    private final Grid<QuestionRow> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    private Runnable onChange = () -> {};

    QuestionBankPanel(QuestionBankService bank, QuestionImportService imports, long moduleId, boolean editable) {
        this.bank = bank;
        this.moduleId = moduleId;
        this.editable = editable;
        addClassName("editor-panel");
        setId("questions-panel");

        count.setId("questions-count");
        count.addClassName("muted");
        Div toolbar = new Div();
        toolbar.addClassName("toolbar");
        if (editable) {
            Button add = new Button(
                    getTranslation("questions.add"),
                    VaadinIcon.PLUS.create(),
                    e -> new EditQuestionDialog(bank, moduleId, null, this::changed).open());
            add.setId("question-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button importButton = new Button(
                    getTranslation("questions.import"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new QuestionImportDialog(imports, moduleId, this::changed).open());
            importButton.setId("question-import-open");
            toolbar.add(add, importButton);
        }
        toolbar.add(count);

        grid.setId("questions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(QuestionRow::position)
                .setHeader(getTranslation("questions.col.position"))
                .setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(q -> getTranslation("question.kind." + q.kind().name()))
                .setHeader(getTranslation("questions.col.kind"))
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::textCell)
                .setHeader(getTranslation("questions.col.text"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("questions.col.status"))
                .setWidth("9em")
                .setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(this::actions)
                    .setHeader(getTranslation("questions.col.actions"))
                    .setWidth("15em")
                    .setFlexGrow(0);
        }
        grid.setPartNameGenerator(q -> q.active() ? null : "inactive");
        empty.setText(getTranslation("questions.empty"));
        empty.addClassName("muted");
        add(toolbar, grid, empty);
        refresh();
    }

    /** Tells the page (quiz settings) that the number of active questions may have changed. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    private void changed() {
        refresh();
        onChange.run();
    }

    private Component textCell(QuestionRow q) {
        Div cell = new Div(new Span(q.text()));
        cell.addClassName("question-cell");
        UnorderedList options = new UnorderedList();
        options.addClassName("option-list");
        for (QuestionData.OptionData o : q.options()) {
            ListItem item = new ListItem(o.text());
            if (o.correct()) {
                item.addClassName("correct");
                item.addComponentAsFirst(VaadinIcon.CHECK.create());
            }
            options.add(item);
        }
        cell.add(options);
        return cell;
    }

    private Component status(QuestionRow q) {
        return q.active()
                ? new Badge(getTranslation("questions.active"), "success")
                : new Badge(getTranslation("questions.inactive"), "neutral");
    }

    private Component actions(QuestionRow q) {
        Button edit = new Button(
                getTranslation("questions.edit"),
                VaadinIcon.EDIT.create(),
                e -> new EditQuestionDialog(bank, moduleId, q, this::changed).open());
        edit.setId("question-edit-" + q.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button toggle = new Button(
                getTranslation(q.active() ? "questions.deactivate" : "questions.reactivate"),
                (q.active() ? VaadinIcon.BAN : VaadinIcon.REFRESH).create(),
                e -> {
                    bank.setActive(q.id(), !q.active());
                    Notification.show(
                                    getTranslation(q.active() ? "questions.deactivated" : "questions.reactivated"),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    changed();
                });
        toggle.setId((q.active() ? "question-deactivate-" : "question-reactivate-") + q.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (q.active()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Div actions = new Div(edit, toggle);
        actions.addClassName("row-actions");
        return actions;
    }

    private void refresh() {
        List<QuestionRow> rows = bank.questions(moduleId);
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        count.setText(getTranslation(
                "questions.count", rows.stream().filter(QuestionRow::active).count(), rows.size()));
    }
}
