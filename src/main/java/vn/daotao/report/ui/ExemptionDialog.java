package vn.daotao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDate;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.DatePickers;
import vn.daotao.base.ui.SingleFileUpload;
import vn.daotao.progress.EvidenceUpload;
import vn.daotao.progress.ExemptionDraft;
import vn.daotao.progress.ManualRecordService;

/** Exempts a person from one cycle: reason, who approved it and when, and optionally the approval document. */
class ExemptionDialog extends Dialog {

    private EvidenceUpload evidence;

    ExemptionDialog(ManualRecordService records, long userId, long assignmentId, Runnable saved) {
        setHeaderTitle(getTranslation("exemption.title"));
        setId("exemption-dialog");
        setWidth("min(40rem, 95vw)");
        TextArea reason = new TextArea(getTranslation("exemption.reason"));
        reason.setId("exemption-reason");
        reason.setMaxLength(1000);
        TextField approvedBy = new TextField(getTranslation("exemption.approvedBy"));
        approvedBy.setId("exemption-approved-by");
        approvedBy.setMaxLength(200);
        DatePicker approvedOn = DatePickers.localised(new DatePicker(getTranslation("exemption.approvedOn")));
        approvedOn.setId("exemption-approved-on");
        approvedOn.setMax(LocalDate.now(TimeConfiguration.ZONE));
        approvedOn.setValue(LocalDate.now(TimeConfiguration.ZONE));
        Span evidenceLabel = new Span(getTranslation("exemption.evidence"));
        evidenceLabel.addClassName("muted");
        Upload upload = SingleFileUpload.of(
                this,
                "exemption-evidence",
                EvidenceUpload.MAX_BYTES,
                (name, bytes) -> evidence = new EvidenceUpload(name, bytes),
                () -> evidence = null,
                EvidenceUpload.ACCEPTED);
        FormLayout form = new FormLayout(reason, approvedBy, approvedOn, evidenceLabel, upload);
        form.setColspan(reason, 2);
        form.setColspan(evidenceLabel, 2);
        form.setColspan(upload, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                records.exempt(new ExemptionDraft(
                        userId,
                        assignmentId,
                        reason.getValue(),
                        approvedBy.getValue(),
                        approvedOn.getValue(),
                        evidence));
                close();
                Notification.show(getTranslation("exemption.saved"), 3000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                saved.run();
            } catch (UserFacingException refused) {
                Notification.show(
                                getTranslation(refused.messageKey(), refused.args()),
                                6000,
                                Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("exemption-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
