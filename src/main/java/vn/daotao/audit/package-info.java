/**
 * The append-only audit log: {@link vn.daotao.audit.AuditLog} writes, {@link vn.daotao.audit.AuditQuery}
 * reads for the admin console, and {@code AuditedAccessDenials} records the refusals that the app frame
 * reports through {@link vn.daotao.base.AccessDenials}. Owns the table {@code audit_event}.
 */
package vn.daotao.audit;
