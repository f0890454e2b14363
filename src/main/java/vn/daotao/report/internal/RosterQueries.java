package vn.daotao.report.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.text.SearchText;
import vn.daotao.organisation.UnitSql;
import vn.daotao.progress.CycleSql;
import vn.daotao.progress.CycleStatus;
import vn.daotao.report.DailyCount;
import vn.daotao.report.EditionOption;
import vn.daotao.report.Figures;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.RosterRow;
import vn.daotao.report.RosterSort;
import vn.daotao.report.ScopeUnit;
import vn.daotao.report.SubUnitFigures;

/**
 * The roster: every enabled person of a unit's subtree with their latest cycle of one course edition
 * and where they stand in it. Every query repeats the viewer's scope (their own subtree, or
 * everything for an admin) in SQL, so a unit outside it yields nothing whatever id is asked for.
 */
@Repository
public class RosterQueries {

    private static final String ROSTER = """
            with sel as (
                select u.id, u.path from unit u
                 where u.id = :unit and """ + UnitSql.inScope("u.path") + """
            ), people as (
                -- driven by the units of the subtree: each unit's latest assignment of the edition is looked
                -- up once per unit, then its people come through the unit_id index
                select p.id, p.full_name, p.employee_code, p.search_text, pu.id as unit_id, pu.name as unit_name,
                       pu.path as unit_path, uc.assignment_id as unit_assignment, uc.due_date as unit_due,
                       uc.period_start as unit_start
                  from unit pu
                  join sel on """
            + UnitSql.inSubtree("pu.path", "sel.path") + """
                  left join lateral (
                      select a.id as assignment_id, a.due_date, a.period_start
                        from assignment a join unit au on au.id = a.unit_id
                       where a.edition_id = :edition and a.period_start <= :today
                         and """ + CycleSql.unitReaches("a", "au", "pu") + """
                       order by a.period_start desc, a.id desc
                       limit 1) uc on true
                  join app_user p on p.unit_id = pu.id
                 where p.enabled
            ), personal as (
                select distinct on (a.user_id) a.user_id, a.id as assignment_id, a.due_date, a.period_start
                  from assignment a
                 where a.edition_id = :edition and a.period_start <= :today and a.user_id is not null
                 order by a.user_id, a.period_start desc, a.id desc
            ), cycle as (
                -- each person's latest cycle: their unit's or their own, whichever started later
                select pp.*,
                       case when ps.assignment_id is not null and (pp.unit_assignment is null
                                 or (ps.period_start, ps.assignment_id) > (pp.unit_start, pp.unit_assignment))
                            then ps.assignment_id else pp.unit_assignment end as assignment_id,
                       case when ps.assignment_id is not null and (pp.unit_assignment is null
                                 or (ps.period_start, ps.assignment_id) > (pp.unit_start, pp.unit_assignment))
                            then ps.due_date else pp.unit_due end as due_date
                  from people pp
                  left join personal ps on ps.user_id = pp.id
                 where pp.unit_assignment is not null or ps.assignment_id is not null
            ), roster as (
                select c.*, cr.completed_at, cr.average_score,
                       (select count(*) from module_progress mp
                         where mp.user_id = c.id and mp.assignment_id = c.assignment_id and mp.passed_at is not null) as modules_done,
                       """
            + CycleSql.status(
                    "cr.id is not null",
                    "true", // the roster starts from the people the cycle reaches now
                    "c.due_date",
                    "exists (select 1 from module_progress mp where mp.user_id = c.id and mp.assignment_id = c.assignment_id)",
                    ":today")
            + " as status\n" + """
                  from cycle c
                  left join completion_record cr on cr.user_id = c.id and cr.assignment_id = c.assignment_id
            )
            """;

    private static final String FILTERS = "\n" + """
             where (cast(:q as text) is null or r.search_text like '%' || cast(:q as text) || '%')
               and (cast(:status as text) is null or r.status = cast(:status as text))
               and (cast(:sub as bigint) is null
                    or """
            + UnitSql.inSubtree("r.unit_path", "(select path from unit where id = cast(:sub as bigint))") + ")\n" + """
            """;

    private static final String FIGURE_COLUMNS = """
            count(*) as assigned,
            count(*) filter (where r.status = 'COMPLETED') as completed,
            count(*) filter (where r.status = 'IN_PROGRESS') as in_progress,
            count(*) filter (where r.status = 'NOT_STARTED') as not_started,
            count(*) filter (where r.status = 'OVERDUE') as overdue,
            round(avg(r.average_score), 2) as average_score
            """;

