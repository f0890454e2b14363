package vn.daotao.course.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.course.AttachmentInfo;
import vn.daotao.course.BankQuestion;
import vn.daotao.course.EditionSummary;
import vn.daotao.course.ModuleSummary;
import vn.daotao.course.QuestionKind;
import vn.daotao.course.QuizSettings;
import vn.daotao.course.ReviewPolicy;

@Repository
public class CourseQueries {

    private final JdbcClient jdbc;

    CourseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<EditionSummary> edition(long editionId) {
        return jdbc.sql("""
                        select e.id, e.course_id, c.code, coalesce(e.edition_no, 0) as edition_no, e.title, e.description,
                               e.commitment_text
                          from course_edition e join course c on c.id = e.course_id where e.id = :id""")
                .param("id", editionId)
                .query((rs, i) -> new EditionSummary(
                        rs.getLong("id"),
                        rs.getLong("course_id"),
                        rs.getString("code"),
                        rs.getInt("edition_no"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("commitment_text")))
                .optional();
    }

    public List<ModuleSummary> modules(long editionId) {
        return jdbc.sql(
                        "select id, edition_id, position, title, summary from course_module where edition_id = :e order by position")
                .param("e", editionId)
                .query(CourseQueries::moduleSummary)
                .list();
    }

    public Optional<ModuleSummary> module(long moduleId) {
        return jdbc.sql("select id, edition_id, position, title, summary from course_module where id = :id")
                .param("id", moduleId)
                .query(CourseQueries::moduleSummary)
                .optional();
    }

    /**
     * True when the module belongs to a draft edition, the only content admins may change. Inside a
     * transaction it also holds a shared lock on the edition's content until the end, so that publishing
     * (which takes it exclusively) waits for this change and then checks it, or this change waits for
     * the publication and then sees the edition published.
     */
    public boolean moduleIsDraft(long moduleId) {
        Long editionId = jdbc.sql("select edition_id from course_module where id = :m")
                .param("m", moduleId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (editionId == null) {
            return false;
        }
        jdbc.sql("select pg_advisory_xact_lock_shared(hashtextextended('edition-content', :e))")
                .param("e", editionId)
                .query(Object.class)
                .single();
        return jdbc.sql("select status = 'DRAFT' from course_edition where id = :e")
                .param("e", editionId)
                .query(Boolean.class)
                .single();
    }

    public record RawSection(long id, int position, String title, String markdown) {}

    public List<RawSection> sections(long moduleId) {
        return jdbc.sql(
                        "select id, position, title, body_markdown from module_section where module_id = :m order by position")
                .param("m", moduleId)
                .query((rs, i) -> new RawSection(
                        rs.getLong("id"), rs.getInt("position"), rs.getString("title"), rs.getString("body_markdown")))
                .list();
    }

    public List<AttachmentInfo> attachments(long moduleId) {
        return jdbc.sql("""
                        select id, module_id, file_name, content_type, size_bytes from attachment
                         where module_id = :m order by id""")
                .param("m", moduleId)
                .query(CourseQueries::attachmentInfo)
                .list();
    }

    public Optional<QuizSettings> settings(long moduleId) {
        return jdbc.sql("select * from quiz_settings where module_id = :m")
                .param("m", moduleId)
                .query((rs, i) -> new QuizSettings(
                        rs.getLong("module_id"),
                        rs.getInt("questions_per_attempt"),
                        rs.getBoolean("shuffle_questions"),
                        rs.getBoolean("shuffle_options"),
                        rs.getInt("pass_mark_percent"),
                        (Integer) rs.getObject("max_attempts"),
                        (Integer) rs.getObject("time_limit_seconds"),
                        ReviewPolicy.valueOf(rs.getString("review_policy"))))
                .optional();
    }

    /** Questions with their options; {@code activeOnly} for drawing, all of them for reviewing old attempts. */
    public List<BankQuestion> questions(long moduleId, boolean activeOnly) {
        return group(jdbc.sql("""
                        select q.id, q.position, q.kind, q.text, q.explanation,
                               o.id as option_id, o.text as option_text, o.correct
                          from question q join question_option o on o.question_id = q.id
                         where q.module_id = :m and (q.active or not :activeOnly)
                         order by q.position, q.id, o.position""").param("m", moduleId).param("activeOnly", activeOnly));
    }

    public List<BankQuestion> questionsById(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return group(jdbc.sql("""
                        select q.id, q.position, q.kind, q.text, q.explanation,
                               o.id as option_id, o.text as option_text, o.correct
                          from question q join question_option o on o.question_id = q.id
                         where q.id in (:ids)
                         order by q.position, q.id, o.position""").param("ids", ids));
    }

    private static List<BankQuestion> group(JdbcClient.StatementSpec statement) {
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, List<BankQuestion.BankOption>> options = new LinkedHashMap<>();
        statement.query(rs -> {
            long id = rs.getLong("id");
            heads.computeIfAbsent(id, k -> {
                try {
                    return new Object[] {
                        rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"),
                        rs.getString("explanation")
                    };
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            options.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new BankQuestion.BankOption(
                            rs.getLong("option_id"), rs.getString("option_text"), rs.getBoolean("correct")));
        });
        List<BankQuestion> result = new ArrayList<>();
        heads.forEach((id, h) -> result.add(new BankQuestion(
                id, (Integer) h[0], (QuestionKind) h[1], (String) h[2], (String) h[3], options.get(id))));
        return result;
    }

    private static ModuleSummary moduleSummary(ResultSet rs, int row) throws SQLException {
        return new ModuleSummary(
                rs.getLong("id"),
                rs.getLong("edition_id"),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("summary"));
    }

    /** An attachment's row without its content; {@link AttachmentStore} reads it the same way. */
    static AttachmentInfo attachmentInfo(ResultSet rs, int row) throws SQLException {
        return new AttachmentInfo(
                rs.getLong("id"),
                rs.getLong("module_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"));
    }
}
