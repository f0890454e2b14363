package vn.daotao.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.progress.AssignableEdition;
import vn.daotao.progress.AssignmentRow;
import vn.daotao.progress.CycleSql;
import vn.daotao.progress.Recurrence;
import vn.daotao.progress.TargetPerson;
import vn.daotao.progress.TargetUnit;

/** Assignments as admins manage them; reach is counted from the unit subtree as it is today. */
@Repository
public class AssignmentQueries {

    private static final String ROW = """
            select a.id, a.edition_id, e.title, e.edition_no, a.unit_id, u.name as unit_name, a.include_subunits,
                   a.user_id, p.full_name, p.employee_code, a.period_start, a.due_date, a.recurrence, a.previous_id,
                   case when a.user_id is not null then (case when p.enabled then 1 else 0 end)
                        else (select count(*) from unit mu join app_user m on m.unit_id = mu.id
                               where m.enabled and """ + CycleSql.unitReaches("a", "u", "mu") + ")\n" + """
                   end as reach
              from assignment a
              join course_edition e on e.id = a.edition_id
              left join unit u on u.id = a.unit_id
              left join app_user p on p.id = a.user_id
            """;

    private final JdbcClient jdbc;

    AssignmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AssignmentRow> page(int offset, int limit) {
        return jdbc.sql(ROW + " order by a.created_at desc, a.id desc offset :o limit :l")
                .param("o", Math.max(0, offset))
                .param("l", Math.clamp(limit, 1, 200))
                .query(AssignmentQueries::row)
                .list();
    }

    public int count() {
        return jdbc.sql("select count(*) from assignment").query(Integer.class).single();
    }

    public Optional<AssignmentRow> find(long id) {
        return jdbc.sql(ROW + " where a.id = :id")
                .param("id", id)
                .query(AssignmentQueries::row)
                .optional();
    }

