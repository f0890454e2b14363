package vn.daotao.api.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daotao.api.ApiScope;
import vn.daotao.api.ApiTokenRow;

/** The api_token table. */
@Component
public class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, String hash, String prefix, List<ApiScope> scopes, Instant expires, long by) {
        return jdbc.sql("""
                        insert into api_token (name, token_hash, prefix, scopes, expires_at, created_by)
                        values (:n, :h, :p, cast(:s as text[]), :e, :by) returning id""")
                .param("n", name)
                .param("h", hash)
                .param("p", prefix)
                .param(
                        "s",
                        scopes.stream()
                                .map(ApiScope::value)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("e", java.sql.Timestamp.from(expires))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public List<ApiTokenRow> all() {
        return jdbc.sql("""
                        select t.*, u.username as creator from api_token t left join app_user u on u.id = t.created_by
                         order by t.revoked_at is not null, t.id desc""").query(ApiTokenStore::row).list();
    }

    public Optional<ApiTokenRow> find(long id) {
        return jdbc.sql("""
                        select t.*, u.username as creator from api_token t left join app_user u on u.id = t.created_by
                         where t.id = :id""").param("id", id).query(ApiTokenStore::row).optional();
    }

    /**
     * The token with this hash while the administrator who made it still is one (enabled, with the role): a token
     * does not outlive its maker's access. The caller checks expiry and revocation.
     */
    public Optional<ApiTokenRow> byHash(String hash) {
        return jdbc.sql("""
                        select t.*, u.username as creator from api_token t join app_user u on u.id = t.created_by
                         where t.token_hash = :h and u.enabled and 'ADMIN' = any(u.roles)""").param("h", hash).query(ApiTokenStore::row).optional();
    }

    public boolean revoke(long id, long by, Instant now) {
        return jdbc.sql(
                                "update api_token set revoked_at = :now, revoked_by = :by where id = :id and revoked_at is null")
                        .param("id", id)
                        .param("by", by)
                        .param("now", java.sql.Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Records use at most once a minute per token (not a write per call). */
    public void used(long id, Instant now) {
        jdbc.sql("""
                        update api_token set last_used_at = :now
                         where id = :id and (last_used_at is null or last_used_at < cast(:now as timestamptz) - interval '1 minute')""").param("id", id).param("now", java.sql.Timestamp.from(now)).update();
    }

    private static ApiTokenRow row(ResultSet rs, int i) throws SQLException {
        return new ApiTokenRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("prefix"),
                Arrays.stream((String[]) rs.getArray("scopes").getArray())
                        .map(s -> ApiScope.of(s).orElse(null))
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("creator"),
                rs.getTimestamp("expires_at").toInstant(),
                instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
