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
 * A service refused the signed-in person (for example someone else's record by id in the URL): the same
 * answer as an address that does not exist ("not found", no hint which: a typo is not alarming, and a guess
 * learns nothing), and an audit event naming what was asked for.
 */
// Inside the app's frame (menu, who is signed in): only signed-in people reach a view of the app.
@com.vaadin.flow.router.ParentLayout(MainLayout.class)
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
        show("not-found", VaadinIcon.QUESTION_CIRCLE_O, "error.notfound.title", "error.notfound.message");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
