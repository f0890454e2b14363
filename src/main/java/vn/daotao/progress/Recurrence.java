package vn.daotao.progress;

/** NONE: one cycle. YEARLY: when a cycle's due date has passed, the next cycle is created (see AssignmentRenewal). */
public enum Recurrence {
    NONE,
    YEARLY
}
