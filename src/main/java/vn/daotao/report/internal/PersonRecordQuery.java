package vn.daotao.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.organisation.UnitSql;
import vn.daotao.progress.CycleSql;
import vn.daotao.progress.CycleStatus;
import vn.daotao.report.PersonRecord;

/** One person's whole training record; found only if the person's unit lies within the viewer's scope. */
@Repository
public class PersonRecordQuery {

    private final JdbcClient jdbc;

    PersonRecordQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonRecord> find(long userId, String scope, LocalDate today) {
        record Head(long id, String name, String code, String email, String unit, String path) {}
        Optional<Head> head = jdbc.sql("""
                        select p.id, p.full_name, p.employee_code, p.email, u.name, u.path
                          from app_user p join unit u on u.id = p.unit_id
                         where p.id = :id and """ + UnitSql.inScope("u.path"))
                .param("id", userId)
                .param("scope", scope)
                .query((rs, i) -> new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional();
        return head.map(h -> new PersonRecord(
                h.id(), h.name(), h.code(), h.email(), h.unit(), memberships(h.id()), cycles(h.id(), today)));
    }

    private List<PersonRecord.Membership> memberships(long userId) {
        return jdbc.sql("""
                        select u.name, m.unit_head, m.valid_from, m.valid_to
                          from unit_membership m join unit u on u.id = m.unit_id
                         where m.user_id = :u
                         order by m.valid_from desc, m.id desc""")
                .param("u", userId)
                .query((rs, i) -> new PersonRecord.Membership(
                        rs.getString(1), rs.getBoolean(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))))
                .list();
    }

    /** The cycle reaches the person (:u, unit alias mu) now; their record also keeps every cycle they started. */
    private static final String REACHES =
            "(a.user_id = :u or (au.id is not null and " + CycleSql.unitReaches("a", "au", "mu") + "))";

