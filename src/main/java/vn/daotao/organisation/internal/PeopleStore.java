package vn.daotao.organisation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.base.text.SearchText;
import vn.daotao.organisation.PeopleFilter;
import vn.daotao.organisation.PeopleSort;
import vn.daotao.organisation.PersonDetails;
import vn.daotao.organisation.PersonRow;
import vn.daotao.organisation.UnitSql;
import vn.daotao.security.Role;

/** People and their accounts as the admin lists and edits them. search_text is written with every change. */
@Repository
public class PeopleStore {

    /** A stored person, for comparisons before a change. */
    public record PersonRecord(
            long id,
            String username,
            String fullName,
            String employeeCode,
            String email,
            long unitId,
            Set<Role> roles,
            boolean enabled) {}

    private static final String LOCKED =
            "exists (select 1 from login_attempt t where t.username = p.username and t.locked_until > now())";

    private final JdbcClient jdbc;

    PeopleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonRow> find(PeopleFilter filter, PeopleSort sort, int offset, int limit) {
        String order = switch (sort.column()) {
                    case NAME -> "p.full_name";
                    case USERNAME -> "p.username";
                    case EMPLOYEE_CODE -> "p.employee_code";
                    case UNIT -> "u.name";
                    case STATUS -> "case when not p.enabled then 2 when " + LOCKED + " then 1 else 0 end";
                }
                + (sort.descending() ? " desc nulls last" : " asc nulls last") + ", p.id";
        return statement("""
                        select p.id, p.username, p.full_name, p.employee_code, p.email, p.roles, p.enabled,
                               u.name as unit_name, %s as locked
                          from app_user p join unit u on u.id = p.unit_id
                         where %s
                         order by %s
                         limit :limit offset :offset""".formatted(LOCKED, WHERE, order), filter)
                .param("limit", Math.max(0, Math.min(limit, 500)))
                .param("offset", Math.max(0, offset))
                .query(PeopleStore::row)
                .list();
    }

    public int count(PeopleFilter filter) {
        return statement("select count(*) from app_user p join unit u on u.id = p.unit_id where " + WHERE, filter)
                .query(Integer.class)
                .single();
    }

    private static final String WHERE =
            "(cast(:q as text) is null or p.search_text like '%' || cast(:q as text) || '%')"
                    + " and " + UnitSql.inScope("u.path")
                    + " and (cast(:status as text) is null"
                    + " or (cast(:status as text) = 'DISABLED' and not p.enabled)"
                    + " or (cast(:status as text) = 'LOCKED' and p.enabled and " + LOCKED + ")"
                    + " or (cast(:status as text) = 'ENABLED' and p.enabled and not " + LOCKED + "))";

