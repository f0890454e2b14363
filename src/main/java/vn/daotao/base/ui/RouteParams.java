package vn.daotao.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

public final class RouteParams {

    private RouteParams() {}

    /** A numeric route parameter; anything else (letters, a number too large) is a page that does not exist. */
    public static long id(BeforeEnterEvent event, String name) {
        try {
            return event.getRouteParameters().getLong(name).orElseThrow(NotFoundException::new);
        } catch (IllegalArgumentException notANumber) {
            throw new NotFoundException();
        }
    }
}
