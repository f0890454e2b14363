package vn.daotao.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.daotao.certificate.CertificateService;
import vn.daotao.progress.CourseCompleted;
import vn.daotao.security.CurrentUser;

/**
 * The moment a learner passes the last module (or confirms the commitment), their page announces the completed
 * course and links the certificate, which was issued in the same transaction. Only to the learner themselves in
 * the page that completed it: an admin recording attendance for others sees nothing here.
 */
@Component
class CompletionAnnouncement {

    private final CurrentUser currentUser;
    private final CertificateService certificates;

    CompletionAnnouncement(CurrentUser currentUser, CertificateService certificates) {
        this.currentUser = currentUser;
        this.certificates = certificates;
    }

    /** After the commit: a failure here must never make the learner's committed submission look failed. */
    @TransactionalEventListener
    void announce(CourseCompleted completed) {
        try {
            show(completed);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CompletionAnnouncement.class)
                    .warn("Could not announce completion {}", completed.completionId(), e);
        }
    }

    private void show(CourseCompleted completed) {
        UI ui = UI.getCurrent();
        if (ui == null
                || currentUser.get().filter(me -> me.id() == completed.userId()).isEmpty()) {
            return;
        }
        var certificate = certificates.myCertificateOf(completed.completionId()).orElse(null);
        Notification notice = new Notification();
        notice.setDuration(0);
        notice.setPosition(Notification.Position.TOP_CENTER);
        notice.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
        Span text = new Span(
                certificate == null
                        ? ui.getTranslation("completion.announcedNoCertificate")
                        : ui.getTranslation("completion.announced", certificate.courseTitle()));
        Div content = new Div(VaadinIcon.DIPLOMA.create(), text);
        content.setId("completion-announcement");
        content.addClassName("completion-announcement");
        if (certificate != null) {
            Anchor open =
                    new Anchor("files/certificates/" + certificate.id(), ui.getTranslation("completion.certificate"));
            open.setId("completion-certificate");
            open.setTarget("_blank");
            Anchor all = new Anchor("certificates", ui.getTranslation("completion.allCertificates"));
            content.add(open, all);
        }
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notice.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel(ui.getTranslation("completion.close"));
        content.add(close);
        notice.add(content);
        notice.open();
    }
}
