package vn.daotao.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything unexpected while opening a page: logged with a reference the person can quote. */
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (vn.daotao.base.db.DatabaseUnavailable.is(parameter.getCaughtException())) {
            log.warn(
                    "Database unavailable while opening /{}",
                    event.getLocation().getPath());
            show("database-unavailable", VaadinIcon.WARNING, "error.database.title", "error.database.unavailable");
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Error {} while opening /{}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        show("internal-error", VaadinIcon.WARNING, "error.internal.title", "error.internal.message");
        getElement().setAttribute("data-reference", reference);
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("error.reference", reference)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
