package vn.daotao.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.daotao.base.AccessDenials;

/** A signed-in person opened a page their role does not allow: say so, and record it. */
// Inside the app's frame (menu, who is signed in): only signed-in people reach a view of the app.
@com.vaadin.flow.router.ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RoleDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final AccessDenials denials;

    public RoleDeniedView(AccessDenials denials) {
        this.denials = denials;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = "/" + event.getLocation().getPathWithQueryParameters();
        denials.pageRefused(path);
        show(
                "access-denied",
                com.vaadin.flow.component.icon.VaadinIcon.BAN,
                "error.denied.title",
                "error.denied.message");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
