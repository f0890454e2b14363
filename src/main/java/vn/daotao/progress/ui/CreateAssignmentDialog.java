package vn.daotao.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.DatePickers;
import vn.daotao.progress.AssignableEdition;
import vn.daotao.progress.AssignmentData;
import vn.daotao.progress.AssignmentService;
import vn.daotao.progress.Recurrence;
import vn.daotao.progress.TargetPerson;
import vn.daotao.progress.TargetUnit;

/** A new assignment: a published edition, units (sub-units included by default) and/or people, a period. */
class CreateAssignmentDialog extends Dialog {

    private final AssignmentService assignments;
    private final ComboBox<AssignableEdition> edition = new ComboBox<>();
    private final Map<Long, Checkbox> units = new LinkedHashMap<>();
    private final Map<Long, TargetPerson> people = new LinkedHashMap<>();
    private final Div unitList = new Div();
    private final Div personList = new Div();
    private final DatePicker start = DatePickers.localised(new DatePicker());
    private final DatePicker due = DatePickers.localised(new DatePicker());
    private final RadioButtonGroup<Recurrence> recurrence = new RadioButtonGroup<>();
    private final com.vaadin.flow.component.textfield.TextField reminderDays =
            new com.vaadin.flow.component.textfield.TextField();
    private final Span error = new Span();

    CreateAssignmentDialog(AssignmentService assignments, Runnable onCreated) {
        this.assignments = assignments;
        setId("assign-dialog");
        setHeaderTitle(getTranslation("assignments.new"));
        setWidth("min(760px, 96vw)");

        edition.setId("assign-edition");
        edition.setLabel(getTranslation("assignments.field.edition"));
        edition.setItems(assignments.publishedEditions());
        edition.setItemLabelGenerator(e -> e.title() + " · " + getTranslation("course.edition", e.editionNo()));
        edition.setWidthFull();
        edition.setRequiredIndicatorVisible(true);

        ComboBox<TargetUnit> unitPicker = new ComboBox<>(getTranslation("assignments.field.units"));
        unitPicker.setId("assign-unit");
        unitPicker.setItems(
                q -> assignments.searchUnits(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        unitPicker.setItemLabelGenerator(u -> u.parentName() == null ? u.name() : u.name() + " — " + u.parentName());
        unitPicker.setPlaceholder(getTranslation("assignments.field.units.placeholder"));
        unitPicker.setWidthFull();
        unitPicker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addUnit(e.getValue());
                unitPicker.clear();
            }
        });
        unitList.setId("assign-units");
        unitList.addClassName("target-list");

