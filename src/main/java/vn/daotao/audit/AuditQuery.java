package vn.daotao.audit;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.base.TimeConfiguration;

/** The audit log as admins read it: newest first, filtered, one page at a time. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AuditQuery {

    private static final ZoneId ZONE = TimeConfiguration.ZONE;
    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditRow> find(AuditFilter filter, int offset, int limit) {
        Map<String, Object> params = params(filter);
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.clamp(limit, 1, 500));
        return jdbc.sql("""
                        select e.id, e.occurred_at, e.actor_username, u.full_name, e.action, e.target_type,
                               e.target_id, e.details::text as details, e.remote_address
                          from audit_event e
                          left join app_user u on u.id = e.actor_id
                        """ + where() + " order by e.occurred_at desc, e.id desc offset :offset limit :limit")
                .params(params)
                .query((rs, i) -> new AuditRow(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor_username"),
                        rs.getString("full_name"),
                        AuditAction.valueOf(rs.getString("action")),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("details"),
                        rs.getString("remote_address")))
                .list();
    }

    public int count(AuditFilter filter) {
        return jdbc.sql("select count(*) from audit_event e " + where())
                .params(params(filter))
                .query(Integer.class)
                .single();
    }

    private static String where() {
        return """
                 where (cast(:actor as text) is null or e.actor_username ilike '%' || cast(:actor as text) || '%')
                   and (cast(:action as text) is null or e.action = cast(:action as text))
                   and (cast(:from as timestamptz) is null or e.occurred_at >= cast(:from as timestamptz))
                   and (cast(:to as timestamptz) is null or e.occurred_at < cast(:to as timestamptz))
                """;
    }

    private static Map<String, Object> params(AuditFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put(
                "actor",
                filter.actor() == null || filter.actor().isBlank()
                        ? null
                        : filter.actor().trim());
        params.put("action", filter.action() == null ? null : filter.action().name());
        params.put(
                "from",
                filter.from() == null
                        ? null
                        : Timestamp.from(filter.from().atStartOfDay(ZONE).toInstant()));
        params.put(
                "to",
                filter.to() == null
                        ? null
                        : Timestamp.from(
                                filter.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        return params;
    }
}
