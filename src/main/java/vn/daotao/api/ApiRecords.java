package vn.daotao.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API returns: plain records, named as in its OpenAPI description. */
public final class ApiRecords {

    private ApiRecords() {}

    public record Unit(String code, String name, String parentCode, boolean active) {}

    public record Person(
            String employeeCode,
            String username,
            String fullName,
            String email,
            String unitCode,
            List<String> roles,
            boolean enabled) {}

    public record Assignment(
            long id,
            String courseCode,
            String courseTitle,
            Integer editionNo,
            String unitCode,
            boolean includeSubunits,
            String employeeCode,
            LocalDate periodStart,
            LocalDate dueDate,
            String recurrence,
            List<Integer> reminderDays) {}

    public record Completion(
            long id,
            String employeeCode,
            String fullName,
            String unitCode,
            String courseCode,
            String courseTitle,
            Integer editionNo,
            long assignmentId,
            String kind,
            Instant completedAt,
            java.math.BigDecimal averageScore,
            String certificateSerial) {}

    public record Certificate(
            String serial,
            String employeeCode,
            String holderName,
            String unitName,
            String courseTitle,
            int editionNo,
            LocalDate completedOn,
            Instant issuedAt,
            Instant expiresAt,
            Instant revokedAt,
            String status) {}

    /** The filters of completions and certificates: a unit's subtree, a period of days (Vietnam time), a person. */
    public record Filter(String unitCode, LocalDate from, LocalDate to, String employeeCode) {}

    /** What an upsert did to each row (CREATE, UPDATE, UNCHANGED). */
    public record Upserted(String code, String outcome) {}
}
