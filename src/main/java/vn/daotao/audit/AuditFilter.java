package vn.daotao.audit;

import java.time.LocalDate;

/** Every field optional. {@code actor} matches the user name exactly or part of it. */
public record AuditFilter(String actor, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null);
    }
}
