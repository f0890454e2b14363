package vn.daotao.notification;

/** What a notice is about; its texts are {@code notification.<KIND>.title} and {@code .body}. */
public enum NotificationKind {
    /** a course newly assigned to the person (a new cycle, a renewal's next one too) */
    ASSIGNED,
    /** one of the assignment's reminder days before the due date, course not finished */
    DUE_SOON,
    /** the due date passed, course not finished */
    OVERDUE,
    /** to a unit head, weekly: their unit's overdue people */
    DIGEST,
    /** a certificate was issued to the person */
    CERTIFICATE_ISSUED
}
