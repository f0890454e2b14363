package vn.daotao.progress;

/** Attendance recorded for a session: how many people newly, and how many had it already. */
public record AttendanceResult(int recorded, int alreadyRecorded) {}
