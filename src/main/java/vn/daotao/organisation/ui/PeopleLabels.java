package vn.daotao.organisation.ui;

import com.vaadin.flow.component.Component;
import vn.daotao.base.ui.Badge;
import vn.daotao.organisation.PersonStatus;
import vn.daotao.security.Role;

/** Texts and badges for account statuses and roles. */
final class PeopleLabels {

    private PeopleLabels() {}

    static String status(Component c, PersonStatus status) {
        return c.getTranslation("people.status." + status.name());
    }

    static Badge badge(Component c, PersonStatus status) {
        return new Badge(
                status(c, status),
                switch (status) {
                    case ENABLED -> "success";
                    case DISABLED -> "neutral";
                    case LOCKED -> "error";
                });
    }

    static String role(Component c, Role role) {
        return c.getTranslation("people.role." + role.name());
    }
}