    /**
     * One pass over the roster for the whole dashboard: grouping sets give the figures of the selected
     * unit's own people (null child) and of each direct sub-unit's subtree, and the completions per day.
     */
    private static final String DASHBOARD = ROSTER + """
            , grouped as (
                select case when r.unit_id = (select id from sel) then null
                            else nullif(split_part(substr(r.unit_path, length((select path from sel)) + 1), '/', 1), '')::bigint
                       end as child,
                       (r.completed_at at time zone '""" + TimeConfiguration.ZONE_ID + "')::date as day, r.*\n" + """
                  from roster r"""
            + FILTERS + """
            ), totals as (
                select grouping(r.child) as per_day, r.child, r.day, max(r.due_date) as latest_due, """ + FIGURE_COLUMNS + """
                  from grouped r group by grouping sets ((r.child), (r.day))
            )
            select t.*, u.name from totals t left join unit u on u.id = t.child and t.per_day = 0
             order by t.per_day, t.child nulls first, u.name, t.day""";

    private static final Map<RosterSort.Column, String> SORT = Map.of(
            RosterSort.Column.NAME, "r.full_name",
            RosterSort.Column.EMPLOYEE_CODE, "r.employee_code",
            RosterSort.Column.UNIT, "r.unit_name",
            RosterSort.Column.STATUS, "r.status",
            RosterSort.Column.SCORE, "r.average_score",
            RosterSort.Column.COMPLETED_AT, "r.completed_at",
            RosterSort.Column.DUE_DATE, "r.due_date");

    private final JdbcClient jdbc;

    RosterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The path of {@code unitId} if it lies within {@code scopePath} (null: anywhere). */
    public Optional<String> unitPathInScope(long unitId, String scopePath) {
        return jdbc.sql("""
                        select path from unit
                         where id = :id and """ + UnitSql.inScope("path"))
                .param("id", unitId)
                .param("scope", scopePath)
                .query(String.class)
                .optional();
    }

    public String scopePathOf(long unitId) {
        return jdbc.sql("select path from unit where id = :id")
                .param("id", unitId)
                .query(String.class)
                .single();
    }

    public Optional<Long> unitIdOfPath(String path) {
        return jdbc.sql("select id from unit where path = :p")
                .param("p", path)
                .query(Long.class)
                .optional();
    }

    public List<ScopeUnit> scopeUnits(String scopePath) {
        return jdbc.sql("""
                        with base as (select coalesce(min(depth), 0) as d from unit
                                       where cast(:scope as text) is null or path = cast(:scope as text))
                        select u.id, u.parent_id, u.name, u.depth - base.d as level from unit u, base
                         where u.active and """ + UnitSql.inScope("u.path") + """
                         order by u.path""")
                .param("scope", scopePath)
                .query((rs, i) -> new ScopeUnit(
                        rs.getLong("id"), (Long) rs.getObject("parent_id"), rs.getString("name"), rs.getInt("level")))
                .list();
    }