    private JdbcClient.StatementSpec statement(String sql, PeopleFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String q = SearchText.fold(filter.search());
        params.put(
                "q",
                q.isEmpty() ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        params.put(
                "scope",
                filter.unitId() == null
                        ? null
                        : jdbc.sql("select path from unit where id = :id")
                                .param("id", filter.unitId())
                                .query(String.class)
                                .optional()
                                .orElse("/none/"));
        params.put("status", filter.status() == null ? null : filter.status().name());
        return jdbc.sql(sql).params(params);
    }

    public Optional<PersonDetails> details(long id) {
        return jdbc.sql("""
                        select p.id, p.username, p.full_name, p.employee_code, p.email, p.unit_id, u.name as unit_name,
                               u.active as unit_active, p.roles, p.enabled, p.must_change_password,
                               (select max(t.locked_until) from login_attempt t
                                 where t.username = p.username and t.locked_until > now()) as locked_until
                          from app_user p join unit u on u.id = p.unit_id
                         where p.id = :id""")
                .param("id", id)
                .query((rs, i) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new PersonDetails(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("full_name"),
                            rs.getString("employee_code"),
                            rs.getString("email"),
                            rs.getLong("unit_id"),
                            rs.getString("unit_name"),
                            rs.getBoolean("unit_active"),
                            roles(rs.getArray("roles")),
                            rs.getBoolean("enabled"),
                            rs.getBoolean("must_change_password"),
                            locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    /** The stored person, locked against concurrent edits until the transaction ends. */
    public Optional<PersonRecord> lock(long id) {
        return jdbc.sql("""
                        select id, username, full_name, employee_code, email, unit_id, roles, enabled
                          from app_user where id = :id for update""").param("id", id).query(PeopleStore::record).optional();
    }

    public List<PersonRecord> byEmployeeCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, username, full_name, employee_code, email, unit_id, roles, enabled
                          from app_user where lower(employee_code) in (:codes)""")
                .param("codes", lowerList(codes))
                .query(PeopleStore::record)
                .list();
    }

    public List<PersonRecord> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, username, full_name, employee_code, email, unit_id, roles, enabled
                          from app_user where username in (:names)""")
                .param("names", lowerList(usernames))
                .query(PeopleStore::record)
                .list();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = :u)")
                .param("u", username)
                .query(Boolean.class)
                .single();
    }

    public boolean employeeCodeTaken(String code, Long exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from app_user
                                        where lower(employee_code) = lower(:code) and id is distinct from :id)""")
                .param("code", code)
                .param("id", exceptId)
                .query(Boolean.class)
                .single();
    }

    public long insert(
            String username,
            String fullName,
            String employeeCode,
            String email,
            long unitId,
            Set<Role> roles,
            boolean enabled,
            String passwordHash) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, email, unit_id, roles, enabled,
                                              password_hash, must_change_password, search_text)
                        values (:username, :fullName, :code, :email, :unit, cast(:roles as text[]), :enabled,
                                :hash, true, :search)
                        returning id""")
                .param("username", username)
                .param("fullName", fullName)
                .param("code", employeeCode)
                .param("email", email)
                .param("unit", unitId)
                .param("roles", rolesLiteral(roles))
                .param("enabled", enabled)
                .param("hash", passwordHash)
                .param("search", SearchText.foldAll(fullName, username, employeeCode))
                .query(Long.class)
                .single();
    }

    public void update(
            long id,
            String username,
            String fullName,
            String employeeCode,
            String email,
            long unitId,
            Set<Role> roles,
            boolean enabled) {
        jdbc.sql("""
                        update app_user
                           set full_name = :fullName, employee_code = :code, email = :email, unit_id = :unit,
                               roles = cast(:roles as text[]), enabled = :enabled, search_text = :search,
                               -- an administrator who enables or disables someone decides for the directory sync
                               -- too: it no longer counts the account as one it disabled, and an enabled person
                               -- starts a new grace period should they still be missing from the directory
                               directory_disabled = directory_disabled and enabled = :enabled,
                               directory_missing_since = case when :enabled and not enabled then null
                                                              else directory_missing_since end,
                               updated_at = now()
                         where id = :id""")
                .param("id", id)
                .param("fullName", fullName)
                .param("code", employeeCode)
                .param("email", email)
                .param("unit", unitId)
                .param("roles", rolesLiteral(roles))
                .param("enabled", enabled)
                .param("search", SearchText.foldAll(fullName, username, employeeCode))
                .update();
    }

    /** A new password the person must replace at their next sign-in. */
    public void setTemporaryPassword(long id, String passwordHash) {
        jdbc.sql("""
                        update app_user set password_hash = :hash, must_change_password = true, updated_at = now()
                         where id = :id""").param("id", id).param("hash", passwordHash).update();
    }

    static String rolesLiteral(Set<Role> roles) {
        // Stored in the enum's order, so that equal sets read the same in the database and the audit log.
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static List<String> lowerList(Collection<String> values) {
        return values.stream()
                .map(v -> v.toLowerCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).collect(Collectors.toSet());
    }

    private static PersonRecord record(ResultSet rs, int i) throws SQLException {
        return new PersonRecord(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("employee_code"),
                rs.getString("email"),
                rs.getLong("unit_id"),
                roles(rs.getArray("roles")),
                rs.getBoolean("enabled"));
    }

    private static PersonRow row(ResultSet rs, int i) throws SQLException {
        return new PersonRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("employee_code"),
                rs.getString("email"),
                rs.getString("unit_name"),
                roles(rs.getArray("roles")),
                rs.getBoolean("enabled"),
                rs.getBoolean("locked"));
    }
}
