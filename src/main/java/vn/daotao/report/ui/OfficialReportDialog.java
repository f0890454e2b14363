package vn.daotao.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinSession;
import vn.daotao.base.UserFacingException;
import vn.daotao.report.OfficialReportForm;
import vn.daotao.report.ReportFormat;

/**
 * Asks for what only the unit head knows (number and symbol, recipients, signer) and offers the official
 * report as PDF and DOCX. The fields sync as they are typed, so a download takes what is in them; the last
 * values are kept for the next report of the same sign-in.
 */
class OfficialReportDialog extends Dialog {

    private static final String REMEMBERED = OfficialReportDialog.class.getName() + ".form";

    /** Makes a download link for a format that writes the report with the form as it is then. */
    interface Links {
        Anchor link(
                String id, String labelKey, ReportFormat format, java.util.function.Supplier<OfficialReportForm> form);
    }

    private volatile OfficialReportForm form;

    OfficialReportDialog(Links links) {
        setHeaderTitle(getTranslation("report.official.dialog"));
        setId("official-report-dialog");
        setWidth("min(44rem, 95vw)");
        OfficialReportForm last = remembered();
        form = last;
        TextField number = field("official-number", "report.official.number", last.number());
        number.setPlaceholder(getTranslation("report.official.numberHint"));
        TextArea recipients = new TextArea(getTranslation("report.official.recipients"));
        recipients.setId("official-recipients");
        recipients.setPlaceholder(getTranslation("report.official.recipientsHint"));
        recipients.setValue(last.recipients());
        recipients.setMaxLength(OfficialReportForm.MAX_FIELD * 5);
        recipients.setValueChangeMode(ValueChangeMode.EAGER);
        TextField position = field("official-signer-position", "report.official.signerPosition", last.signerPosition());
        TextField name = field("official-signer-name", "report.official.signerName", last.signerName());
        Runnable update = () -> {
            try {
                form = new OfficialReportForm(
                        number.getValue(), recipients.getValue(), position.getValue(), name.getValue());
                recipients.setInvalid(false);
                VaadinSession.getCurrent().setAttribute(REMEMBERED, form);
            } catch (UserFacingException e) {
                recipients.setErrorMessage(getTranslation(e.messageKey(), e.args()));
                recipients.setInvalid(true);
            }
        };
        for (var field : java.util.List.of(number, position, name)) {
            field.addValueChangeListener(e -> update.run());
        }
        recipients.addValueChangeListener(e -> update.run());

        FormLayout layout = new FormLayout(number, position, name, recipients);
        layout.setColspan(recipients, 2);
        Paragraph hint = new Paragraph(getTranslation("report.official.hint"));
        hint.addClassName("muted");
        add(hint, layout);
        Div downloads = new Div(
                links.link("official-pdf", "report.official.pdf", ReportFormat.PDF, () -> form),
                links.link("official-docx", "report.official.docx", ReportFormat.DOCX, () -> form));
        downloads.addClassName("exports");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), downloads);
    }

    private TextField field(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setMaxLength(OfficialReportForm.MAX_FIELD);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        return field;
    }

    private static OfficialReportForm remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getAttribute(REMEMBERED);
        return value instanceof OfficialReportForm f ? f : new OfficialReportForm("", "", "", "");
    }
}