    public List<AssignableEdition> publishedEditions() {
        return jdbc.sql("""
                        select e.id, c.code, e.title, e.edition_no from course_edition e join course c on c.id = e.course_id
                         where e.status = 'PUBLISHED' order by e.title, e.edition_no desc""")
                .query((rs, i) -> new AssignableEdition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public Optional<AssignableEdition> publishedEdition(long id) {
        return jdbc.sql("""
                        select e.id, c.code, e.title, e.edition_no from course_edition e join course c on c.id = e.course_id
                         where e.id = :id and e.status = 'PUBLISHED'""")
                .param("id", id)
                .query((rs, i) -> new AssignableEdition(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .optional();
    }

    /** Active units whose name or code contains the text (case-insensitive). */
    /**
     * Active units whose name or code contains {@code text}, accents and case ignored ("ke hoach" finds "Kế
     * hoạch"): matched in Java over the active units (a few thousand at most), in tree order.
     */
    public List<TargetUnit> units(String text, int offset, int limit) {
        String q = vn.daotao.base.text.SearchText.fold(text);
        return jdbc
                .sql("""
                        select u.id, u.code, u.name, pu.name as parent_name from unit u left join unit pu on pu.id = u.parent_id
                         where u.active order by """ + vn.daotao.organisation.UnitSql.treeOrder("u.path"))
                .query((rs, i) -> new TargetUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list()
                .stream()
                .filter(u -> q.isEmpty()
                        || vn.daotao.base.text.SearchText.fold(u.name()).contains(q)
                        || vn.daotao.base.text.SearchText.fold(u.code()).contains(q))
                .skip(Math.max(0, offset))
                .limit(Math.clamp(limit, 1, 200))
                .toList();
    }

    public Optional<TargetUnit> activeUnit(long id) {
        return jdbc.sql("""
                        select u.id, u.code, u.name, pu.name from unit u left join unit pu on pu.id = u.parent_id
                         where u.id = :id and u.active""")
                .param("id", id)
                .query((rs, i) -> new TargetUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Enabled people whose folded name, user name or employee code contains {@code folded}. */
    public List<TargetPerson> people(String folded, int offset, int limit) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.employee_code, u.name from app_user p join unit u on u.id = p.unit_id
                         where p.enabled and (cast(:q as text) is null or p.search_text like '%' || cast(:q as text) || '%')
                         order by p.full_name, p.id offset :o limit :l""")
                .param("q", blankToNull(folded))
                .param("o", Math.max(0, offset))
                .param("l", Math.clamp(limit, 1, 200))
                .query((rs, i) -> new TargetPerson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * How many enabled people a new assignment reaches today: members of the units (with the active units below
     * those marked so) and the people named, each once.
     */
    public int reach(
            java.util.Collection<Long> withSubunits,
            java.util.Collection<Long> unitsOnly,
            java.util.Collection<Long> people) {
        return jdbc.sql("""
                        with recursive tree(id) as (
                            select id from unit where id = any(:withSub) and active
                            union
                            select u.id from unit u join tree t on u.parent_id = t.id where u.active)
                        select count(*) from app_user p
                         where p.enabled
                           and (p.unit_id in (select id from tree) or p.unit_id = any(:only) or p.id = any(:people))""")
                .param("withSub", withSubunits.toArray(Long[]::new))
                .param("only", unitsOnly.toArray(Long[]::new))
                .param("people", people.toArray(Long[]::new))
                .query(Integer.class)
                .single();
    }

    public Optional<TargetPerson> enabledPerson(long id) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.employee_code, u.name from app_user p join unit u on u.id = p.unit_id
                         where p.id = :id and p.enabled""")
                .param("id", id)
                .query((rs, i) -> new TargetPerson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Serialises creating and changing assignments of one edition, so two admins cannot both pass the duplicate check. */
    public void lockEdition(long editionId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('assignment-edition', :e))")
                .param("e", editionId)
                .query(Object.class)
                .single();
    }

    /** Whether another cycle of the edition for the same unit or person overlaps the period. */
    public boolean overlaps(long editionId, Long unitId, Long userId, LocalDate start, LocalDate due, Long exceptId) {
        return jdbc.sql("""
                        select exists (select 1 from assignment a
                                        where a.edition_id = :e
                                          and a.unit_id is not distinct from cast(:unit as bigint)
                                          and a.user_id is not distinct from cast(:user as bigint)
                                          and a.period_start <= :due and :start <= a.due_date
                                          and (cast(:except as bigint) is null or a.id <> cast(:except as bigint)))""")
                .param("e", editionId)
                .param("unit", unitId)
                .param("user", userId)
                .param("start", start)
                .param("due", due)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    public long insert(
            long editionId,
            Long unitId,
            boolean includeSubunits,
            Long userId,
            LocalDate start,
            LocalDate due,
            Recurrence recurrence,
            java.util.List<Integer> reminderDays,
            long createdBy) {
        return jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, user_id, period_start, due_date,
                                                recurrence, reminder_days, created_by)
                        values (:e, :unit, :sub, :user, :start, :due, :rec, cast(:days as smallint[]), :by)
                        returning id""")
                .param(
                        "days",
                        reminderDays.stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("e", editionId)
                .param("unit", unitId)
                .param("sub", includeSubunits)
                .param("user", userId)
                .param("start", start)
                .param("due", due)
                .param("rec", recurrence.name())
                .param("by", createdBy)
                .query(Long.class)
                .single();
    }

    public void updateDueDate(long id, LocalDate due) {
        jdbc.sql("update assignment set due_date = :due where id = :id")
                .param("due", due)
                .param("id", id)
                .update();
    }

    public record Renewed(long id, long previousId, long editionId, LocalDate periodStart, LocalDate dueDate) {}

    /** Takes the renewal lock for this transaction: on several app instances, one renews and the others wait and find nothing left. */
    public void lockRenewal() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('assignment-renewal', 0))")
                .query(Object.class)
                .single();
    }

    /**
     * Creates the next cycle of every yearly cycle whose due date is before {@code today} and that has none
     * yet: the newest published edition of the course, the same target, the same window one year later
     * (starting no earlier than the day after the old due date), or as many years later as it takes for
     * the window not to be over already. Skipped when the target is gone (unit
     * inactive, person disabled), no edition is published, or the target already has an overlapping cycle
     * of that edition. The unique index on previous_id makes a second run insert nothing.
     */
    public List<Renewed> renewDue(LocalDate today) {
        return jdbc.sql("""
                        with due as (
                            select a.id, a.unit_id, a.include_subunits, a.user_id, a.reminder_days,
                                   (select n.id from course_edition n
                                     where n.course_id = e.course_id and n.status = 'PUBLISHED'
                                     order by n.edition_no desc limit 1) as next_edition,
                                   greatest((a.period_start + make_interval(years => y.years))::date, a.due_date + 1) as next_start,
                                   (a.due_date + make_interval(years => y.years))::date as next_due
                              from assignment a
                              join course_edition e on e.id = a.edition_id
                              -- windows that ended while the job was not running are skipped: nobody could
                              -- have done them, and they would only show as overdue
                              cross join lateral (select coalesce(min(k), 1) as years from generate_series(1, 100) k
                                                   where (a.due_date + make_interval(years => k))::date >= :today) y
                             where a.recurrence = 'YEARLY' and a.due_date < :today
                               and not exists (select 1 from assignment n where n.previous_id = a.id)
                               and (a.unit_id is null or exists (select 1 from unit u where u.id = a.unit_id and u.active))
                               and (a.user_id is null or exists (select 1 from app_user p where p.id = a.user_id and p.enabled))
                        )
                        insert into assignment (edition_id, unit_id, include_subunits, user_id, period_start, due_date,
                                                recurrence, previous_id, reminder_days)
                        select d.next_edition, d.unit_id, d.include_subunits, d.user_id, d.next_start, d.next_due, 'YEARLY', d.id,
                               d.reminder_days
                          from due d
                         where d.next_edition is not null
                           and not exists (select 1 from assignment o
                                            where o.edition_id = d.next_edition
                                              and o.unit_id is not distinct from d.unit_id
                                              and o.user_id is not distinct from d.user_id
                                              and o.period_start <= d.next_due and d.next_start <= o.due_date)
                        on conflict (previous_id) where previous_id is not null do nothing
                        returning id, previous_id, edition_id, period_start, due_date""")
                .param("today", today)
                .query((rs, i) -> new Renewed(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** A personal cycle made because a certificate runs out. */
    public record Recertification(long id, long certificateId, long userId, long editionId, LocalDate dueDate) {}

    /**
     * Gives each holder of a valid certificate that expires before {@code today + leadDays} a personal cycle
     * of the course's newest published edition, from today to the certificate's last valid day (for one that
     * has already run out, the lead time from today, so that nobody is overdue the day they are told), unless a cycle of the course that started after the completion already reaches
     * them (e.g. the next yearly one) or they are disabled. One per certificate (a unique index).
     */
    public List<Recertification> recertifyExpiring(LocalDate today, int leadDays) {
        String sql = """
                with expiring as (
                    select c.id as certificate_id, c.user_id, e.course_id, cr.completed_at,
                           ((c.expires_at at time zone '{ZONE}')::date - 1) as last_valid_day
                      from certificate c
                      join completion_record cr on cr.id = c.completion_id
                      join assignment a on a.id = cr.assignment_id
                      join course_edition e on e.id = a.edition_id
                     where c.expires_at is not null and c.revoked_at is null
                       and c.expires_at < (:today + make_interval(days => :lead))::timestamp at time zone '{ZONE}'
                       and not exists (select 1 from certificate n where n.replaces = c.id)
                       and not exists (select 1 from assignment r where r.renews_certificate_id = c.id)
                ), due as (
                    select x.*, (select n.id from course_edition n
                                  where n.course_id = x.course_id and n.status = 'PUBLISHED'
                                  order by n.edition_no desc limit 1) as next_edition
                      from expiring x
                      join app_user p on p.id = x.user_id and p.enabled
                      join unit pu on pu.id = p.unit_id
                     where not exists (
                           select 1 from assignment a2
                             join course_edition e2 on e2.id = a2.edition_id and e2.course_id = x.course_id
                             left join unit au on au.id = a2.unit_id
                            where a2.period_start > (x.completed_at at time zone '{ZONE}')::date
                              and (a2.user_id = x.user_id or (au.id is not null and {REACHES})))
                )
                insert into assignment (edition_id, user_id, period_start, due_date, recurrence, renews_certificate_id)
                select d.next_edition, d.user_id, :today,
                       case when d.last_valid_day >= :today then d.last_valid_day else :today + :lead end,
                       'NONE', d.certificate_id
                  from due d
                 where d.next_edition is not null
                on conflict (renews_certificate_id) where renews_certificate_id is not null do nothing
                returning id, renews_certificate_id, user_id, edition_id, due_date""".replace("{ZONE}", TimeConfiguration.ZONE_ID)
                .replace("{REACHES}", CycleSql.unitReaches("a2", "au", "pu"));
        return jdbc.sql(sql)
                .param("today", today)
                .param("lead", leadDays)
                .query((rs, i) -> new Recertification(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getObject(5, LocalDate.class)))
                .list();
    }

    private static AssignmentRow row(ResultSet rs, int i) throws SQLException {
        return new AssignmentRow(
                rs.getLong("id"),
                rs.getLong("edition_id"),
                rs.getString("title"),
                rs.getInt("edition_no"),
                rs.getObject("unit_id", Long.class),
                rs.getString("unit_name"),
                rs.getBoolean("include_subunits"),
                rs.getObject("user_id", Long.class),
                rs.getString("full_name"),
                rs.getString("employee_code"),
                rs.getObject("period_start", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                Recurrence.valueOf(rs.getString("recurrence")),
                rs.getObject("previous_id", Long.class),
                rs.getLong("reach"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
