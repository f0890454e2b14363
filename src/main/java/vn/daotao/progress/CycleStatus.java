package vn.daotao.progress;

/**
 * Where one person stands in one cycle of a course (one assignment reaching them): the same four values
 * on the learner's pages, in the unit roster, the person record and reminders.
 */
public enum CycleStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE
}
