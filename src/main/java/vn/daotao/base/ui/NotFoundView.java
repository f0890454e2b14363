package vn.daotao.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

// Inside the app's frame (menu, who is signed in): only signed-in people reach a view of the app.
@com.vaadin.flow.router.ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("not-found", VaadinIcon.QUESTION_CIRCLE_O, "error.notfound.title", "error.notfound.message");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
