package vn.daotao.progress.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.DatePickers;
import vn.daotao.base.ui.SingleFileUpload;
import vn.daotao.course.CourseContentService;
import vn.daotao.course.ModuleSummary;
import vn.daotao.progress.AssignableEdition;
import vn.daotao.progress.EvidenceUpload;
import vn.daotao.progress.ManualRecordService;
import vn.daotao.progress.SessionDraft;
import vn.daotao.progress.TargetUnit;

/** A new in-person session: what, when, where, which course and modules it counts for, who organised it. */
class CreateSessionDialog extends Dialog {

    private EvidenceUpload evidence;

    CreateSessionDialog(ManualRecordService records, CourseContentService content, LongConsumer created) {
        setHeaderTitle(getTranslation("session.new"));
        setId("session-dialog");
        setWidth("min(46rem, 95vw)");
        TextField title = new TextField(getTranslation("session.field.title"));
        title.setId("session-title");
        title.setMaxLength(300);
        title.setRequired(true);
        DatePicker date = DatePickers.localised(new DatePicker(getTranslation("session.field.date")));
        date.setId("session-date");
        date.setMax(LocalDate.now(TimeConfiguration.ZONE));
        date.setValue(LocalDate.now(TimeConfiguration.ZONE));
        TextField place = new TextField(getTranslation("session.field.place"));
        place.setId("session-place");
        place.setMaxLength(300);
        ComboBox<AssignableEdition> edition = new ComboBox<>(getTranslation("session.field.course"));
        edition.setId("session-course");
        edition.setItems(records.editions());
        edition.setItemLabelGenerator(e -> e.title() + " · " + getTranslation("course.edition", e.editionNo()));
        CheckboxGroup<ModuleSummary> modules = new CheckboxGroup<>(getTranslation("session.field.modules"));
        modules.setId("session-modules");
        modules.setItemLabelGenerator(m -> m.position() + ". " + m.title());
        edition.addValueChangeListener(e -> {
            modules.setItems(
                    e.getValue() == null
                            ? java.util.List.of()
                            : content.modules(e.getValue().id()));
            modules.select(
                    e.getValue() == null
                            ? java.util.List.of()
                            : content.modules(e.getValue().id()));
        });
        ComboBox<TargetUnit> unit = new ComboBox<>(getTranslation("session.field.unit"));
        unit.setId("session-unit");
        java.util.List<TargetUnit> units = records.units();
        unit.setItems(vn.daotao.base.ui.AccentFree.filter(TargetUnit::name), units);
        unit.setItemLabelGenerator(TargetUnit::name);
        if (!units.isEmpty()) {
            unit.setValue(units.getFirst());
        }
        Span evidenceLabel = new Span(getTranslation("session.field.evidence"));
        evidenceLabel.addClassName("muted");
        Upload upload = SingleFileUpload.of(
                this,
                "session-evidence",
                EvidenceUpload.MAX_BYTES,
                (name, bytes) -> evidence = new EvidenceUpload(name, bytes),
                () -> evidence = null,
                EvidenceUpload.ACCEPTED);

        FormLayout form = new FormLayout(title, date, place, edition, unit, modules, evidenceLabel, upload);
        form.setColspan(title, 2);
        form.setColspan(edition, 2);
        form.setColspan(unit, 2);
        form.setColspan(modules, 2);
        form.setColspan(evidenceLabel, 2);
        form.setColspan(upload, 2);
        add(form);

        Button save = new Button(getTranslation("action.create"), e -> {
            try {
                if (edition.getValue() == null) {
                    throw new UserFacingException("session.error.edition");
                }
                if (unit.getValue() == null) {
                    throw new UserFacingException("session.error.unit");
                }
                long id = records.createSession(new SessionDraft(
                        edition.getValue().id(),
                        unit.getValue().id(),
                        title.getValue(),
                        date.getValue(),
                        place.getValue(),
                        modules.getSelectedItems().stream()
                                .map(ModuleSummary::id)
                                .toList(),
                        evidence));
                close();
                Notification.show(getTranslation("session.created"), 3000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                created.accept(id);
            } catch (UserFacingException refused) {
                Notification.show(
                                getTranslation(refused.messageKey(), refused.args()),
                                6000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
