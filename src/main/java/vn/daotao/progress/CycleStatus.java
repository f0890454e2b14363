package vn.daotao.progress;

/**
 * Where one person stands in one cycle of a course (one assignment reaching them): the same values on the
 * learner's pages, in the unit roster, the person record and reminders.
 */
public enum CycleStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    /** Completed with at least one module passed by attending an in-person session ("hoàn thành trực tiếp"). */
    COMPLETED_IN_PERSON,
    /** Closed by an approved exemption ("miễn"): not to do, not counted as assigned. */
    EXEMPT,
    OVERDUE,
    /**
     * The person left the assigned unit before completing the cycle ("chuyển đơn vị"): not overdue, not
     * counted against the old unit; it stays in their history.
     */
    MOVED;

    /** Completed (online or in person), exempt or moved: the cycle is over and shown as history. */
    public boolean ended() {
        return completed() || this == EXEMPT || this == MOVED;
    }

    /** Completed online or in person. */
    public boolean completed() {
        return this == COMPLETED || this == COMPLETED_IN_PERSON;
    }
}
