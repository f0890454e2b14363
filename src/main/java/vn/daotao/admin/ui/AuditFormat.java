package vn.daotao.admin.ui;

import com.vaadin.flow.component.Component;
import vn.daotao.audit.AuditRow;
import vn.daotao.base.TimeConfiguration;

import java.time.format.DateTimeFormatter;

final class AuditFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(TimeConfiguration.ZONE);

    private AuditFormat() {
    }

    static String when(AuditRow row) {
        return WHEN.format(row.occurredAt());
    }

    static String actor(AuditRow row, Component view) {
        if (row.actorUsername() == null) {
            return view.getTranslation("audit.actor.none");
        }
        return row.actorFullName() == null ? row.actorUsername() : row.actorFullName() + " (" + row.actorUsername() + ")";
    }
}
