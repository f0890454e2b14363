/**
 * Notices to people, in the app and by e-mail: a new assignment, days before its due date, the day it became
 * overdue, a unit head's weekly digest of their overdue people, a certificate issued. A planner job records each
 * notice once per person and event; a mail job sends the recorded ones (an outbox, retried with back-off); people
 * read theirs on the notices page. Owns the table {@code notification}; its planner reads the tables of
 * organisation, progress and certificate directly, and only reads them.
 */
package vn.daotao.notification;
