package vn.daotao.progress.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.progress.CycleSql;
import vn.daotao.progress.CycleStatus;
import vn.daotao.progress.MyCourseRow;

@Repository
public class ProgressQueries {

    /**
     * Assignment a reaches the person with id :u in unit :unit now (directly, or through their unit or an
     * ancestor). Their cycles are these and every cycle they started, whatever their unit is now.
     */
    private static final String TARGETS_ME = """
            (a.user_id = :u or exists (
                select 1 from unit au, unit mu
                 where au.id = a.unit_id and mu.id = :unit
                   and """ + CycleSql.unitReaches("a", "au", "mu") + "))";

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MyCourseRow> myCourses(long userId, long unitId, LocalDate today) {
        return jdbc.sql("""
                        select a.id, a.edition_id, e.title, e.edition_no, a.period_start, a.due_date,
                               (select count(*) from course_module m where m.edition_id = a.edition_id) as modules,
                               (select count(*) from module_progress p
                                 where p.user_id = :u and p.assignment_id = a.id and p.passed_at is not null) as passed,
                               """
                        + CycleSql.status("c.kind", TARGETS_ME, "a.due_date", CycleSql.started("a", ":u"), ":today")
                        + " as status,\n" + """
                               c.completed_at
                          from assignment a
                          join course_edition e on e.id = a.edition_id
                          left join completion_record c on c.assignment_id = a.id and c.user_id = :u and c.withdrawn_at is null
                         where e.status <> 'DRAFT' and a.period_start <= :today
                           and (""" + TARGETS_ME + " or " + CycleSql.started("a", ":u") + ")\n" + """
                         order by c.completed_at nulls first, a.due_date, a.id""")
                .param("u", userId)
                .param("unit", unitId)
                .param("today", today)
                .query((rs, i) -> row(rs))
                .list();
    }

    public Optional<MyCourseRow> myCourse(long userId, long unitId, long assignmentId, LocalDate today) {
        return myCourses(userId, unitId, today).stream()
                .filter(r -> r.assignmentId() == assignmentId)
                .findFirst();
    }

    public record Progress(Instant openedAt, Instant passedAt, BigDecimal bestScore) {}

    public Map<Long, Progress> moduleProgress(long userId, long assignmentId) {
        Map<Long, Progress> progress = new HashMap<>();
        jdbc.sql("""
                        select module_id, content_opened_at, passed_at, best_score from module_progress
                         where user_id = :u and assignment_id = :a""").param("u", userId).param("a", assignmentId).query(rs -> {
            progress.put(
                    rs.getLong("module_id"),
                    new Progress(
                            instant(rs.getTimestamp("content_opened_at")),
                            instant(rs.getTimestamp("passed_at")),
                            rs.getBigDecimal("best_score")));
        });
        return progress;
    }

    /**
     * Modules the person passed in a cycle of the same edition that they left by moving to another unit (it
     * no longer reaches them) and whose window overlaps this one count as passed in this cycle: nobody
     * redoes a module of the same edition because they moved, while last year's cycle (a renewal) carries
     * nothing. The latest pass is taken; each carried row names the cycle it came from.
     */
    public int carryOverPassedModules(long userId, long unitId, long assignmentId) {
        return jdbc.sql("""
                        insert into module_progress (user_id, assignment_id, module_id, content_opened_at, passed_at,
                                                     best_score, carried_from)
                        select distinct on (mp.module_id) :u, cur.id, mp.module_id, mp.content_opened_at, mp.passed_at,
                               mp.best_score, mp.assignment_id
                          from assignment cur
                          join assignment a on a.edition_id = cur.edition_id and a.id <> cur.id
                          join module_progress mp on mp.assignment_id = a.id and mp.user_id = :u and mp.passed_at is not null
                         where cur.id = :cur
                           and a.period_start <= cur.due_date and a.due_date >= cur.period_start
                           and not coalesce(""" + TARGETS_ME + ", false)\n" + """
                         order by mp.module_id, mp.passed_at desc
                        on conflict (user_id, assignment_id, module_id) do update
                           set passed_at = excluded.passed_at, best_score = excluded.best_score,
                               carried_from = excluded.carried_from,
                               content_opened_at = coalesce(module_progress.content_opened_at, excluded.content_opened_at)
                         where module_progress.passed_at is null""")
                .param("u", userId)
                .param("unit", unitId)
                .param("cur", assignmentId)
                .update();
    }

