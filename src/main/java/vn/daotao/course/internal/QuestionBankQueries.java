package vn.daotao.course.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.course.ModuleHeader;
import vn.daotao.course.QuestionData;
import vn.daotao.course.QuestionKind;
import vn.daotao.course.QuestionRow;
import vn.daotao.course.QuizSettings;

/** Admin-side reads and writes of a module's question bank and quiz settings. */
@Repository
public class QuestionBankQueries {

    private final JdbcClient jdbc;

    QuestionBankQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ModuleHeader> header(long moduleId) {
        return jdbc.sql("""
                        select m.id, m.position, m.title, e.id as edition_id, c.id as course_id, c.title as course_title,
                               e.status = 'DRAFT' as draft
                          from course_module m join course_edition e on e.id = m.edition_id join course c on c.id = e.course_id
                         where m.id = :m""")
                .param("m", moduleId)
                .query((rs, i) -> new ModuleHeader(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getLong("edition_id"),
                        rs.getLong("course_id"),
                        rs.getString("course_title"),
                        rs.getBoolean("draft")))
                .optional();
    }

    /** Every question of the module, inactive ones included, in bank order. */
    public List<QuestionRow> questions(long moduleId) {
        return group(jdbc.sql("""
                        select q.id, q.position, q.kind, q.text, q.explanation, q.active, o.text as option_text, o.correct
                          from question q left join question_option o on o.question_id = q.id
                         where q.module_id = :m
                         order by q.position, q.id, o.position""").param("m", moduleId));
    }

    public Optional<QuestionRow> question(long questionId) {
        return group(jdbc.sql("""
                        select q.id, q.position, q.kind, q.text, q.explanation, q.active, o.text as option_text, o.correct
                          from question q left join question_option o on o.question_id = q.id
                         where q.id = :id
                         order by o.position""").param("id", questionId)).stream().findFirst();
    }

    public Optional<Long> moduleOfQuestion(long questionId) {
        return jdbc.sql("select module_id from question where id = :id")
                .param("id", questionId)
                .query(Long.class)
                .optional();
    }

    public int activeCount(long moduleId) {
        return jdbc.sql("select count(*) from question where module_id = :m and active")
                .param("m", moduleId)
                .query(Integer.class)
                .single();
    }

    public void saveSettings(QuizSettings s) {
        jdbc.sql("""
                        insert into quiz_settings (module_id, questions_per_attempt, shuffle_questions, shuffle_options,
                                                   pass_mark_percent, max_attempts, time_limit_seconds, review_policy)
                        values (:m, :n, :sq, :so, :pass, :max, :limit, :policy)
                        on conflict (module_id) do update set
                            questions_per_attempt = excluded.questions_per_attempt,
                            shuffle_questions = excluded.shuffle_questions, shuffle_options = excluded.shuffle_options,
                            pass_mark_percent = excluded.pass_mark_percent, max_attempts = excluded.max_attempts,
                            time_limit_seconds = excluded.time_limit_seconds, review_policy = excluded.review_policy""")
                .param("m", s.moduleId())
                .param("n", s.questionsPerAttempt())
                .param("sq", s.shuffleQuestions())
                .param("so", s.shuffleOptions())
                .param("pass", s.passMarkPercent())
                .param("max", s.maxAttempts())
                .param("limit", s.timeLimitSeconds())
                .param("policy", s.reviewPolicy().name())
                .update();
    }

    private static List<QuestionRow> group(JdbcClient.StatementSpec statement) {
        record Head(int position, QuestionKind kind, String text, String explanation, boolean active) {}
        Map<Long, Head> heads = new LinkedHashMap<>();
        Map<Long, List<QuestionData.OptionData>> options = new LinkedHashMap<>();
        statement.query(rs -> {
            long id = rs.getLong("id");
            if (!heads.containsKey(id)) {
                heads.put(
                        id,
                        new Head(
                                rs.getInt("position"),
                                QuestionKind.valueOf(rs.getString("kind")),
                                rs.getString("text"),
                                rs.getString("explanation"),
                                rs.getBoolean("active")));
                options.put(id, new ArrayList<>());
            }
            String option = rs.getString("option_text");
            if (option != null) {
                options.get(id).add(new QuestionData.OptionData(option, rs.getBoolean("correct")));
            }
        });
        List<QuestionRow> rows = new ArrayList<>();
        heads.forEach((id, h) -> rows.add(
                new QuestionRow(id, h.position(), h.kind(), h.text(), h.explanation(), h.active(), options.get(id))));
        return rows;
    }
}
