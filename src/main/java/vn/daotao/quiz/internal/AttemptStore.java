package vn.daotao.quiz.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.course.QuestionKind;
import vn.daotao.quiz.AttemptStatus;
import vn.daotao.quiz.Drawing;

/** SQL for attempts and their questions. No rules here: QuizService decides, this stores. */
@Repository
public class AttemptStore {

    private final JdbcClient jdbc;

    AttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AttemptRow(
            long id,
            long userId,
            long assignmentId,
            long moduleId,
            String moduleTitle,
            int attemptNo,
            AttemptStatus status,
            Instant startedAt,
            Instant deadline,
            Instant submittedAt,
            int questionCount,
            Integer correctCount,
            BigDecimal score,
            Boolean passed) {

        public boolean expiredAt(Instant now) {
            return deadline != null && !now.isBefore(deadline);
        }
    }

    public record AttemptQuestionRow(
            int position, long questionId, QuestionKind kind, List<Long> optionOrder, Set<Long> selected) {}

    private static final String ATTEMPT_COLUMNS = """
            a.id, a.user_id, a.assignment_id, a.module_id, m.title as module_title, a.attempt_no, a.status,
            a.started_at, a.deadline_at, a.submitted_at, a.question_count, a.correct_count, a.score_percent, a.passed
            """;

    public Optional<AttemptRow> find(long attemptId) {
        return jdbc.sql("select " + ATTEMPT_COLUMNS
                        + " from quiz_attempt a join course_module m on m.id = a.module_id where a.id = :id")
                .param("id", attemptId)
                .query(AttemptStore::attempt)
                .optional();
    }

    /** Locks the attempt row: submission takes it FOR UPDATE, answer saves FOR SHARE, so they never interleave. */
    public Optional<AttemptRow> lock(long attemptId, boolean exclusive) {
        return jdbc.sql("select " + ATTEMPT_COLUMNS + " from quiz_attempt a join course_module m on m.id = a.module_id"
                        + " where a.id = :id for " + (exclusive ? "update of a" : "share of a"))
                .param("id", attemptId)
                .query(AttemptStore::attempt)
                .optional();
    }

