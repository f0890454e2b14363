package vn.daotao.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.daotao.base.AccessDenials;
import vn.daotao.base.UserFacingException;

/** The one place where an unexpected error in a click or edit is logged and told to the person. */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);
    private final AccessDenials denials;

    UiErrorHandler(AccessDenials denials) {
        this.denials = denials;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        String key;
        Object[] args = new Object[0];
        if (rootOf(error) instanceof UserFacingException refusal) {
            key = refusal.messageKey();
            args = refusal.args();
        } else if (rootOf(error) instanceof AccessDeniedException denied) {
            denials.actionRefused(String.valueOf(denied.getMessage()));
            key = "error.denied.message";
        } else if (vn.daotao.base.db.DatabaseUnavailable.is(error)) {
            // restarting or unreachable: nothing saved is lost, the person tries again in a moment
            log.warn(
                    "Database unavailable during a UI action: {}", rootOf(error).getMessage());
            key = "error.database.unavailable";
        } else if (frozenContent(rootOf(error))) {
            // The V013 triggers refused a write to a published edition that slipped past the service's
            // check (the edition was published meanwhile): nothing changed, say why.
            key = "content.error.notDraft";
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {} in the UI", reference, error);
            key = "error.action.failed";
        }
        if (ui != null) {
            String messageKey = key;
            Object[] messageArgs = args;
            ui.access(() -> {
                Notification n = Notification.show(
                        ui.getTranslation(messageKey, messageArgs), 6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static boolean frozenContent(Throwable root) {
        return root instanceof java.sql.SQLException sql
                && "23001".equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).contains("published edition");
    }

    private static Throwable rootOf(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && !(t instanceof AccessDeniedException) && !(t instanceof UserFacingException)) {
            t = t.getCause();
        }
        return t;
    }
}
