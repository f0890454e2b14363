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
    CERTIFICATE_REVOKED,
    COURSE_CREATED,
    COURSE_UPDATED,
    EDITION_UPDATED,
    EDITION_PUBLISHED,
    EDITION_DRAFTED,
    MODULE_CHANGED,
    SECTION_CHANGED,
    ATTACHMENT_ADDED,
    ATTACHMENT_REMOVED,
    UPLOAD_REFUSED,
    QUESTION_CREATED,
    QUESTION_UPDATED,
    QUESTION_DEACTIVATED,
    QUESTIONS_IMPORTED,
    QUIZ_SETTINGS_CHANGED,
    UNIT_CREATED,
    UNIT_UPDATED,
    UNIT_MOVED,
    UNIT_DEACTIVATED,
    USER_CREATED,
    USER_UPDATED,
    USER_UNLOCKED,
    PASSWORD_RESET,
    PEOPLE_IMPORTED,
    /** Units and people synchronised from the directory (issue 15), with counts. */
    DIRECTORY_SYNCED,
    ASSIGNMENT_CREATED,
    ASSIGNMENT_UPDATED,
    ASSIGNMENT_RENEWED,
    /** A certificate about to expire gave its holder a personal cycle of the course. */
    ASSIGNMENT_RECERTIFICATION,
    CERTIFICATE_SETTINGS_CHANGED,
    SESSION_CREATED,
    ATTENDANCE_RECORDED,
    ATTENDANCE_IMPORTED,
    ATTENDANCE_WITHDRAWN,
    EXEMPTION_RECORDED,
    RECORD_WITHDRAWN,
    CERTIFICATE_REISSUED,
    SIGNING_KEY_INSTALLED,
    /** The hash chain of completions, certificates and audit events was walked (with its outcome). */
    RECORDS_VERIFIED,
    /** Failed sign-ins for one name from many addresses reached the ceiling: the name is refused elsewhere. */
    ACCOUNT_UNDER_ATTACK,
    /** An API token was made (issue 15): its name, scopes and expiry, never the secret. */
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    /** A call of the REST API with a valid token: method, path, status. */
    API_CALL,
    /** A call of the REST API refused: no or bad token, a missing scope, the rate limit. */
    API_REFUSED
}
