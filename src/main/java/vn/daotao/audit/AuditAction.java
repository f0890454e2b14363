package vn.daotao.audit;

/** What an audit event records. Stored by name: never rename a constant that has been written. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGIN_REJECTED_LOCKED,
    LOGOUT,
    ACCESS_DENIED,
    ADMIN_CREATED,
    CERTIFICATE_ISSUED,
    REMINDERS_SENT,
    PASSWORD_CHANGED,
    CERTIFICATE_REVOKED
}
