package vn.daotao.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.InvalidQuestionException;
import vn.daotao.course.QuestionBankService;
import vn.daotao.course.QuestionData;
import vn.daotao.course.QuestionKind;
import vn.daotao.course.QuestionRow;
import vn.daotao.course.QuestionRules;

/** Adds a question to a module's bank or edits one: type, text, explanation and option rows. */
class EditQuestionDialog extends Dialog {

    private final QuestionBankService bank;
    private final long moduleId;
    private final QuestionRow existing;
    private final Runnable onSaved;
    private final Select<QuestionKind> kind = new Select<>();
    private final TextArea text = new TextArea();
    private final TextArea explanation = new TextArea();
    private final Div optionRows = new Div();
    private final Button addOption = new Button();
    private final Div problems = new Div();
    /** The options as edited; the rows are rebuilt from it so ids follow positions. */
    private final List<QuestionData.OptionData> options = new ArrayList<>();

    EditQuestionDialog(QuestionBankService bank, long moduleId, QuestionRow existing, Runnable onSaved) {
        this.bank = bank;
        this.moduleId = moduleId;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("question-dialog");
        setHeaderTitle(getTranslation(existing == null ? "question.dialog.add" : "question.dialog.edit"));
        setWidth("min(760px, 96vw)");
        setCloseOnOutsideClick(false);

        kind.setId("question-kind");
        kind.setLabel(getTranslation("question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("question.kind." + k.name()));
        text.setId("question-text");
        text.setLabel(getTranslation("question.text"));
        text.setMaxLength(QuestionRules.MAX_TEXT);
        text.setWidthFull();
        text.setMinRows(2);
        explanation.setId("question-explanation");
        explanation.setLabel(getTranslation("question.explanation"));
        explanation.setMaxLength(QuestionRules.MAX_EXPLANATION);
        explanation.setWidthFull();

        Span optionsLabel = new Span(getTranslation("question.options"));
        optionsLabel.addClassName("field-caption");
        optionRows.addClassName("option-rows");
        optionRows.setId("question-options");
        addOption.setText(getTranslation("question.option.add"));
        addOption.setIcon(VaadinIcon.PLUS.create());
        addOption.setId("question-option-add");
        addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addOption.addClickListener(e -> {
            collect();
            options.add(new QuestionData.OptionData("", false));
            renderOptions();
        });
        problems.setId("question-problems");
        problems.addClassName("problems");
        problems.setVisible(false);

        Div form = new Div(kind, text, optionsLabel, optionRows, addOption, explanation, problems);
        form.addClassName("question-form");
        add(form);

        Button save = new Button(getTranslation("question.save"), e -> save());
        save.setId("question-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("question-cancel");
        getFooter().add(cancel, save);

        if (existing != null) {
            kind.setValue(existing.kind());
            text.setValue(existing.text());
            explanation.setValue(existing.explanation());
            options.addAll(existing.options());
        } else {
            kind.setValue(QuestionKind.SINGLE);
            for (int i = 0; i < 4; i++) {
                options.add(new QuestionData.OptionData("", false));
            }
        }
        kind.addValueChangeListener(e -> kindChanged(e.getValue()));
        renderOptions();
    }

    /** True/false gets its two fixed options; single-answer kinds keep at most one correct mark. */
    private void kindChanged(QuestionKind value) {
        collect();
        if (value == QuestionKind.TRUE_FALSE) {
            boolean trueCorrect = options.size() == 2 && options.getFirst().correct();
            options.clear();
            options.add(new QuestionData.OptionData(getTranslation("question.true"), trueCorrect));
            options.add(new QuestionData.OptionData(getTranslation("question.false"), false));
        } else if (value != null && value.singleAnswer()) {
            keepOnlyFirstCorrect();
        }
        renderOptions();
    }

    private void keepOnlyFirstCorrect() {
        boolean seen = false;
        for (int i = 0; i < options.size(); i++) {
            QuestionData.OptionData o = options.get(i);
            if (o.correct() && seen) {
                options.set(i, new QuestionData.OptionData(o.text(), false));
            }
            seen |= o.correct();
        }
    }

    private void renderOptions() {
        optionRows.removeAll();
        boolean trueFalse = kind.getValue() == QuestionKind.TRUE_FALSE;
        for (int i = 0; i < options.size(); i++) {
            int index = i;
            QuestionData.OptionData o = options.get(i);
            TextField field = new TextField();
            field.setId("question-option-text-" + i);
            field.setPlaceholder(getTranslation("question.option.placeholder", (char) ('A' + i)));
            field.setAriaLabel(getTranslation("question.option.placeholder", (char) ('A' + i)));
            field.setValue(o.text());
            field.setMaxLength(QuestionRules.MAX_OPTION);
            field.setReadOnly(trueFalse);
            field.addClassName("option-text");
            Span letter = new Span(String.valueOf((char) ('A' + i)));
            letter.addClassName("option-letter");
            Checkbox correct = new Checkbox(getTranslation("question.option.correct"), o.correct());
            correct.setId("question-option-correct-" + i);
            correct.addValueChangeListener(e -> {
                if (e.isFromClient()
                        && e.getValue()
                        && kind.getValue() != null
                        && kind.getValue().singleAnswer()) {
                    collect();
                    for (int j = 0; j < options.size(); j++) {
                        QuestionData.OptionData other = options.get(j);
                        options.set(j, new QuestionData.OptionData(other.text(), j == index));
                    }
                    renderOptions();
                }
            });
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                collect();
                options.remove(index);
                renderOptions();
            });
            remove.setId("question-option-remove-" + i);
            remove.setAriaLabel(getTranslation("question.option.remove", (char) ('A' + i)));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setVisible(!trueFalse && options.size() > QuestionRules.MIN_OPTIONS);
            Div row = new Div(letter, field, correct, remove);
            row.addClassName("option-row");
            optionRows.add(row);
        }
        addOption.setVisible(!trueFalse);
        addOption.setEnabled(options.size() < QuestionRules.MAX_OPTIONS);
    }

    /** Reads the option rows back into {@link #options}. */
    private void collect() {
        List<QuestionData.OptionData> read = new ArrayList<>();
        optionRows.getChildren().forEach(row -> {
            List<com.vaadin.flow.component.Component> parts = row.getChildren().toList();
            read.add(new QuestionData.OptionData(
                    ((TextField) parts.get(1)).getValue(), ((Checkbox) parts.get(2)).getValue()));
        });
        options.clear();
        options.addAll(read);
    }

    private void save() {
        collect();
        // Rows left completely empty are spare rows, not options.
        List<QuestionData.OptionData> filled =
                options.stream().filter(o -> !o.text().isEmpty() || o.correct()).toList();
        QuestionData data = new QuestionData(kind.getValue(), text.getValue(), explanation.getValue(), filled);
        List<String> found = QuestionRules.problems(data);
        if (!found.isEmpty()) {
            showProblems(found);
            return;
        }
        try {
            if (existing == null) {
                bank.add(moduleId, data);
            } else {
                bank.update(existing.id(), data);
            }
        } catch (InvalidQuestionException invalid) {
            showProblems(invalid.problems());
            return;
        } catch (UserFacingException refusal) {
            showProblems(List.of(refusal.messageKey()));
            return;
        }
        Notification.show(getTranslation("question.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        onSaved.run();
    }

    private void showProblems(List<String> keys) {
        problems.removeAll();
        UnorderedList list = new UnorderedList();
        keys.forEach(k -> list.add(new ListItem(getTranslation(k))));
        problems.add(new Span(getTranslation("question.problems")), list);
        problems.setVisible(true);
        problems.scrollIntoView();
        text.setInvalid(keys.stream().anyMatch(k -> k.startsWith("question.error.text")));
    }
}
