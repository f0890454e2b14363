package vn.daotao.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.notification.NoticeRow;
import vn.daotao.notification.NotificationKind;
import vn.daotao.progress.CycleSql;

/**
 * The notification table: what the planner records (each insert ignores a notice that exists, by its unique key of
 * person, kind and event), the outbox the mail job claims and marks, and the person's own notices.
 */
@Component
public class NotificationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The cycles reaching each enabled person (of a unit they are in now, or their own) that have started, are due
     * from {@code :from} to {@code :until}, and are not completed (no standing completion record), each once.
     * {@code reached_at}: when the cycle reached the person (its creation, its start, or their arrival in their
     * unit, whichever came last). With {@code latestPerCourse} only each person's latest-started cycle of a course is
     * kept, as the unit's dashboard counts them.
     */
    private static final String OPEN_CYCLES = """
            with reached as (
                select p.id as user_id, p.email, a.id as assignment_id, e.course_id, e.title, a.period_start,
                       a.due_date, a.reminder_days,
                       greatest(a.created_at, a.period_start::timestamp at time zone '{ZONE}',
                                (select max(m.valid_to) from unit_membership m
                                  where m.user_id = p.id and m.unit_id <> p.unit_id)) as reached_at
                  from assignment a
                  join course_edition e on e.id = a.edition_id
                  join unit au on au.id = a.unit_id
                  join unit pu on {REACHES}
                  join app_user p on p.unit_id = pu.id and p.enabled
                 where a.period_start <= :today and a.due_date between :from and :until
                union all
                select p.id, p.email, a.id, e.course_id, e.title, a.period_start, a.due_date, a.reminder_days,
                       greatest(a.created_at, a.period_start::timestamp at time zone '{ZONE}')
                  from assignment a
                  join course_edition e on e.id = a.edition_id
                  join app_user p on p.id = a.user_id and p.enabled
                 where a.user_id is not null and a.period_start <= :today and a.due_date between :from and :until
            ), distinct_cycles as (
                select distinct on (user_id, {KEY}) *
                  from reached
                 order by user_id, {KEY}, period_start desc, assignment_id desc
            ), open_cycles as (
                select l.* from distinct_cycles l
                 where not exists (select 1 from completion_record cr
                                    where cr.user_id = l.user_id and cr.assignment_id = l.assignment_id
                                      and cr.withdrawn_at is null)
            )
            """.replace("{REACHES}", CycleSql.unitReaches("a", "au", "pu"))
            .replace("{ZONE}", TimeConfiguration.ZONE_ID);

    private static String cycles(boolean latestPerCourse) {
        return OPEN_CYCLES.replace("{KEY}", latestPerCourse ? "course_id" : "assignment_id");
    }

    private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

    /** The e-mail columns of a new notice: pending for a person with an address when mail is configured. */
    private static final String EMAIL_COLUMNS = """
            case when not :mail then 'NO_MAIL' when coalesce(trim(c.email), '') = '' then 'NO_ADDRESS'
                 else 'PENDING' end,
            nullif(trim(c.email), ''), :now""";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One planning run at a time across nodes: false when another node is planning now (it does the same work; the
     * unique key alone would make this run add nothing, after doing it all again).
     */
    boolean tryLockPlanning() {
        return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('notification-planner'))")
                .query(Boolean.class)
                .single();
    }

    /**
     * "A course was assigned to you": a cycle not yet due that reached the person within the last {@code recentDays}
     * (a new assignment, or a person who joined an assigned unit).
     */
    int planAssigned(LocalDate today, Instant now, boolean mail, int recentDays) {
        return jdbc.sql(cycles(false) + """
                        insert into notification (user_id, kind, event_key, params, email_status, email_to, email_next_at)
                        select c.user_id, 'ASSIGNED', 'a:' || c.assignment_id,
                               jsonb_build_object('course', c.title, 'due', c.due_date, 'assignment', c.assignment_id),
                        """ + EMAIL_COLUMNS + """
                          from open_cycles c
                         where c.reached_at >= cast(:now as timestamptz) - make_interval(days => :recent)
                        on conflict (user_id, kind, event_key) do nothing""")
                .param("today", today)
                .param("from", today)
                .param("until", NO_LIMIT)
                .param("now", java.sql.Timestamp.from(now))
                .param("mail", mail)
                .param("recent", recentDays)
                .update();
    }

    /**
     * The most urgent reminder day reached ({@code due - today <= day}), once per cycle, due date and day; not for a
     * cycle assigned after that day's date (its new-assignment notice said how little time there is).
     */
    int planDueSoon(LocalDate today, Instant now, boolean mail) {
        return jdbc.sql(cycles(false) + """
                        , reminder as (
                            select c.*, (select min(d) from unnest(c.reminder_days) d
                                          where d >= c.due_date - cast(:today as date)) as day
                              from open_cycles c
                        )
                        insert into notification (user_id, kind, event_key, params, email_status, email_to, email_next_at)
                        select c.user_id, 'DUE_SOON', 'a:' || c.assignment_id || ':due:' || c.due_date || ':' || c.day,
                               jsonb_build_object('course', c.title, 'due', c.due_date, 'assignment', c.assignment_id,
                                                  'days', c.due_date - cast(:today as date), 'day', c.day),
                        """ + EMAIL_COLUMNS + """
                          from reminder c
                         where c.day is not null
                           and (c.reached_at at time zone '""" + TimeConfiguration.ZONE_ID + """
                        ')::date <= c.due_date - c.day
                        on conflict (user_id, kind, event_key) do nothing""")
                .param("today", today)
                .param("from", today)
                .param("until", today.plusDays(90))
                .param("now", java.sql.Timestamp.from(now))
                .param("mail", mail)
                .update();
    }

    /** Due before today (within the last {@code windowDays}, so that a first run does not tell of last year). */
    int planOverdue(LocalDate today, Instant now, boolean mail, int windowDays) {
        return jdbc.sql(cycles(false) + """
                        insert into notification (user_id, kind, event_key, params, email_status, email_to, email_next_at)
                        select c.user_id, 'OVERDUE', 'a:' || c.assignment_id || ':overdue:' || c.due_date,
                               jsonb_build_object('course', c.title, 'due', c.due_date, 'assignment', c.assignment_id),
                        """ + EMAIL_COLUMNS + """
                          from open_cycles c
                         where c.due_date < :today
                        on conflict (user_id, kind, event_key) do nothing""")
                .param("today", today)
                .param("from", today.minusDays(windowDays))
                .param("until", today.minusDays(1))
                .param("now", java.sql.Timestamp.from(now))
                .param("mail", mail)
                .update();
    }

    /**
     * Each enabled unit head with overdue people in their unit's subtree (each person's latest cycle of a course, due
     * before today, as the dashboard counts them) gets the week's digest once: how many people, and the first 50 by
     * unit and name with their overdue courses. Heads are found through the ancestors of each overdue person's unit
     * (an equality join, not a prefix match per head), and heads who have this week's digest are left out first.
     */
    int planDigest(LocalDate today, Instant now, boolean mail, String week) {
        return jdbc.sql(cycles(true) + """
                        , overdue as (
                            select c.user_id, p.full_name, u.name as unit_name, u.path,
                                   string_agg(c.title, '; ' order by c.title) as courses, min(c.due_date) as due
                              from open_cycles c
                              join app_user p on p.id = c.user_id
                              join unit u on u.id = p.unit_id
                             where c.due_date < :today
                             group by c.user_id, p.full_name, u.name, u.path
                        ), heads as (
                            select h.id, h.email, h.unit_id from app_user h
                             where h.enabled and 'UNIT_HEAD' = any(h.roles)
                               and not exists (select 1 from notification n
                                                where n.user_id = h.id and n.kind = 'DIGEST'
                                                  and n.event_key = 'digest:' || :week)
                        ), under as (
                            select h.id as head_id, h.email, o.*,
                                   row_number() over (partition by h.id order by o.path, o.full_name, o.user_id) as n,
                                   count(*) over (partition by h.id) as total
                              from overdue o
                              cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')) as a(unit_id)
                              join heads h on h.unit_id = cast(a.unit_id as bigint)
                        ), per_head as (
                            select head_id as user_id, email, max(total) as count,
                                   jsonb_agg(jsonb_build_object('name', full_name, 'unit', unit_name,
                                                                'course', courses, 'due', due) order by n) as people
                              from under where n <= 50
                             group by head_id, email
                        )
                        insert into notification (user_id, kind, event_key, params, email_status, email_to, email_next_at)
                        select c.user_id, 'DIGEST', 'digest:' || :week,
                               jsonb_build_object('count', c.count, 'asOf', cast(:today as date), 'people', c.people),
                        """ + EMAIL_COLUMNS + """
                          from per_head c
                        on conflict (user_id, kind, event_key) do nothing""")
                .param("today", today)
                .param("from", LocalDate.of(1900, 1, 1))
                .param("until", today.minusDays(1))
                .param("now", java.sql.Timestamp.from(now))
                .param("mail", mail)
                .param("week", week)
                .update();
    }

    /**
     * "Your certificate is issued" for the standing certificates issued since {@code since}, of one completion (just
     * committed) or, with {@code completionId} null, all of them (the planner's catch-up after a crash).
     */
    public int planCertificates(Long completionId, Instant since, Instant now, boolean mail) {
        return jdbc.sql("""
                        insert into notification (user_id, kind, event_key, params, email_status, email_to, email_next_at)
                        select k.user_id, 'CERTIFICATE_ISSUED', 'c:' || k.id,
                               jsonb_build_object('course', k.course_title, 'serial', k.serial, 'certificate', k.id),
                        """ + EMAIL_COLUMNS + """
                          from certificate k
                          join app_user c on c.id = k.user_id
                         where (cast(:completion as bigint) is null or k.completion_id = :completion)
                           and k.issued_at >= :since and k.revoked_at is null
                        on conflict (user_id, kind, event_key) do nothing""")
                .param("completion", completionId)
                .param("since", java.sql.Timestamp.from(since))
                .param("now", java.sql.Timestamp.from(now))
                .param("mail", mail)
                .update();
    }

    /** A notice to send: its recipient and what to say. */
    public record Outgoing(
            long id, String to, String fullName, NotificationKind kind, Map<String, Object> params, int attempts) {}

    /**
     * Claims up to {@code limit} notices whose e-mail is due, for {@code leaseSeconds}: another node (or this one
     * after a crash) takes them again only after the lease. Counts the attempt.
     */
    public List<Outgoing> claim(Instant now, int limit, int leaseSeconds, java.util.UUID claim) {
        return jdbc
                .sql("""
                        update notification n
                           set email_claimed_until = cast(:now as timestamptz) + make_interval(secs => :lease),
                               email_claim = :claim,
                               email_attempts = email_attempts + 1
                          from (select id from notification
                                 where email_status = 'PENDING' and email_next_at <= :now
                                   and (email_claimed_until is null or email_claimed_until <= :now)
                                 order by email_next_at, id
                                 limit :limit
                                 for update skip locked) due
                         where n.id = due.id
                        returning n.id, n.email_to,
                                  (select p.full_name from app_user p where p.id = n.user_id),
                                  n.kind, n.params::text, n.email_attempts""")
                .param("now", java.sql.Timestamp.from(now))
                .param("lease", leaseSeconds)
                .param("limit", limit)
                .param("claim", claim)
                .query((rs, i) -> new Outgoing(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        NotificationKind.valueOf(rs.getString(4)),
                        params(rs.getString(5)),
                        rs.getInt(6)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparingLong(Outgoing::id))
                .toList();
    }

    /** Only while this run's claim holds: a run whose lease ran out does not overwrite another's outcome. */
    void markSent(long id, java.util.UUID claim, Instant now) {
        jdbc.sql("""
                        update notification set email_status = 'SENT', email_sent_at = :now, email_claimed_until = null,
                                                email_error = null
                         where id = :id and email_claim = :claim and email_status = 'PENDING'""")
                .param("id", id)
                .param("claim", claim)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    /** A failed attempt: again at {@code next}, or never (FAILED) when {@code next} is null. */
    void markFailed(long id, java.util.UUID claim, Instant next, String error) {
        jdbc.sql("""
                        update notification set email_status = case when cast(:next as timestamptz) is null then 'FAILED'
                                                                    else 'PENDING' end,
                                                email_next_at = coalesce(cast(:next as timestamptz), email_next_at),
                                                email_claimed_until = null, email_error = left(:error, 500)
                         where id = :id and email_claim = :claim and email_status = 'PENDING'""")
                .param("id", id)
                .param("claim", claim)
                .param("next", next == null ? null : java.sql.Timestamp.from(next))
                .param("error", error == null ? "" : error)
                .update();
    }

    public List<NoticeRow> forPerson(long userId, int limit) {
        return jdbc.sql("""
                        select id, kind, params::text, created_at, seen_at is not null
                          from notification where user_id = :u order by id desc limit :limit""")
                .param("u", userId)
                .param("limit", limit)
                .query((rs, i) -> new NoticeRow(
                        rs.getLong(1),
                        NotificationKind.valueOf(rs.getString(2)),
                        params(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        rs.getBoolean(5)))
                .list();
    }

    public int unseen(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and seen_at is null")
                .param("u", userId)
                .query(Integer.class)
                .single();
    }

    /** The person's notices from {@code fromId} to {@code upToId} (the ones shown) count as read. */
    public int markSeen(long userId, long fromId, long upToId) {
        return jdbc.sql("""
                        update notification set seen_at = now()
                         where user_id = :u and seen_at is null and id between :from and :upTo""")
                .param("u", userId)
                .param("from", fromId)
                .param("upTo", upToId)
                .update();
    }

    private static Map<String, Object> params(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    }
}
