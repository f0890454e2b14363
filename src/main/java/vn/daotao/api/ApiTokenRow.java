package vn.daotao.api;

import java.time.Instant;
import java.util.List;

/** A token as administrators see it: never its secret, only the first characters that tell it apart. */
public record ApiTokenRow(
        long id,
        String name,
        String prefix,
        List<ApiScope> scopes,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public boolean active(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
