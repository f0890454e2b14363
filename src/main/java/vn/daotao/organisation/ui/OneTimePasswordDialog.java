package vn.daotao.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a new one-time password exactly once: it is not stored in clear anywhere, so closing the dialog
 * is the end of it (a lost password is simply reset again).
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password, Runnable closed) {
        setId("otp-dialog");
        setHeaderTitle(getTranslation("people.otp.title"));
        setCloseOnOutsideClick(false);
        Paragraph who = new Paragraph(getTranslation("people.otp.for", username));
        Span value = new Span(password);
        value.setId("otp-value");
        value.addClassName("otp-value");
        Paragraph note = new Paragraph(getTranslation("people.otp.note"));
        note.addClassName("muted");
        add(who, value, note);
        Button ok = new Button(getTranslation("people.otp.done"), e -> close());
        ok.setId("otp-close");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(ok);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        setWidth("min(480px, 95vw)");
    }
}
