/**
 * Read-only reports for unit heads and admins: the roster scoped in SQL, figures, charts, exports and
 * reminders. Owns the table {@code reminder}; its read models join the tables of organisation, progress,
 * quiz and certificate directly, for speed, and only read them.
 */
package vn.daotao.report;