        ComboBox<TargetPerson> personPicker = new ComboBox<>(getTranslation("assignments.field.people"));
        personPicker.setId("assign-person");
        personPicker.setItems(
                q -> assignments.searchPeople(q.getFilter().orElse(""), q.getOffset(), q.getLimit()).stream());
        personPicker.setItemLabelGenerator(this::personLabel);
        personPicker.setPlaceholder(getTranslation("assignments.field.people.placeholder"));
        personPicker.setWidthFull();
        personPicker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addPerson(e.getValue());
                personPicker.clear();
            }
        });
        personList.setId("assign-people");
        personList.addClassName("target-list");

        LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
        start.setId("assign-start");
        start.setLabel(getTranslation("assignments.field.start"));
        start.setValue(today);
        due.setId("assign-due");
        due.setLabel(getTranslation("assignments.field.due"));
        due.setMin(today);
        due.setRequiredIndicatorVisible(true);
        start.addValueChangeListener(
                e -> due.setMin(e.getValue() == null || e.getValue().isBefore(today) ? today : e.getValue()));
        recurrence.setId("assign-recurrence");
        recurrence.setLabel(getTranslation("assignments.field.recurrence"));
        recurrence.setItems(Recurrence.values());
        recurrence.setItemLabelGenerator(r -> getTranslation("assignments.recurrence." + r.name()));
        recurrence.setValue(Recurrence.NONE);
        recurrence.setHelperText(getTranslation("assignments.field.recurrence.help"));
        Div dates = new Div(start, due);
        dates.addClassName("filters");
        reminderDays.setId("assign-reminder-days");
        reminderDays.setLabel(getTranslation("assignments.field.reminderDays"));
        reminderDays.setHelperText(getTranslation("assignments.field.reminderDays.help"));
        reminderDays.setValue(AssignmentData.DEFAULT_REMINDER_DAYS.stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", ")));
        reminderDays.setWidth("min(360px, 100%)");

        error.setId("assign-error");
        error.addClassName("text-error");
        add(edition, unitPicker, unitList, personPicker, personList, dates, recurrence, reminderDays, error);

        Button save = new Button(getTranslation("assignments.create"), e -> save(onCreated));
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("assignments.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void addUnit(TargetUnit unit) {
        if (units.containsKey(unit.id())) {
            return;
        }
        Checkbox sub = new Checkbox(getTranslation("assignments.includeSubunits"), true);
        sub.setId("assign-unit-sub-" + unit.id());
        units.put(unit.id(), sub);
        Div row = new Div();
        row.addClassName("target-item");
        Span name = new Span(unit.name());
        name.addClassName("target-name");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            units.remove(unit.id());
            unitList.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("assignments.removeTarget"));
        row.add(VaadinIcon.SITEMAP.create(), name, sub, remove);
        unitList.add(row);
    }

    private void addPerson(TargetPerson person) {
        if (people.putIfAbsent(person.id(), person) != null) {
            return;
        }
        Div row = new Div();
        row.addClassName("target-item");
        row.setId("assign-person-" + person.id());
        Span name = new Span(personLabel(person));
        name.addClassName("target-name");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            people.remove(person.id());
            personList.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("assignments.removeTarget"));
        row.add(VaadinIcon.USER.create(), name, remove);
        personList.add(row);
    }

    private String personLabel(TargetPerson p) {
        return p.fullName() + (p.employeeCode() == null ? "" : " (" + p.employeeCode() + ")") + " — " + p.unitName();
    }

    private void save(Runnable onCreated) {
        error.setText("");
        due.setInvalid(false);
        edition.setInvalid(false);
        if (edition.getValue() == null) {
            edition.setErrorMessage(getTranslation("assignments.error.edition"));
            edition.setInvalid(true);
            return;
        }
        reminderDays.setInvalid(false);
        List<Integer> days = days(reminderDays.getValue());
        if (days == null) {
            reminderDays.setErrorMessage(getTranslation("assignments.error.reminderDays"));
            reminderDays.setInvalid(true);
            return;
        }
        List<AssignmentData.UnitTarget> unitTargets = new ArrayList<>();
        units.forEach((id, sub) -> unitTargets.add(new AssignmentData.UnitTarget(id, sub.getValue())));
        AssignmentData data = new AssignmentData(
                edition.getValue().id(),
                unitTargets,
                List.copyOf(people.keySet()),
                start.getValue(),
                due.getValue(),
                recurrence.getValue(),
                days);
        if (unitTargets.isEmpty() && people.isEmpty()) {
            create(data, onCreated);
            return;
        }
        confirm(data, onCreated);
    }

    /** "7, 1" as days (blank: none), or null when a part is not a whole number from 1 to 90. */
    static List<Integer> days(String text) {
        List<Integer> days = new ArrayList<>();
        for (String part : (text == null ? "" : text.strip()).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,2}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > 90) {
                return null;
            }
            days.add(Integer.parseInt(part));
        }
        return days;
    }

    /** Says what is about to happen (course, how many people today, due date, repetition) before it does. */
    private void confirm(AssignmentData data, Runnable onCreated) {
        int reach = assignments.reach(data);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog =
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setId("assign-confirm");
        dialog.setHeader(getTranslation("assignments.confirm.title"));
        com.vaadin.flow.component.html.Paragraph text = new com.vaadin.flow.component.html.Paragraph(getTranslation(
                "assignments.confirm.text",
                edition.getValue().title() + " · "
                        + getTranslation("course.edition", edition.getValue().editionNo()),
                reach,
                vn.daotao.base.ui.Formats.date(due.getValue()),
                getTranslation("assignments.recurrence."
                        + (recurrence.getValue() == null
                                ? "NONE"
                                : recurrence.getValue().name()))));
        text.setId("assign-confirm-text");
        dialog.add(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("assignments.cancel"));
        Button ok = new Button(getTranslation("assignments.confirm.ok"), e -> {
            dialog.close();
            create(data, onCreated);
        });
        ok.setId("assign-confirm-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(ok);
        dialog.setCloseOnEsc(true);
        dialog.open();
    }

    private void create(AssignmentData data, Runnable onCreated) {
        try {
            List<Long> created = assignments.create(data);
            close();
            onCreated.run();
            Notification.show(
                            getTranslation("assignments.created", created.size()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserFacingException problem) {
            String message = getTranslation(problem.messageKey(), problem.args());
            if (problem.messageKey().startsWith("assignments.error.due")) {
                due.setErrorMessage(message);
                due.setInvalid(true);
            } else {
                error.setText(message);
            }
        }
    }
}
