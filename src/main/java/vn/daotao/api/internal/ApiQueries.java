package vn.daotao.api.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daotao.api.ApiPage;
import vn.daotao.api.ApiRecords;
import vn.daotao.api.ApiRecords.Filter;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.organisation.UnitSql;

/**
 * The API's read models: units, people, assignments, completions and certificates, read straight from their tables
 * (and only read), paged by offset in a stable order.
 */
@Component
public class ApiQueries {

    private final JdbcClient jdbc;

    ApiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ApiPage<ApiRecords.Unit> units(int page, int size) {
        List<ApiRecords.Unit> items = jdbc.sql("""
                        select u.code, u.name, p.code as parent_code, u.active
                          from unit u left join unit p on p.id = u.parent_id
                         order by u.id limit :size offset :offset""")
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, i) ->
                        new ApiRecords.Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
        return new ApiPage<>(items, page, size, count("select count(*) from unit"));
    }

    public Optional<ApiRecords.Unit> unit(String code) {
        return jdbc.sql("""
                        select u.code, u.name, p.code as parent_code, u.active
                          from unit u left join unit p on p.id = u.parent_id where lower(u.code) = lower(:c)""")
                .param("c", code)
                .query((rs, i) ->
                        new ApiRecords.Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional();
    }

    private static final String PEOPLE = """
            select p.employee_code, p.username, p.full_name, p.email, u.code as unit_code, p.roles, p.enabled
              from app_user p join unit u on u.id = p.unit_id
            """;

    /** People of a unit's subtree (every unit when null), by id. */
    public ApiPage<ApiRecords.Person> people(String unitCode, int page, int size) {
        String where = " where " + subtree("u.path");
        List<ApiRecords.Person> items = jdbc.sql(PEOPLE + where + " order by p.id limit :size offset :offset")
                .param("unit", unitCode)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(ApiQueries::person)
                .list();
        long total = jdbc.sql("select count(*) from app_user p join unit u on u.id = p.unit_id" + where)
                .param("unit", unitCode)
                .query(Long.class)
                .single();
        return new ApiPage<>(items, page, size, total);
    }

    public Optional<ApiRecords.Person> person(String employeeCode) {
        return jdbc.sql(PEOPLE + " where lower(p.employee_code) = lower(:c)")
                .param("c", employeeCode)
                .query(ApiQueries::person)
                .optional();
    }

    public boolean unitExists(String code) {
        return code == null || unit(code).isPresent();
    }

    public ApiPage<ApiRecords.Assignment> assignments(int page, int size) {
        List<ApiRecords.Assignment> items = jdbc.sql("""
                        select a.id, c.code as course_code, e.title, e.edition_no, u.code as unit_code,
                               a.include_subunits, p.employee_code, a.period_start, a.due_date, a.recurrence,
                               a.reminder_days
                          from assignment a
                          join course_edition e on e.id = a.edition_id
                          join course c on c.id = e.course_id
                          left join unit u on u.id = a.unit_id
                          left join app_user p on p.id = a.user_id
                         order by a.id limit :size offset :offset""")
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, i) -> new ApiRecords.Assignment(
                        rs.getLong("id"),
                        rs.getString("course_code"),
                        rs.getString("title"),
                        (Integer) rs.getObject("edition_no"),
                        rs.getString("unit_code"),
                        rs.getBoolean("include_subunits"),
                        rs.getString("employee_code"),
                        rs.getObject("period_start", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getString("recurrence"),
                        Arrays.stream((Object[]) rs.getArray("reminder_days").getArray())
                                .map(d -> ((Number) d).intValue())
                                .toList()))
                .list();
        return new ApiPage<>(items, page, size, count("select count(*) from assignment"));
    }

    /** Standing completions (not withdrawn) of the people of a unit's subtree, a period, a person. */
    private static final String COMPLETIONS = """
            select r.id, p.employee_code, p.full_name, u.code as unit_code, c.code as course_code, e.title,
                   e.edition_no, r.assignment_id, r.kind, r.completed_at, r.average_score,
                   (select k.serial from certificate k where k.completion_id = r.id and k.revoked_at is null
                     order by k.id desc limit 1) as serial
              from completion_record r
              join app_user p on p.id = r.user_id
              join unit u on u.id = p.unit_id
              join course_edition e on e.id = r.edition_id
              join course c on c.id = e.course_id
             where r.withdrawn_at is null
            """;

    private static final String COMPLETION_FILTER = """
               and {SUBTREE}
               and (cast(:from as timestamptz) is null or r.completed_at >= :from)
               and (cast(:to as timestamptz) is null or r.completed_at < :to)
               and (cast(:person as text) is null or lower(p.employee_code) = lower(:person))
            """;

    public ApiPage<ApiRecords.Completion> completions(Filter filter, int page, int size) {
        String where = COMPLETION_FILTER.replace("{SUBTREE}", subtree("u.path"));
        List<ApiRecords.Completion> items = bind(
                        jdbc.sql(COMPLETIONS + where + " order by r.id limit :size offset :offset"), filter)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(ApiQueries::completion)
                .list();
        long total = bind(jdbc.sql("""
                                select count(*) from completion_record r join app_user p on p.id = r.user_id
                                  join unit u on u.id = p.unit_id where r.withdrawn_at is null""" + where), filter).query(Long.class).single();
        return new ApiPage<>(items, page, size, total);
    }

    /** Every completion of the filter, in id order, one at a time from a server-side cursor (flat memory). */
    public void streamCompletions(Filter filter, Consumer<ApiRecords.Completion> sink) {
        String where = COMPLETION_FILTER.replace("{SUBTREE}", subtree("u.path"));
        bind(jdbc.sql(COMPLETIONS + where + " order by r.id"), filter)
                .withFetchSize(1000)
                .query(rs -> {
                    sink.accept(completion(rs, 0));
                });
    }

    public ApiPage<ApiRecords.Certificate> certificates(Filter filter, Instant now, int page, int size) {
        String where = """
                 where {SUBTREE}
                   and (cast(:from as timestamptz) is null or k.issued_at >= :from)
                   and (cast(:to as timestamptz) is null or k.issued_at < :to)
                   and (cast(:person as text) is null or lower(p.employee_code) = lower(:person))
                """.replace("{SUBTREE}", subtree("u.path"));
        String from = """
                  from certificate k
                  join app_user p on p.id = k.user_id
                  join unit u on u.id = p.unit_id
                """;
        List<ApiRecords.Certificate> items = bind(
                        jdbc.sql("select k.*, p.employee_code " + from + where
                                + " order by k.id limit :size offset :offset"),
                        filter)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, i) -> certificate(rs, now))
                .list();
        long total = bind(jdbc.sql("select count(*) " + from + where), filter)
                .query(Long.class)
                .single();
        return new ApiPage<>(items, page, size, total);
    }

    public Optional<Long> certificateId(String serial) {
        return jdbc.sql("select id from certificate where serial = :s")
                .param("s", serial)
                .query(Long.class)
                .optional();
    }

    private static String subtree(String path) {
        return "(cast(:unit as text) is null or "
                + UnitSql.inSubtree(path, "(select su.path from unit su where lower(su.code) = lower(:unit))") + ")";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter filter) {
        return spec.param("unit", filter.unitCode())
                .param("from", start(filter.from()))
                .param("to", filter.to() == null ? null : start(filter.to().plusDays(1)))
                .param("person", filter.employeeCode());
    }

    private static java.sql.Timestamp start(LocalDate day) {
        return day == null
                ? null
                : java.sql.Timestamp.from(
                        day.atStartOfDay(TimeConfiguration.ZONE).toInstant());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static ApiRecords.Person person(ResultSet rs, int i) throws SQLException {
        return new ApiRecords.Person(
                rs.getString("employee_code"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                rs.getString("unit_code"),
                List.of((String[]) rs.getArray("roles").getArray()),
                rs.getBoolean("enabled"));
    }

    private static ApiRecords.Completion completion(ResultSet rs, int i) throws SQLException {
        return new ApiRecords.Completion(
                rs.getLong("id"),
                rs.getString("employee_code"),
                rs.getString("full_name"),
                rs.getString("unit_code"),
                rs.getString("course_code"),
                rs.getString("title"),
                (Integer) rs.getObject("edition_no"),
                rs.getLong("assignment_id"),
                rs.getString("kind"),
                rs.getTimestamp("completed_at").toInstant(),
                rs.getObject("average_score", java.math.BigDecimal.class),
                rs.getString("serial"));
    }

    private static ApiRecords.Certificate certificate(ResultSet rs, Instant now) throws SQLException {
        Instant expires = rs.getTimestamp("expires_at") == null
                ? null
                : rs.getTimestamp("expires_at").toInstant();
        Instant revoked = rs.getTimestamp("revoked_at") == null
                ? null
                : rs.getTimestamp("revoked_at").toInstant();
        String status = revoked != null ? "REVOKED" : expires != null && !expires.isAfter(now) ? "EXPIRED" : "VALID";
        return new ApiRecords.Certificate(
                rs.getString("serial"),
                rs.getString("employee_code"),
                rs.getString("holder_name"),
                rs.getString("unit_name"),
                rs.getString("course_title"),
                rs.getInt("edition_no"),
                rs.getObject("completed_on", LocalDate.class),
                rs.getTimestamp("issued_at").toInstant(),
                expires,
                revoked,
                status);
    }
}
