package vn.daotao.report;

/** What one click on "remind overdue" did. */
public record ReminderResult(int reminded, int emailed, int overdue) {}
