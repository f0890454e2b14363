package vn.daotao.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.DatePickers;
import vn.daotao.base.ui.Formats;
import vn.daotao.progress.AssignmentRow;
import vn.daotao.progress.AssignmentService;

/** A new due date for one cycle; refusals (past, before the start, overlapping) show next to the field. */
class ChangeDueDateDialog extends Dialog {

    ChangeDueDateDialog(AssignmentService assignments, AssignmentRow row, Runnable onSaved) {
        setId("assignment-due-dialog");
        setHeaderTitle(getTranslation("assignments.editDue"));
        add(AssignmentListView.muted(
                row.courseTitle() + " · " + (row.unitId() != null ? row.unitName() : row.personName()) + " · "
                        + getTranslation("assignments.col.start") + " " + Formats.date(row.periodStart())));
        DatePicker due = DatePickers.localised(new DatePicker(getTranslation("assignments.field.due")));
        due.setId("assignment-due-edit");
        due.setValue(row.dueDate());
        due.setMin(today().isAfter(row.periodStart()) ? today() : row.periodStart());
        due.setWidthFull();
        add(due);
        Button save = new Button(getTranslation("assignments.save"), e -> {
            try {
                boolean changed = assignments.changeDueDate(row.id(), due.getValue());
                close();
                onSaved.run();
                if (changed) {
                    Notification.show(getTranslation("assignments.dueChanged"), 4000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
            } catch (UserFacingException problem) {
                due.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                due.setInvalid(true);
            }
        });
        save.setId("assignment-due-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("assignments.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private static LocalDate today() {
        return LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE);
    }
}