    public List<EditionOption> editions() {
        return jdbc.sql("""
                        select e.id, e.title, e.edition_no from course_edition e
                         where e.status <> 'DRAFT' order by e.title, e.edition_no desc""")
                .query((rs, i) -> new EditionOption(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public List<RosterRow> page(
            RosterFilter filter, String scope, LocalDate today, RosterSort sort, int offset, int limit) {
        String order = SORT.get(sort.column()) + (sort.descending() ? " desc nulls last" : " asc nulls last")
                + ", r.full_name, r.id";
        return statement(
                        ROSTER + """
                        select r.*, (select count(*) from course_module m where m.edition_id = :edition) as module_count
                          from roster r""" + FILTERS + " order by " + order + " offset :offset limit :limit",
                        filter,
                        scope,
                        today)
                .param("offset", Math.max(0, offset))
                .param("limit", Math.clamp(limit, 1, 1000))
                .query(RosterQueries::row)
                .list();
    }

    /** Every row of the filter, one at a time, without holding them all: for exports. */
    public void stream(RosterFilter filter, String scope, LocalDate today, Consumer<RosterRow> sink) {
        statement(ROSTER + """
                        select r.*, (select count(*) from course_module m where m.edition_id = :edition) as module_count
                          from roster r""" + FILTERS + " order by r.unit_path, r.full_name, r.id", filter, scope, today)
                .withFetchSize(1000)
                .query(rs -> {
                    sink.accept(row(rs, 0));
                });
    }

    public int count(RosterFilter filter, String scope, LocalDate today) {
        return statement(ROSTER + "select count(*) from roster r" + FILTERS, filter, scope, today)
                .query(Integer.class)
                .single();
    }

    /**
     * The selected unit's own people (null id) and each direct sub-unit with its whole subtree, and the
     * completions per day for the cumulative chart: both from one statement.
     */
    public record DashboardRows(List<SubUnitFigures> subUnits, List<DailyCount> perDay) {}

    public DashboardRows dashboard(RosterFilter filter, String scope, LocalDate today) {
        List<SubUnitFigures> subUnits = new java.util.ArrayList<>();
        List<DailyCount> perDay = new java.util.ArrayList<>();
        statement(DASHBOARD, filter, scope, today).query(rs -> {
            if (rs.getInt("per_day") == 0) {
                subUnits.add(new SubUnitFigures(
                        (Long) rs.getObject("child"),
                        rs.getString("name"),
                        figures(rs, 0),
                        rs.getObject("latest_due", LocalDate.class)));
            } else if (rs.getObject("day") != null) {
                perDay.add(new DailyCount(rs.getObject("day", LocalDate.class), rs.getInt("completed")));
            }
        });
        return new DashboardRows(subUnits, perDay);
    }

    public record CertificateRef(long id, String serial, String holderName) {}

    /** The valid certificates of the completed cycles in the filter. */
    public void streamCertificates(RosterFilter filter, String scope, LocalDate today, Consumer<CertificateRef> sink) {
        statement(ROSTER + """
                        select c.id, c.serial, c.holder_name
                          from roster r
                          join completion_record cr on cr.user_id = r.id and cr.assignment_id = r.assignment_id
                          join certificate c on c.completion_id = cr.id and c.revoked_at is null""" + FILTERS + " order by r.unit_path, r.full_name, c.id", filter, scope, today)
                .withFetchSize(500)
                .query(rs -> {
                    sink.accept(new CertificateRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
    }

    public record Reminded(
            long reminderId, long userId, String fullName, String email, String courseTitle, LocalDate dueDate) {}

    /**
     * Records a reminder for every overdue person in the filter not reminded about the same cycle in the
     * last 24 hours, and returns them. The caller holds the reminder lock.
     */
    public List<Reminded> insertReminders(RosterFilter filter, String scope, LocalDate today, long sentBy) {
        return statement(ROSTER + """
                        , inserted as (
                            insert into reminder (user_id, assignment_id, sent_by)
                            select r.id, r.assignment_id, :by from roster r""" + FILTERS + """
                               and r.status = 'OVERDUE'
                               and not exists (select 1 from reminder m
                                                where m.user_id = r.id and m.assignment_id = r.assignment_id
                                                  and m.sent_at > now() - interval '24 hours')
                            returning id, user_id, assignment_id
                        )
                        select i.id, p.id as user_id, p.full_name, p.email, e.title, a.due_date
                          from inserted i
                          join app_user p on p.id = i.user_id
                          join assignment a on a.id = i.assignment_id
                          join course_edition e on e.id = a.edition_id
                         order by p.full_name""", filter, scope, today)
                .param("by", sentBy)
                .query((rs, i) -> new Reminded(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("full_name"),
                        rs.getString("email"),
                        rs.getString("title"),
                        rs.getObject("due_date", LocalDate.class)))
                .list();
    }

    /** Report statements sort and group in memory: 64 MB of work_mem until this transaction ends. */
    public void raiseWorkMemForThisTransaction() {
        jdbc.sql("select set_config('work_mem', '64MB', true)")
                .query(String.class)
                .single();
    }

    public void lockReminders() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('reminder'))")
                .query(Object.class)
                .single();
    }

    public void markEmailed(long reminderId) {
        jdbc.sql("update reminder set email_sent = true where id = :id")
                .param("id", reminderId)
                .update();
    }

    private JdbcClient.StatementSpec statement(String sql, RosterFilter filter, String scope, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        params.put("unit", filter.unitId());
        params.put("scope", scope);
        params.put("edition", filter.editionId());
        params.put("today", today);
        String q = SearchText.fold(filter.search());
        params.put(
                "q",
                q.isEmpty() ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("sub", filter.subUnitId());
        return jdbc.sql(sql).params(params);
    }

    private static Figures figures(ResultSet rs, int row) throws SQLException {
        return new Figures(
                rs.getInt("assigned"),
                rs.getInt("completed"),
                rs.getInt("in_progress"),
                rs.getInt("not_started"),
                rs.getInt("overdue"),
                rs.getBigDecimal("average_score"));
    }

    private static RosterRow row(ResultSet rs, int i) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new RosterRow(
                rs.getLong("id"),
                rs.getString("full_name"),
                rs.getString("employee_code"),
                rs.getString("unit_name"),
                CycleStatus.valueOf(rs.getString("status")),
                rs.getInt("modules_done"),
                rs.getInt("module_count"),
                rs.getObject("due_date", LocalDate.class),
                completed == null ? null : completed.toInstant(),
                rs.getBigDecimal("average_score"));
    }
}
