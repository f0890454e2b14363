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
import vn.daotao.report.ReportPeriod;
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

    /**
     * The roster of a period: one row per person and cycle. People come from the membership history (the
     * units of the subtree they were in at some time of the period, up to its "as of" moment); cycles are
     * each unit's latest one started by the period's end (or today) and every other whose window overlaps it, plus
     * personal cycles. A person in a unit cycle is counted in the last unit of the subtree the cycle reached
     * them in; if they left it before the "as of" moment, that cycle is MOVED there. Statuses, completions
     * and modules are as they stood at that moment. Disabled people keep only their completions.
     */
    private static final String ROSTER = """
            with sel as (
                select u.id, u.path from unit u
                 where u.id = :unit and """ + UnitSql.inScope("u.path") + """
            ), units as (
                select pu.id, pu.name, pu.path from unit pu join sel on """
            + UnitSql.inSubtree("pu.path", "sel.path") + """
            ), unit_cycles as materialized (
                -- each unit's cycles of the edition are looked up once per unit (a few rows each)
                select pu.id as unit_id, c.assignment_id, c.period_start, c.due_date
                  from units pu
                  join lateral (
                      select a.id as assignment_id, a.period_start, a.due_date,
                             row_number() over (order by a.period_start desc, a.id desc) as rn
                        from assignment a join unit au on au.id = a.unit_id
                       where a.edition_id = :edition and a.period_start <= :asof
                         and """ + CycleSql.unitReaches("a", "au", "pu") + """
                  ) c on c.rn = 1 or c.due_date >= :from
            ), members as (
                -- an index-only scan per unit (unit_membership_unit_cover_idx)
                select m.user_id, m.unit_id, m.valid_from, m.valid_to, u.name as unit_name, u.path as unit_path
                  from unit_membership m join units u on u.id = m.unit_id
                 where m.valid_from < :end_ts and (m.valid_to is null or m.valid_to > :start_ts)
            ), unit_rows as (
                select distinct on (m.user_id, uc.assignment_id)
                       m.user_id, uc.assignment_id, uc.due_date, m.unit_id, m.unit_name, m.unit_path, m.valid_to as left_at
                  from members m join unit_cycles uc on uc.unit_id = m.unit_id
                 where m.valid_to is null
                    or m.valid_to > (uc.period_start::timestamp at time zone '"""
            + TimeConfiguration.ZONE_ID + "')\n"
            + """
                 order by m.user_id, uc.assignment_id, m.valid_from desc
            ), personal as (
                select a.id, a.user_id, a.due_date,
                       row_number() over (partition by a.user_id order by a.period_start desc, a.id desc) as rn
                  from assignment a
                 where a.edition_id = :edition and a.user_id is not null and a.period_start <= :asof
            ), personal_rows as (
                -- a personal cycle follows its person: counted in their last unit of the subtree in the period
                select distinct on (ps.id) ps.user_id, ps.id as assignment_id, ps.due_date, m.unit_id, m.unit_name,
                       m.unit_path, null::timestamptz as left_at
                  from personal ps join members m on m.user_id = ps.user_id
                 where ps.rn = 1 or ps.due_date >= :from
                 order by ps.id, m.valid_from desc
            ), cycle as (
                select r.user_id as id, p.full_name, p.employee_code, p.search_text, p.enabled,
                       r.unit_id, r.unit_name, r.unit_path, r.assignment_id, r.due_date, r.left_at
                  from (select * from unit_rows union all select * from personal_rows) r
                  join app_user p on p.id = r.user_id
            ), counted as (
                select c.*, cr.id as completion_id, cr.completed_at, cr.average_score,
                       (select count(*) from module_progress mp
                         where mp.user_id = c.id and mp.assignment_id = c.assignment_id and mp.passed_at < :end_ts) as modules_done,
                       """
            + CycleSql.status(
                    "cr.kind",
                    "c.left_at is null or c.left_at >= :end_ts",
                    "c.due_date",
                    "exists (select 1 from module_progress mp where mp.user_id = c.id and mp.assignment_id = c.assignment_id"
                            + " and coalesce(mp.content_opened_at, mp.passed_at, '-infinity') < :end_ts)",
                    ":asof")
            + " as status\n" + """
                  from cycle c
                  left join completion_record cr on cr.user_id = c.id and cr.assignment_id = c.assignment_id
                                                and cr.completed_at < :end_ts and cr.withdrawn_at is null
                 where c.enabled or cr.id is not null
            ), roster as (
                -- every module passed, the completion waits for the person to confirm the commitment
                select k.*,
                       (k.completion_id is null and k.status <> 'MOVED'
                        and (select e.commitment_text is not null from course_edition e where e.id = :edition)
                        and k.modules_done = (select count(*) from course_module m where m.edition_id = :edition))
                           as awaiting_commitment
                  from counted k
            )
            """;

    private static final String FILTERS = "\n" + """
             where (cast(:q as text) is null or r.search_text like '%' || cast(:q as text) || '%')
               and (cast(:status as text) is null or r.status = cast(:status as text))
               and (not :awaiting or r.awaiting_commitment)
               and (cast(:sub as bigint) is null
                    or """
            + UnitSql.inSubtree("r.unit_path", "(select path from unit where id = cast(:sub as bigint))") + ")\n" + """
            """;

    private static final String FIGURE_COLUMNS = """
            count(*) filter (where r.status not in ('MOVED', 'EXEMPT')) as assigned,
            count(*) filter (where r.status in ('COMPLETED', 'COMPLETED_IN_PERSON')) as completed,
            count(*) filter (where r.status = 'COMPLETED_IN_PERSON') as completed_in_person,
            count(*) filter (where r.status = 'EXEMPT') as exempt,
            count(*) filter (where r.status = 'IN_PROGRESS') as in_progress,
            count(*) filter (where r.status = 'NOT_STARTED') as not_started,
            count(*) filter (where r.status = 'OVERDUE') as overdue,
            count(*) filter (where r.status = 'MOVED') as moved,
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
                         order by """ + UnitSql.treeOrder("u.path"))
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

    /**
     * The published edition with the most people assigned in the scope: each unit's enabled people counted
     * once per edition that has a unit cycle reaching it started by today, plus personal cycles.
     */
    public Optional<Long> mostAssignedEdition(String scope, LocalDate today) {
        return jdbc.sql("""
                        with people as (
                            select p.unit_id, count(*) as n from app_user p where p.enabled group by p.unit_id
                        ), reached as (
                            select distinct a.edition_id, pu.id as unit_id
                              from assignment a
                              join unit au on au.id = a.unit_id
                              join unit pu on """ + CycleSql.unitReaches("a", "au", "pu") + """
                             where a.period_start <= :today and """ + UnitSql.inScope("pu.path") + """
                        ), counts as (
                            select r.edition_id, sum(pp.n) as n from reached r join people pp on pp.unit_id = r.unit_id
                             group by r.edition_id
                            union all
                            select a.edition_id, count(distinct a.user_id) from assignment a
                              join app_user p on p.id = a.user_id and p.enabled
                              join unit pu on pu.id = p.unit_id
                             where a.period_start <= :today and """
                        + UnitSql.inScope("pu.path") + """
                             group by a.edition_id
                        )
                        select c.edition_id from counts c join course_edition e on e.id = c.edition_id
                         where e.status <> 'DRAFT'
                         group by c.edition_id, e.title, e.edition_no
                         order by sum(c.n) desc, e.title, e.edition_no desc
                         limit 1""")
                .param("scope", scope)
                .param("today", today)
                .query(Long.class)
                .optional();
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

    /** A roster row with the serial of its completion's valid certificate (null if none). */
    public record CertifiedRow(RosterRow row, String serial) {}

    /** As {@link #stream}, each row with its certificate's serial: for the official report. */
    public void streamWithSerials(RosterFilter filter, String scope, LocalDate today, Consumer<CertifiedRow> sink) {
        statement(ROSTER + """
                        select r.*, (select count(*) from course_module m where m.edition_id = :edition) as module_count,
                               c.serial
                          from roster r
                          left join certificate c on c.completion_id = r.completion_id and c.revoked_at is null""" + FILTERS + " order by r.unit_path, r.full_name, r.id", filter, scope, today)
                .withFetchSize(1000)
                .query(rs -> {
                    sink.accept(new CertifiedRow(row(rs, 0), rs.getString("serial")));
                });
    }

    /** The unit's name and its parent's (null for a root unit). */
    public record UnitNames(String name, String parentName) {}

    public UnitNames unitNames(long unitId) {
        return jdbc.sql("select u.name, p.name from unit u left join unit p on p.id = u.parent_id where u.id = :id")
                .param("id", unitId)
                .query((rs, i) -> new UnitNames(rs.getString(1), rs.getString(2)))
                .single();
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
                perDay.add(new DailyCount(
                        rs.getObject("day", LocalDate.class),
                        rs.getInt("completed"),
                        rs.getInt("completed_in_person")));
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
                          join certificate c on c.completion_id = r.completion_id and c.revoked_at is null""" + FILTERS + " order by r.unit_path, r.full_name, c.id", filter, scope, today)
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
        ReportPeriod period = filter.periodOr(today);
        LocalDate asOf = period.asOfDay(today);
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("asof", asOf);
        params.put(
                "start_ts",
                period.firstDay(today).atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime());
        params.put(
                "end_ts", asOf.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime());
        String q = SearchText.fold(filter.search());
        params.put(
                "q",
                q.isEmpty() ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("sub", filter.subUnitId());
        params.put("awaiting", filter.awaitingCommitment());
        return jdbc.sql(sql).params(params);
    }

    private static Figures figures(ResultSet rs, int row) throws SQLException {
        return new Figures(
                rs.getInt("assigned"),
                rs.getInt("completed"),
                rs.getInt("in_progress"),
                rs.getInt("not_started"),
                rs.getInt("overdue"),
                rs.getInt("moved"),
                rs.getInt("completed_in_person"),
                rs.getInt("exempt"),
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
                rs.getBigDecimal("average_score"),
                rs.getBoolean("awaiting_commitment"));
    }
}
