package vn.daotao.progress.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.organisation.UnitSql;
import vn.daotao.progress.AttendeeRow;
import vn.daotao.progress.CycleSql;
import vn.daotao.progress.SessionRow;

/**
 * In-person sessions, attendance, exemptions and the withdrawal of such records. Every read that takes a
 * unit or a person also takes the viewer's subtree ({@code :scope}, null for an admin), so nothing outside
 * it is found whatever id is asked for.
 */
@Repository
public class ManualRecordQueries {

    private final JdbcClient jdbc;

    ManualRecordQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String unitPath(long unitId) {
        return jdbc.sql("select path from unit where id = :u")
                .param("u", unitId)
                .query(String.class)
                .single();
    }

    public boolean unitInScope(long unitId, String scope) {
        return jdbc.sql("select count(*) from unit u where u.id = :u and u.active and " + UnitSql.inScope("u.path"))
                        .param("u", unitId)
                        .param("scope", scope)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    /** The enabled person's current unit, if it lies in the scope. */
    public Optional<Long> personUnitInScope(long userId, String scope) {
        return jdbc.sql("""
                        select p.unit_id from app_user p join unit u on u.id = p.unit_id
                         where p.id = :p and p.enabled and """ + UnitSql.inScope("u.path"))
                .param("p", userId)
                .param("scope", scope)
                .query(Long.class)
                .optional();
    }

    public boolean publishedEdition(long editionId) {
        return jdbc.sql("select count(*) from course_edition where id = :e and status <> 'DRAFT'")
                        .param("e", editionId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    /** How many of these modules belong to the edition. */
    public int modulesOfEdition(long editionId, Collection<Long> moduleIds) {
        return jdbc.sql("select count(*) from course_module where edition_id = :e and id in (:m)")
                .param("e", editionId)
                .param("m", moduleIds)
                .query(Integer.class)
                .single();
    }

    public List<vn.daotao.progress.AssignableEdition> publishedEditions() {
        return jdbc.sql("""
                        select e.id, c.code, e.title, e.edition_no from course_edition e join course c on c.id = e.course_id
                         where e.status <> 'DRAFT' order by e.title, e.edition_no desc""")
                .query((rs, i) -> new vn.daotao.progress.AssignableEdition(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    public List<vn.daotao.progress.TargetUnit> units(String scope) {
        return jdbc.sql("""
                        select u.id, u.code, u.name, p.name from unit u left join unit p on p.id = u.parent_id
                         where u.active and """ + UnitSql.inScope("u.path") + " order by "
                        + vn.daotao.organisation.UnitSql.treeOrder("u.path") + " limit 5000")
                .param("scope", scope)
                .query((rs, i) -> new vn.daotao.progress.TargetUnit(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public long insertEvidence(String fileName, String contentType, byte[] content, long by) {
        return jdbc.sql("""
                        insert into record_evidence (file_name, content_type, content, uploaded_by)
                        values (:n, :t, :c, :by) returning id""")
                .param("n", fileName)
                .param("t", contentType)
                .param("c", content)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public record Evidence(String fileName, String contentType, byte[] content) {}

    /**
     * An evidence file, if the scope covers the unit of a session it belongs to or the current unit of a
     * person whose exemption it belongs to.
     */
    public Optional<Evidence> evidence(long id, String scope) {
        return jdbc.sql("""
                        select v.file_name, v.content_type, v.content from record_evidence v
                         where v.id = :id and (
                             exists (select 1 from training_session s join unit u on u.id = s.unit_id
                                      where s.evidence_id = v.id and """ + UnitSql.inScope("u.path") + """
                             ) or exists (select 1 from exemption x join app_user p on p.id = x.user_id
                                           join unit u on u.id = p.unit_id
                                          where x.evidence_id = v.id and """ + UnitSql.inScope("u.path") + "))")
                .param("id", id)
                .param("scope", scope)
                .query((rs, i) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    public long insertSession(
            long editionId, long unitId, String title, LocalDate heldOn, String place, Long evidenceId, long by) {
        return jdbc.sql("""
                        insert into training_session (edition_id, unit_id, title, held_on, place, evidence_id, created_by)
                        values (:e, :u, :t, :d, :p, :v, :by) returning id""")
                .param("e", editionId)
                .param("u", unitId)
                .param("t", title)
                .param("d", heldOn)
                .param("p", place)
                .param("v", evidenceId)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public void insertSessionModules(long sessionId, Collection<Long> moduleIds) {
        jdbc.sql("""
                        insert into training_session_module (session_id, module_id)
                        select :s, m.id from course_module m where m.id in (:m)""").param("s", sessionId).param("m", moduleIds).update();
    }

    private static final String SESSION_COLUMNS = """
            select s.id, s.title, s.held_on, s.place, s.edition_id, e.title as course_title, e.edition_no,
                   s.unit_id, u.name as unit_name, s.evidence_id, v.file_name as evidence_name,
                   (select string_agg(m.position::text, ', ' order by m.position)
                      from training_session_module sm join course_module m on m.id = sm.module_id
                     where sm.session_id = s.id) as modules,
                   (select count(*) from attendance a where a.session_id = s.id and a.withdrawn_at is null) as attendees
              from training_session s
              join course_edition e on e.id = s.edition_id
              join unit u on u.id = s.unit_id
              left join record_evidence v on v.id = s.evidence_id
            """;

    public List<SessionRow> sessions(String scope) {
        return jdbc.sql(SESSION_COLUMNS + " where " + UnitSql.inScope("u.path")
                        + " order by s.held_on desc, s.id desc limit 500")
                .param("scope", scope)
                .query((rs, i) -> sessionRow(rs))
                .list();
    }

    public Optional<SessionRow> session(long id, String scope) {
        return jdbc.sql(SESSION_COLUMNS + " where s.id = :id and " + UnitSql.inScope("u.path"))
                .param("id", id)
                .param("scope", scope)
                .query((rs, i) -> sessionRow(rs))
                .optional();
    }

    public List<Long> sessionModules(long sessionId) {
        return jdbc.sql("select module_id from training_session_module where session_id = :s order by module_id")
                .param("s", sessionId)
                .query(Long.class)
                .list();
    }

    private static SessionRow sessionRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SessionRow(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("place"),
                rs.getLong("edition_id"),
                rs.getString("course_title"),
                rs.getInt("edition_no"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                (Long) rs.getObject("evidence_id"),
                rs.getString("evidence_name"),
                rs.getString("modules"),
                rs.getInt("attendees"));
    }

    /**
     * The enabled people of the session unit's subtree, with whether they attended (a standing record) and,
     * for an admin, the attendance id to withdraw.
     */
    public List<AttendeeRow> candidates(long sessionId) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.employee_code, pu.name as unit_name, a.id as attendance_id,
                               a.recorded_at
                          from training_session s
                          join unit su on su.id = s.unit_id
                          join unit pu on """ + UnitSql.inSubtree("pu.path", "su.path") + """
                          join app_user p on p.unit_id = pu.id and p.enabled
                          left join attendance a on a.session_id = s.id and a.user_id = p.id and a.withdrawn_at is null
                         where s.id = :s
                         order by pu.path, p.full_name, p.id
                         limit 5000""")
                .param("s", sessionId)
                .query((rs, i) -> new AttendeeRow(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("employee_code"),
                        rs.getString("unit_name"),
                        (Long) rs.getObject("attendance_id"),
                        rs.getTimestamp("recorded_at") == null
                                ? null
                                : rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    public record Candidate(
            long userId, String fullName, String employeeCode, boolean inSessionUnit, boolean attended) {}

    /** The enabled person with this employee code (case ignored), and where they stand for the session. */
    public Optional<Candidate> candidateByCode(long sessionId, String employeeCode) {
        return candidate(sessionId, "(lower(p.employee_code) = lower(:key))", employeeCode);
    }

    public Optional<Candidate> candidate(long sessionId, long userId) {
        return candidate(sessionId, "(p.id = :key)", userId);
    }

    private Optional<Candidate> candidate(long sessionId, String match, Object key) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.employee_code,
                               """ + UnitSql.inSubtree("pu.path", "su.path") + """
                                as inside,
                               exists (select 1 from attendance a where a.session_id = s.id and a.user_id = p.id
                                          and a.withdrawn_at is null) as attended
                          from training_session s
                          join unit su on su.id = s.unit_id
                          join app_user p on p.enabled and """ + match + """
                          join unit pu on pu.id = p.unit_id
                         where s.id = :s""")
                .param("s", sessionId)
                .param("key", key)
                .query((rs, i) -> new Candidate(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
                .optional();
    }

    /**
     * The person's open cycle of the edition a session counts in: the latest one that reaches them now,
     * started on or before the session's day, without a standing completion.
     */
    public Optional<Long> openCycle(long userId, long editionId, LocalDate heldOn) {
        return jdbc.sql("""
                        select a.id from assignment a
                          join app_user me on me.id = :u
                          join unit mu on mu.id = me.unit_id
                          left join unit au on au.id = a.unit_id
                         where a.edition_id = :e and a.period_start <= :d
                           and (a.user_id = :u or (au.id is not null and """ + CycleSql.unitReaches("a", "au", "mu") + """
                           ))
                           and not exists (select 1 from completion_record cr where cr.user_id = :u
                                              and cr.assignment_id = a.id and cr.withdrawn_at is null)
                         order by a.period_start desc, a.id desc
                         limit 1""")
                .param("u", userId)
                .param("e", editionId)
                .param("d", heldOn)
                .query(Long.class)
                .optional();
    }

    public long insertAttendance(long sessionId, long userId, long assignmentId, long by) {
        return jdbc.sql("""
                        insert into attendance (session_id, user_id, assignment_id, recorded_by)
                        values (:s, :u, :a, :by) returning id""")
                .param("s", sessionId)
                .param("u", userId)
                .param("a", assignmentId)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Each module of the session passed in the cycle at {@code at}, unless already passed (a quiz pass stays). */
    public void passByAttendance(long attendanceId, long userId, long assignmentId, long sessionId, Instant at) {
        jdbc.sql("""
                        insert into module_progress (user_id, assignment_id, module_id, content_opened_at, passed_at, attendance_id)
                        select :u, :a, sm.module_id, :at, :at, :att from training_session_module sm where sm.session_id = :s
                        on conflict (user_id, assignment_id, module_id) do update
                           set content_opened_at = coalesce(module_progress.content_opened_at, excluded.content_opened_at),
                               attendance_id = case when module_progress.passed_at is null then excluded.attendance_id
                                                    else module_progress.attendance_id end,
                               passed_at = coalesce(module_progress.passed_at, excluded.passed_at)""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("s", sessionId)
                .param("at", Timestamp.from(at))
                .param("att", attendanceId)
                .update();
    }

    /** When the last module of the cycle was passed (the completion's time), if all are. */
    public Optional<Instant> lastPass(long userId, long assignmentId) {
        return jdbc.sql("""
                        select max(p.passed_at) from assignment a
                          join course_module m on m.edition_id = a.edition_id
                          left join module_progress p on p.module_id = m.id and p.user_id = :u and p.assignment_id = a.id
                         where a.id = :a
                        having count(*) = count(p.passed_at)""")
                .param("u", userId)
                .param("a", assignmentId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    public record AttendanceRef(long id, long sessionId, long userId, Long assignmentId) {}

    public Optional<AttendanceRef> standingAttendance(long attendanceId) {
        return jdbc.sql("""
                        select id, session_id, user_id, assignment_id from attendance
                         where id = :id and withdrawn_at is null""")
                .param("id", attendanceId)
                .query((rs, i) ->
                        new AttendanceRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4)))
                .optional();
    }

    public void withdrawAttendance(long attendanceId, long by, String reason) {
        jdbc.sql("""
                        update attendance set withdrawn_at = now(), withdrawn_by = :by, withdrawal_reason = :r
                         where id = :id and withdrawn_at is null""")
                .param("id", attendanceId)
                .param("by", by)
                .param("r", reason)
                .update();
        // the modules it passed are no longer passed (a quiz passed afterwards had kept the earlier pass)
        // (a module the session only opened for them, with no quiz of their own, is as if never opened)
        jdbc.sql("""
                        update module_progress mp
                           set content_opened_at = case when mp.content_opened_at = mp.passed_at
                                                        then null else mp.content_opened_at end,
                               attendance_id = null,
                               -- a quiz the person passed online (after the session) keeps its pass
                               passed_at = (select min(q.submitted_at) from quiz_attempt q
                                             where q.user_id = mp.user_id and q.assignment_id = mp.assignment_id
                                               and q.module_id = mp.module_id and q.passed)
                         where mp.attendance_id = :id""").param("id", attendanceId).update();
        jdbc.sql("""
                        delete from module_progress mp
                         where mp.content_opened_at is null and mp.passed_at is null and mp.best_score is null
                           and mp.carried_from is null
                           and exists (select 1 from attendance a where a.id = :id and a.user_id = mp.user_id
                                          and a.assignment_id = mp.assignment_id)""").param("id", attendanceId).update();
    }

    /** The standing attendances that passed modules in a person's cycle. */
    public List<Long> standingAttendances(long userId, long assignmentId) {
        return jdbc.sql("""
                        select id from attendance
                         where user_id = :u and assignment_id = :a and withdrawn_at is null order by id""")
                .param("u", userId)
                .param("a", assignmentId)
                .query(Long.class)
                .list();
    }

    public record CompletionRef(long id, long userId, long assignmentId, String kind) {}

    /** The person's standing (not withdrawn) completion of the cycle. */
    public Optional<CompletionRef> standingCompletion(long userId, long assignmentId) {
        return standingCompletion("(user_id = :u and assignment_id = :a)", Map.of("u", userId, "a", assignmentId));
    }

    /** The completion record, if it is standing. */
    public Optional<CompletionRef> completion(long completionId) {
        return standingCompletion("(id = :id)", Map.of("id", completionId));
    }

    private Optional<CompletionRef> standingCompletion(String match, Map<String, Object> params) {
        return jdbc.sql("select id, user_id, assignment_id, kind from completion_record where withdrawn_at is null and "
                        + match)
                .params(params)
                .query((rs, i) -> new CompletionRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .optional();
    }

    public void withdrawCompletion(long completionId, long by, String reason) {
        jdbc.sql("""
                        update completion_record set withdrawn_at = now(), withdrawn_by = :by, withdrawal_reason = :r
                         where id = :id and withdrawn_at is null""")
                .param("id", completionId)
                .param("by", by)
                .param("r", reason)
                .update();
    }

    /** The cycle reaches the person now (a cycle they left by moving is the old unit's record, not theirs to close). */
    public boolean cycleOf(long userId, long assignmentId) {
        return jdbc.sql("""
                        select count(*) from assignment a
                          join app_user me on me.id = :u
                          join unit mu on mu.id = me.unit_id
                          left join unit au on au.id = a.unit_id
                         where a.id = :a and (a.user_id = :u
                               or (au.id is not null and """ + CycleSql.unitReaches("a", "au", "mu") + "))")
                        .param("u", userId)
                        .param("a", assignmentId)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    public long insertExemption(
            long userId,
            long assignmentId,
            String reason,
            String approvedBy,
            LocalDate approvedOn,
            Long evidenceId,
            long by) {
        return jdbc.sql("""
                        insert into exemption (user_id, assignment_id, reason, approved_by, approved_on, evidence_id, recorded_by)
                        values (:u, :a, :r, :ab, :ao, :v, :by) returning id""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("r", reason)
                .param("ab", approvedBy)
                .param("ao", approvedOn)
                .param("v", evidenceId)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** The exemption's completion: closes the cycle as EXEMPT, no score, in the person's unit now. */
    public long insertExemptCompletion(long userId, long assignmentId, long exemptionId, Instant at) {
        return jdbc.sql("""
                        insert into completion_record (user_id, assignment_id, edition_id, completed_at, average_score,
                                                       unit_id, kind, exemption_id)
                        select :u, a.id, a.edition_id, :at, null, (select unit_id from app_user where id = :u),
                               'EXEMPT', :x
                          from assignment a where a.id = :a
                        returning id""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("x", exemptionId)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }
}
