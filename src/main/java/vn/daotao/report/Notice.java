package vn.daotao.report;

import java.time.LocalDate;

/** An in-app reminder waiting to be seen by its person. */
public record Notice(long id, long assignmentId, String courseTitle, LocalDate dueDate) {}
