package vn.daotao.report;

/** Where one person stands in one course cycle. */
public enum RosterStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE
}