    public Optional<AttemptRow> open(long userId, long assignmentId, long moduleId) {
        return jdbc.sql("select " + ATTEMPT_COLUMNS + """
                         from quiz_attempt a join course_module m on m.id = a.module_id
                        where a.user_id = :u and a.assignment_id = :a and a.module_id = :m and a.status = 'IN_PROGRESS'""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("m", moduleId)
                .query(AttemptStore::attempt)
                .optional();
    }

    public List<AttemptRow> history(long userId, long assignmentId, long moduleId) {
        return jdbc.sql("select " + ATTEMPT_COLUMNS + """
                         from quiz_attempt a join course_module m on m.id = a.module_id
                        where a.user_id = :u and a.assignment_id = :a and a.module_id = :m order by a.attempt_no""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("m", moduleId)
                .query(AttemptStore::attempt)
                .list();
    }

    public int submittedCount(long userId, long assignmentId, long moduleId) {
        return jdbc.sql("""
                        select count(*) from quiz_attempt
                         where user_id = :u and assignment_id = :a and module_id = :m and status = 'SUBMITTED'""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("m", moduleId)
                .query(Integer.class)
                .single();
    }

    /** Empty when another request opened an attempt at the same moment (the unique indexes decide). */
    public Optional<Long> insert(
            long userId,
            long assignmentId,
            long moduleId,
            Instant startedAt,
            Instant deadline,
            List<Drawing.DrawnQuestion> drawn) {
        Optional<Long> id = jdbc.sql("""
                        insert into quiz_attempt (user_id, assignment_id, module_id, attempt_no, started_at, deadline_at,
                                                  question_count)
                        values (:u, :a, :m,
                                (select coalesce(max(attempt_no), 0) + 1 from quiz_attempt
                                  where user_id = :u and assignment_id = :a and module_id = :m),
                                :started, :deadline, :count)
                        on conflict do nothing
                        returning id""")
                .param("u", userId)
                .param("a", assignmentId)
                .param("m", moduleId)
                .param("started", Timestamp.from(startedAt))
                .param("deadline", deadline == null ? null : Timestamp.from(deadline))
                .param("count", drawn.size())
                .query(Long.class)
                .optional();
        id.ifPresent(attemptId -> {
            int position = 1;
            for (Drawing.DrawnQuestion q : drawn) {
                jdbc.sql("""
                                insert into attempt_question (attempt_id, position, question_id, option_order)
                                values (:a, :p, :q, :o)""")
                        .param("a", attemptId)
                        .param("p", position++)
                        .param("q", q.questionId())
                        .param("o", q.optionOrder().toArray(Long[]::new))
                        .update();
            }
        });
        return id;
    }

    public List<AttemptQuestionRow> questions(long attemptId) {
        return jdbc.sql("""
                        select aq.position, aq.question_id, q.kind, aq.option_order, aq.selected_option_ids
                          from attempt_question aq join question q on q.id = aq.question_id
                         where aq.attempt_id = :a order by aq.position""")
                .param("a", attemptId)
                .query((rs, i) -> new AttemptQuestionRow(
                        rs.getInt("position"),
                        rs.getLong("question_id"),
                        QuestionKind.valueOf(rs.getString("kind")),
                        longs(rs.getArray("option_order")),
                        new HashSet<>(longs(rs.getArray("selected_option_ids")))))
                .list();
    }

    public void saveAnswer(long attemptId, long questionId, Set<Long> optionIds, Instant at) {
        jdbc.sql("""
                        update attempt_question set selected_option_ids = :s, answered_at = :at
                         where attempt_id = :a and question_id = :q""")
                .param("s", optionIds.stream().sorted().toArray(Long[]::new))
                .param("at", Timestamp.from(at))
                .param("a", attemptId)
                .param("q", questionId)
                .update();
    }

    /** The correct option ids of every question drawn in the attempt. */
    public Map<Long, Set<Long>> correctOptions(long attemptId) {
        Map<Long, Set<Long>> correct = new HashMap<>();
        jdbc.sql("""
                        select aq.question_id, o.id from attempt_question aq
                          join question_option o on o.question_id = aq.question_id and o.correct
                         where aq.attempt_id = :a""").param("a", attemptId).query(rs -> {
            correct.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        return correct;
    }

    public void markQuestion(long attemptId, int position, boolean correct) {
        jdbc.sql("update attempt_question set correct = :c where attempt_id = :a and position = :p")
                .param("c", correct)
                .param("a", attemptId)
                .param("p", position)
                .update();
    }

    public void markSubmitted(long attemptId, Instant at, int correctCount, BigDecimal score, boolean passed) {
        jdbc.sql("""
                        update quiz_attempt
                           set status = 'SUBMITTED', submitted_at = :at, correct_count = :c, score_percent = :s, passed = :p
                         where id = :id and status = 'IN_PROGRESS'""")
                .param("at", Timestamp.from(at))
                .param("c", correctCount)
                .param("s", score)
                .param("p", passed)
                .param("id", attemptId)
                .update();
    }

    private static AttemptRow attempt(ResultSet rs, int row) throws SQLException {
        Timestamp deadline = rs.getTimestamp("deadline_at");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new AttemptRow(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getLong("assignment_id"),
                rs.getLong("module_id"),
                rs.getString("module_title"),
                rs.getInt("attempt_no"),
                AttemptStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("started_at").toInstant(),
                deadline == null ? null : deadline.toInstant(),
                submitted == null ? null : submitted.toInstant(),
                rs.getInt("question_count"),
                (Integer) rs.getObject("correct_count"),
                rs.getBigDecimal("score_percent"),
                (Boolean) rs.getObject("passed"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }
}
