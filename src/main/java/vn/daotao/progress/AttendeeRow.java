package vn.daotao.progress;

import java.time.Instant;

/** A person of a session's unit: {@code attendanceId} is their standing attendance, null if none. */
public record AttendeeRow(
        long userId, String fullName, String employeeCode, String unitName, Long attendanceId, Instant recordedAt) {

    public boolean attended() {
        return attendanceId != null;
    }
}
