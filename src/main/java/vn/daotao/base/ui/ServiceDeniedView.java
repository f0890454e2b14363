package vn.daotao.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.AccessDenials;

/**
 * A service refused the signed-in person (for example someone else's record by id in the URL):
 * the same answer as a forbidden page, and an audit event naming what was asked for.
 */
@AnonymousAllowed
public class ServiceDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final AccessDenials denials;

    public ServiceDeniedView(AccessDenials denials) {
        this.denials = denials;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = "/" + event.getLocation().getPathWithQueryParameters();
        denials.serviceRefused(path, String.valueOf(parameter.getException().getMessage()));
        show("access-denied", VaadinIcon.BAN, "error.denied.title", "error.denied.message");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
