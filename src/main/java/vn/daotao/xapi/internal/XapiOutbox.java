package vn.daotao.xapi.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The xapi_statement table: statements written with what they tell, claimed in order per person, marked. */
@Component
public class XapiOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    XapiOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a statement once per event (a second record of the same event adds nothing). */
    void add(long userId, String eventKey, UUID statementId, Map<String, Object> statement) {
        jdbc.sql("""
                        insert into xapi_statement (statement_id, user_id, event_key, statement)
                        values (:id, :u, :k, cast(:s as jsonb))
                        on conflict (event_key) do nothing""")
                .param("id", statementId)
                .param("u", userId)
                .param("k", eventKey)
                .param("s", JSON.writeValueAsString(withId(statementId, statement)))
                .update();
    }

    private static Map<String, Object> withId(UUID id, Map<String, Object> statement) {
        Map<String, Object> full = new java.util.LinkedHashMap<>();
        full.put("id", id.toString());
        full.putAll(statement);
        return full;
    }

    /** A statement to send. */
    public record Pending(long id, UUID statementId, String statement, int attempts) {}

    /**
     * Claims, for {@code leaseSeconds} under {@code claim}, each person's earliest pending statement that is due: a
     * person's next statement is only claimed once the earlier one is sent.
     */
    public List<Pending> claim(Instant now, int limit, int leaseSeconds, UUID claim) {
        return jdbc.sql("""
                        update xapi_statement x
                           set claimed_until = cast(:now as timestamptz) + make_interval(secs => :lease),
                               claim = :claim, attempts = attempts + 1
                          from (select s.id from xapi_statement s
                                 where s.status = 'PENDING' and s.next_at <= :now
                                   and (s.claimed_until is null or s.claimed_until <= :now)
                                   and not exists (select 1 from xapi_statement e
                                                    where e.user_id = s.user_id and e.status = 'PENDING'
                                                      and e.id < s.id)
                                 order by s.id
                                 limit :limit
                                 for update skip locked) due
                         where x.id = due.id
                        returning x.id, x.statement_id, x.statement::text, x.attempts""")
                .param("now", java.sql.Timestamp.from(now))
                .param("lease", leaseSeconds)
                .param("limit", limit)
                .param("claim", claim)
                .query((rs, i) ->
                        new Pending(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4)))
                .list();
    }

    void markSent(long id, UUID claim, Instant now) {
        jdbc.sql("""
                        update xapi_statement set status = 'SENT', sent_at = :now, claimed_until = null, last_error = null
                         where id = :id and claim = :claim and status = 'PENDING'""")
                .param("id", id)
                .param("claim", claim)
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    /** The store will never take it: kept as FAILED (with why), and the person's later statements go on. */
    void markRefused(long id, UUID claim, String error) {
        jdbc.sql("""
                        update xapi_statement set status = 'FAILED', claimed_until = null, last_error = left(:error, 500)
                         where id = :id and claim = :claim and status = 'PENDING'""")
                .param("id", id)
                .param("claim", claim)
                .param("error", error)
                .update();
    }

    void markFailed(long id, UUID claim, Instant next, String error) {
        jdbc.sql("""
                        update xapi_statement set next_at = :next, claimed_until = null, last_error = left(:error, 500)
                         where id = :id and claim = :claim and status = 'PENDING'""")
                .param("id", id)
                .param("claim", claim)
                .param("next", java.sql.Timestamp.from(next))
                .param("error", error == null ? "" : error)
                .update();
    }

    /** What a module's, a course's and a person's statement needs to say. */
    record ModuleFacts(String courseCode, String courseTitle, int editionNo, int modulePosition, String moduleTitle) {}

    record PersonFacts(String fullName, String employeeCode, String username, String email) {}

    ModuleFacts module(long moduleId) {
        return jdbc.sql("""
                        select c.code, e.title, coalesce(e.edition_no, 0), m.position, m.title
                          from course_module m join course_edition e on e.id = m.edition_id
                          join course c on c.id = e.course_id where m.id = :m""")
                .param("m", moduleId)
                .query((rs, i) ->
                        new ModuleFacts(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .single();
    }

    record CourseFacts(String courseCode, String courseTitle, int editionNo, String commitmentText, Double score) {}

    CourseFacts completion(long completionId) {
        return jdbc.sql("""
                        select c.code, e.title, coalesce(e.edition_no, 0), r.commitment_text, r.average_score
                          from completion_record r join course_edition e on e.id = r.edition_id
                          join course c on c.id = e.course_id where r.id = :r""")
                .param("r", completionId)
                .query((rs, i) -> new CourseFacts(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).doubleValue()))
                .single();
    }

    PersonFacts person(long userId) {
        return jdbc.sql("select full_name, employee_code, username, email from app_user where id = :u")
                .param("u", userId)
                .query((rs, i) -> new PersonFacts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
    }
}
