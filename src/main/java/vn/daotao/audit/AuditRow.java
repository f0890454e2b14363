package vn.daotao.audit;

import java.time.Instant;

public record AuditRow(
        long id,
        Instant occurredAt,
        String actorUsername,
        String actorFullName,
        AuditAction action,
        String targetType,
        String targetId,
        String details,
        String remoteAddress) {}
