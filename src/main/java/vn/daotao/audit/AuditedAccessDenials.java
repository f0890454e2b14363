package vn.daotao.audit;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.daotao.base.AccessDenials;

/** Every refused access is an {@link AuditAction#ACCESS_DENIED} event in its own transaction. */
@Component
class AuditedAccessDenials implements AccessDenials {

    private final AuditLog audit;

    AuditedAccessDenials(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void pageRefused(String path) {
        audit.recordInOwnTransaction(AuditAction.ACCESS_DENIED, AuditTarget.ROUTE, path, Map.of("kind", "view"));
    }

    @Override
    public void serviceRefused(String path, String reason) {
        audit.recordInOwnTransaction(
                AuditAction.ACCESS_DENIED, AuditTarget.ROUTE, path, Map.of("kind", "service", "reason", reason));
    }

    @Override
    public void actionRefused(String reason) {
        audit.recordInOwnTransaction(AuditAction.ACCESS_DENIED, AuditTarget.ACTION, null, Map.of("reason", reason));
    }

    @Override
    public void downloadRefused(String uri, String reason) {
        audit.recordInOwnTransaction(
                AuditAction.ACCESS_DENIED, AuditTarget.URL, uri, Map.of("kind", "download", "reason", reason));
    }
}
