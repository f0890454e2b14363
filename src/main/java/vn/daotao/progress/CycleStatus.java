package vn.daotao.progress;

/**
 * Where one person stands in one cycle of a course (one assignment reaching them): the same four values
 * on the learner's pages, in the unit roster, the person record and reminders.
 */
public enum CycleStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    OVERDUE,
    /**
     * The person left the assigned unit before completing the cycle ("chuyển đơn vị"): not overdue, not
     * counted against the old unit; it stays in their history.
     */
    MOVED;

    /** Completed or moved: the cycle is over and shown as history. */
    public boolean ended() {
        return this == COMPLETED || this == MOVED;
    }
}