    /** Whether the cycle reaches the person through their unit as it is now (or is their own). */
    public boolean reachesNow(long userId, long assignmentId) {
        long unitId = jdbc.sql("select unit_id from app_user where id = :u")
                .param("u", userId)
                .query(Long.class)
                .single();
        return jdbc.sql("select coalesce(" + TARGETS_ME + ", false) from assignment a where a.id = :a")
                .param("a", assignmentId)
                .param("u", userId)
                .param("unit", unitId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void markOpened(long userId, long assignmentId, long moduleId, Instant at) {
        jdbc.sql("""
                        insert into module_progress (user_id, assignment_id, module_id, content_opened_at)
                        values (:u, :a, :m, :at)
                        on conflict (user_id, assignment_id, module_id)
                        do update set content_opened_at = coalesce(module_progress.content_opened_at, excluded.content_opened_at)""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("m", moduleId)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void recordScore(
            long userId, long assignmentId, long moduleId, BigDecimal score, Instant submittedAt, boolean passed) {
        jdbc.sql("""
                        insert into module_progress (user_id, assignment_id, module_id, content_opened_at, best_score, passed_at)
                        values (:u, :a, :m, :at, :score, :passed)
                        on conflict (user_id, assignment_id, module_id) do update
                           set best_score = greatest(module_progress.best_score, excluded.best_score),
                               passed_at = coalesce(module_progress.passed_at, excluded.passed_at)""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("m", moduleId)
                .param("at", Timestamp.from(submittedAt))
                .param("score", score)
                .param("passed", passed ? Timestamp.from(submittedAt) : null)
                .update();
    }

    /** Records the completion if every module of the edition is passed; empty if not complete or already recorded. */
    public Optional<Long> completeIfAllPassed(long userId, long assignmentId, Instant at) {
        return complete(userId, assignmentId, at, false);
    }

    /**
     * Records the completion (as {@link #completeIfAllPassed}) of a cycle whose edition asks for a written
     * commitment, keeping the exact text the person confirmed and when; {@code committing} false leaves such
     * a cycle open, waiting for the person's confirmation.
     */
    public Optional<Long> complete(long userId, long assignmentId, Instant at, boolean committing) {
        return jdbc.sql("""
                        insert into completion_record (user_id, assignment_id, edition_id, completed_at, average_score, unit_id,
                                                       commitment_text, committed_at, kind)
                        select :u, a.id, a.edition_id, :at, round(avg(p.best_score), 2),
                               (select unit_id from app_user where id = :u),
                               case when :committing then e.commitment_text end,
                               case when :committing then cast(:at as timestamptz) end,
                               case when bool_or(p.attendance_id is not null) then 'IN_PERSON' else 'ONLINE' end
                          from assignment a
                          join course_edition e on e.id = a.edition_id
                          join course_module m on m.edition_id = a.edition_id
                          left join module_progress p on p.module_id = m.id and p.user_id = :u and p.assignment_id = a.id
                         where a.id = :a and ((e.commitment_text is null) <> :committing)
                         group by a.id, a.edition_id, e.commitment_text
                        having count(*) = count(p.passed_at)
                        on conflict (user_id, assignment_id) where withdrawn_at is null do nothing
                        returning id""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("at", Timestamp.from(at))
                .param("committing", committing)
                .query(Long.class)
                .optional();
    }

    public long editionOf(long assignmentId) {
        return jdbc.sql("select edition_id from assignment where id = :a")
                .param("a", assignmentId)
                .query(Long.class)
                .single();
    }

    /** Whether the person may read the module an attachment belongs to: an assignment of its edition reaches them. */
    public Optional<Long> assignmentReachingModule(long userId, long unitId, long moduleId, LocalDate today) {
        return jdbc.sql("""
                        select a.id from assignment a
                          join course_edition e on e.id = a.edition_id
                          join course_module m on m.edition_id = a.edition_id
                         where m.id = :m and e.status <> 'DRAFT' and a.period_start <= :today and """ + TARGETS_ME + " order by a.id limit 1")
                .param("u", userId)
                .param("unit", unitId)
                .param("m", moduleId)
                .param("today", today)
                .query(Long.class)
                .optional();
    }

    private static MyCourseRow row(ResultSet rs) throws SQLException {
        int modules = rs.getInt("modules");
        int passed = rs.getInt("passed");
        Instant completedAt = instant(rs.getTimestamp("completed_at"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        CycleStatus status = CycleStatus.valueOf(rs.getString("status"));
        return new MyCourseRow(
                rs.getLong("id"),
                rs.getLong("edition_id"),
                rs.getString("title"),
                rs.getInt("edition_no"),
                rs.getObject("period_start", LocalDate.class),
                due,
                modules,
                passed,
                status,
                completedAt);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