    private List<PersonRecord.Cycle> cycles(long userId, LocalDate today) {
        record Row(
                long assignmentId,
                long editionId,
                String title,
                int editionNo,
                LocalDate start,
                LocalDate due,
                Instant completedAt,
                java.math.BigDecimal avg,
                CycleStatus status,
                boolean asksCommitment,
                Long completionId) {}
        List<Row> rows = jdbc.sql("""
                        select a.id, a.edition_id, e.title, e.edition_no, a.period_start, a.due_date, cr.completed_at,
                               cr.average_score, e.commitment_text is not null as asks_commitment, cr.id as completion_id,
                               """
                        + CycleSql.status("cr.kind", REACHES, "a.due_date", CycleSql.started("a", ":u"), ":today")
                        + " as status\n" + """
                          from assignment a
                          join course_edition e on e.id = a.edition_id
                          join app_user me on me.id = :u
                          join unit mu on mu.id = me.unit_id
                          left join unit au on au.id = a.unit_id
                          left join completion_record cr on cr.assignment_id = a.id and cr.user_id = :u and cr.withdrawn_at is null
                         where e.status <> 'DRAFT' and a.period_start <= :today
                           and (""" + REACHES + " or " + CycleSql.started("a", ":u") + ")\n" + """
                         order by a.period_start desc, a.id desc""")
                .param("u", userId)
                .param("today", today)
                .query((rs, i) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        instant(rs.getTimestamp(7)),
                        rs.getBigDecimal(8),
                        CycleStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("asks_commitment"),
                        (Long) rs.getObject("completion_id")))
                .list();
        List<PersonRecord.Cycle> cycles = new ArrayList<>();
        for (Row r : rows) {
            List<PersonRecord.ModuleLine> modules = modules(userId, r.assignmentId(), r.editionId());
            boolean awaitingCommitment = r.asksCommitment()
                    && !r.status().ended()
                    && modules.stream().allMatch(m -> m.passedAt() != null);
            cycles.add(new PersonRecord.Cycle(
                    r.assignmentId(),
                    r.title(),
                    r.editionNo(),
                    r.start(),
                    r.due(),
                    r.status(),
                    r.completedAt(),
                    r.avg(),
                    awaitingCommitment,
                    r.completionId(),
                    exemption(r.completionId()),
                    withdrawn(userId, r.assignmentId()),
                    modules,
                    attempts(userId, r.assignmentId()),
                    certificates(userId, r.assignmentId())));
        }
        return cycles;
    }

    private List<PersonRecord.ModuleLine> modules(long userId, long assignmentId, long editionId) {
        return jdbc.sql("""
                        select m.position, m.title, mp.content_opened_at, mp.passed_at, mp.best_score, s.title as session
                          from course_module m
                          left join module_progress mp on mp.module_id = m.id and mp.user_id = :u and mp.assignment_id = :a
                          left join attendance at on at.id = mp.attendance_id
                          left join training_session s on s.id = at.session_id
                         where m.edition_id = :e order by m.position""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("e", editionId)
                .query((rs, i) -> new PersonRecord.ModuleLine(
                        rs.getInt(1),
                        rs.getString(2),
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)),
                        rs.getBigDecimal(5),
                        rs.getString(6)))
                .list();
    }

    private PersonRecord.Exemption exemption(Long completionId) {
        if (completionId == null) {
            return null;
        }
        return jdbc.sql("""
                        select x.reason, x.approved_by, x.approved_on, x.evidence_id, v.file_name
                          from completion_record cr join exemption x on x.id = cr.exemption_id
                          left join record_evidence v on v.id = x.evidence_id
                         where cr.id = :c""")
                .param("c", completionId)
                .query((rs, i) -> new PersonRecord.Exemption(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        (Long) rs.getObject(4),
                        rs.getString(5)))
                .optional()
                .orElse(null);
    }

    private List<PersonRecord.WithdrawnRecord> withdrawn(long userId, long assignmentId) {
        return jdbc.sql("""
                        select cr.kind, cr.completed_at, cr.withdrawn_at, cr.withdrawal_reason from completion_record cr
                         where cr.user_id = :u and cr.assignment_id = :a and cr.withdrawn_at is not null
                         order by cr.withdrawn_at""")
                .param("u", userId)
                .param("a", assignmentId)
                .query((rs, i) -> new PersonRecord.WithdrawnRecord(
                        switch (rs.getString(1)) {
                            case "EXEMPT" -> CycleStatus.EXEMPT;
                            case "IN_PERSON" -> CycleStatus.COMPLETED_IN_PERSON;
                            default -> CycleStatus.COMPLETED;
                        },
                        instant(rs.getTimestamp(2)),
                        instant(rs.getTimestamp(3)),
                        rs.getString(4)))
                .list();
    }

    private List<PersonRecord.AttemptLine> attempts(long userId, long assignmentId) {
        return jdbc.sql("""
                        select m.title, q.attempt_no, q.started_at, q.submitted_at, q.score_percent, q.passed
                          from quiz_attempt q join course_module m on m.id = q.module_id
                         where q.user_id = :u and q.assignment_id = :a order by m.position, q.attempt_no""")
                .param("u", userId)
                .param("a", assignmentId)
                .query((rs, i) -> new PersonRecord.AttemptLine(
                        rs.getString(1),
                        rs.getInt(2),
                        instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)),
                        rs.getBigDecimal(5),
                        (Boolean) rs.getObject(6)))
                .list();
    }

    private List<PersonRecord.CertificateLine> certificates(long userId, long assignmentId) {
        return jdbc.sql("""
                        select c.id, c.serial, c.issued_at, c.revoked_at
                          from certificate c join completion_record cr on cr.id = c.completion_id
                         where c.user_id = :u and cr.assignment_id = :a order by c.issued_at""")
                .param("u", userId)
                .param("a", assignmentId)
                .query((rs, i) -> new PersonRecord.CertificateLine(
                        rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
