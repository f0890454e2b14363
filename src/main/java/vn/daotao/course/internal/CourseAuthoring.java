package vn.daotao.course.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.course.CourseRow;
import vn.daotao.course.EditionRow;
import vn.daotao.course.EditionStatus;
import vn.daotao.course.ModuleRow;
import vn.daotao.course.SectionDraft;

/** SQL for writing courses, editions, modules and sections. Business rules live in CourseAdminService. */
@Repository
public class CourseAuthoring {

    private static final String EDITION_COLUMNS = """
            e.id, e.course_id, c.code, e.edition_no, e.status, e.title, e.description, e.commitment_text, e.published_at,
            (select count(*) from course_module m where m.edition_id = e.id) as modules""";

    private final JdbcClient jdbc;

    CourseAuthoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CourseRow> courses() {
        return jdbc.sql("""
                        select c.id, c.code, c.title,
                               (select max(edition_no) from course_edition e where e.course_id = c.id and e.status <> 'DRAFT') as latest,
                               (select id from course_edition e where e.course_id = c.id and e.status = 'DRAFT') as draft,
                               (select count(*) from assignment a join course_edition e on e.id = a.edition_id
                                 where e.course_id = c.id) as assignments
                          from course c order by c.title, c.id""")
                .query((rs, i) -> new CourseRow(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("title"),
                        (Integer) rs.getObject("latest"),
                        (Long) rs.getObject("draft"),
                        rs.getInt("assignments")))
                .list();
    }

    public boolean courseCodeTaken(String code) {
        return jdbc.sql("select exists (select 1 from course where lower(code) = lower(:c))")
                .param("c", code)
                .query(Boolean.class)
                .single();
    }

    public vn.daotao.course.CertificateRules certificateRules(long courseId) {
        return jdbc.sql("select serial_prefix, validity_months from course where id = :c")
                .param("c", courseId)
                .query((rs, i) -> new vn.daotao.course.CertificateRules(rs.getString(1), (Integer) rs.getObject(2)))
                .single();
    }

    public void updateCertificateRules(long courseId, vn.daotao.course.CertificateRules rules) {
        jdbc.sql("update course set serial_prefix = :p, validity_months = :m where id = :c")
                .param("p", rules.serialPrefix())
                .param("m", rules.validityMonths())
                .param("c", courseId)
                .update();
    }

    public long insertCourse(String code, String title) {
        return jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", code)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    public long insertDraft(long courseId, String title, String description) {
        return jdbc.sql("insert into course_edition (course_id, title, description) values (:c, :t, :d) returning id")
                .param("c", courseId)
                .param("t", title)
                .param("d", description)
                .query(Long.class)
                .single();
    }

    public List<EditionRow> editions(long courseId) {
        return jdbc.sql("select " + EDITION_COLUMNS + """
                         from course_edition e join course c on c.id = e.course_id
                        where e.course_id = :c order by e.edition_no desc nulls first""")
                .param("c", courseId)
                .query(CourseAuthoring::edition)
                .list();
    }

    public Optional<EditionRow> edition(long editionId) {
        return jdbc.sql("select " + EDITION_COLUMNS
                        + " from course_edition e join course c on c.id = e.course_id where e.id = :e")
                .param("e", editionId)
                .query(CourseAuthoring::edition)
                .optional();
    }

    /** Locks the edition row for the rest of the transaction (publish and edits do not interleave). */
    public Optional<EditionStatus> lockEdition(long editionId) {
        return jdbc.sql("select status from course_edition where id = :e for update")
                .param("e", editionId)
                .query((rs, i) -> EditionStatus.valueOf(rs.getString(1)))
                .optional();
    }

    /** Waits for changes under way in the edition's content (see CourseQueries.moduleIsDraft) and holds them off. */
    public void lockEditionContent(long editionId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('edition-content', :e))")
                .param("e", editionId)
                .query(Object.class)
                .single();
    }

    public void updateEdition(long editionId, String title, String description, String commitmentText) {
        jdbc.sql("update course_edition set title = :t, description = :d, commitment_text = :c where id = :e")
                .param("e", editionId)
                .param("t", title)
                .param("d", description)
                .param("c", commitmentText)
                .update();
    }

    public int publish(long editionId) {
        int number = jdbc.sql("""
                        update course_edition set status = 'PUBLISHED', published_at = now(),
                               edition_no = (select coalesce(max(edition_no), 0) + 1 from course_edition o
                                              where o.course_id = course_edition.course_id)
                         where id = :e and status = 'DRAFT' returning edition_no""").param("e", editionId).query(Integer.class).single();
        jdbc.sql(
                        "update course set title = (select title from course_edition where id = :e) where id = (select course_id from course_edition where id = :e)")
                .param("e", editionId)
                .update();
        return number;
    }

    public Optional<Long> latestPublished(long courseId) {
        return jdbc.sql("""
                        select id from course_edition where course_id = :c and status <> 'DRAFT'
                         order by edition_no desc limit 1""").param("c", courseId).query(Long.class).optional();
    }

    public List<ModuleRow> modules(long editionId) {
        return jdbc.sql("""
                        select m.id, m.edition_id, m.position, m.title, m.summary,
                               (select count(*) from module_section s where s.module_id = m.id) as sections,
                               (select count(*) from question q where q.module_id = m.id and q.active) as questions,
                               coalesce((select questions_per_attempt from quiz_settings qs where qs.module_id = m.id), 0) as drawn,
                               (select count(*) from attachment a where a.module_id = m.id) as attachments
                          from course_module m where m.edition_id = :e order by m.position""")
                .param("e", editionId)
                .query((rs, i) -> new ModuleRow(
                        rs.getLong("id"),
                        rs.getLong("edition_id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("summary"),
                        rs.getInt("sections"),
                        rs.getInt("questions"),
                        rs.getInt("drawn"),
                        rs.getInt("attachments")))
                .list();
    }

    public Optional<Long> editionOfModule(long moduleId) {
        return jdbc.sql("select edition_id from course_module where id = :m")
                .param("m", moduleId)
                .query(Long.class)
                .optional();
    }

    public long insertModule(long editionId, String title, String summary) {
        long id = jdbc.sql("""
                        insert into course_module (edition_id, position, title, summary)
                        values (:e, (select coalesce(max(position), 0) + 1 from course_module where edition_id = :e), :t, :s)
                        returning id""")
                .param("e", editionId)
                .param("t", title)
                .param("s", summary)
                .query(Long.class)
                .single();
        jdbc.sql("insert into quiz_settings (module_id) values (:m)")
                .param("m", id)
                .update();
        return id;
    }

    public void updateModule(long moduleId, String title, String summary) {
        jdbc.sql("update course_module set title = :t, summary = :s where id = :m")
                .param("m", moduleId)
                .param("t", title)
                .param("s", summary)
                .update();
    }

    /** Swaps a module with its neighbour; false when it is already first or last. */
    public boolean moveModule(long moduleId, int delta) {
        return swapWithNeighbour("course_module", "edition_id", moduleId, delta);
    }

    /** Deletes a draft module with everything in it and closes the gap in the numbering. */
    public void deleteModule(long moduleId) {
        jdbc.sql("delete from question_option where question_id in (select id from question where module_id = :m)")
                .param("m", moduleId)
                .update();
        for (String table : List.of("question", "module_section", "attachment", "quiz_settings")) {
            jdbc.sql("delete from " + table + " where module_id = :m")
                    .param("m", moduleId)
                    .update();
        }
        jdbc.sql("""
                        with gone as (delete from course_module where id = :m returning edition_id, position)
                        update course_module t set position = t.position - 1
                          from gone where t.edition_id = gone.edition_id and t.position > gone.position""").param("m", moduleId).update();
    }

    public List<SectionDraft> sections(long moduleId) {
        return jdbc.sql(
                        "select id, module_id, position, title, body_markdown from module_section where module_id = :m order by position")
                .param("m", moduleId)
                .query(CourseAuthoring::section)
                .list();
    }

    public Optional<SectionDraft> section(long sectionId) {
        return jdbc.sql("select id, module_id, position, title, body_markdown from module_section where id = :s")
                .param("s", sectionId)
                .query(CourseAuthoring::section)
                .optional();
    }

    public long insertSection(long moduleId, String title, String markdown) {
        return jdbc.sql("""
                        insert into module_section (module_id, position, title, body_markdown)
                        values (:m, (select coalesce(max(position), 0) + 1 from module_section where module_id = :m), :t, :b)
                        returning id""")
                .param("m", moduleId)
                .param("t", title)
                .param("b", markdown)
                .query(Long.class)
                .single();
    }

    public void updateSection(long sectionId, String title, String markdown) {
        jdbc.sql("update module_section set title = :t, body_markdown = :b where id = :s")
                .param("s", sectionId)
                .param("t", title)
                .param("b", markdown)
                .update();
    }

    public boolean moveSection(long sectionId, int delta) {
        return swapWithNeighbour("module_section", "module_id", sectionId, delta);
    }

    /**
     * Swaps a row's position with the row {@code delta} places away under the same parent (the position
     * constraints are deferred, so both rows change in one statement). Table and column names are
     * constants of this class, never input.
     */
    private boolean swapWithNeighbour(String table, String parent, long id, int delta) {
        return jdbc.sql("""
                        with me as (select id, %2$s as parent, position from %1$s where id = :id),
                             other as (select o.id, o.position from %1$s o, me
                                        where o.%2$s = me.parent and o.position = me.position + :d)
                        update %1$s t
                           set position = case when t.id = me.id then other.position else me.position end
                          from me, other where t.id in (me.id, other.id)""".formatted(table, parent))
                        .param("id", id)
                        .param("d", delta)
                        .update()
                == 2;
    }

    public void deleteSection(long sectionId) {
        jdbc.sql("""
                        with gone as (delete from module_section where id = :s returning module_id, position)
                        update module_section t set position = t.position - 1
                          from gone where t.module_id = gone.module_id and t.position > gone.position""").param("s", sectionId).update();
    }

    /**
     * Copies an edition's content into a new draft of the same course, server-side: modules, sections,
     * quiz settings, attachments (bytes stay in the database), questions with their options and their
     * active flag. Returns the draft's id.
     */
    public long copyToDraft(long editionId) {
        long draft = jdbc.sql("""
                        insert into course_edition (course_id, title, description, commitment_text)
                        select course_id, title, description, commitment_text from course_edition where id = :e returning id""").param("e", editionId).query(Long.class).single();
        List<Long> modules = jdbc.sql("select id from course_module where edition_id = :e order by position")
                .param("e", editionId)
                .query(Long.class)
                .list();
        for (long oldModule : modules) {
            long newModule = jdbc.sql("""
                            insert into course_module (edition_id, position, title, summary)
                            select :d, position, title, summary from course_module where id = :m returning id""")
                    .param("d", draft)
                    .param("m", oldModule)
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                            insert into module_section (module_id, position, title, body_markdown)
                            select :n, position, title, body_markdown from module_section where module_id = :m""").param("n", newModule).param("m", oldModule).update();
            jdbc.sql("""
                            insert into quiz_settings (module_id, questions_per_attempt, shuffle_questions, shuffle_options,
                                                       pass_mark_percent, max_attempts, time_limit_seconds, review_policy)
                            select :n, questions_per_attempt, shuffle_questions, shuffle_options, pass_mark_percent,
                                   max_attempts, time_limit_seconds, review_policy from quiz_settings where module_id = :m""").param("n", newModule).param("m", oldModule).update();
            jdbc.sql("""
                            insert into attachment (module_id, file_name, content_type, size_bytes, sha256, content, created_by)
                            select :n, file_name, content_type, size_bytes, sha256, content, created_by
                              from attachment where module_id = :m order by id""").param("n", newModule).param("m", oldModule).update();
            List<Long> questions = jdbc.sql("select id from question where module_id = :m order by position, id")
                    .param("m", oldModule)
                    .query(Long.class)
                    .list();
            for (long oldQuestion : questions) {
                long newQuestion = jdbc.sql("""
                                insert into question (module_id, position, kind, text, explanation, active)
                                select :n, position, kind, text, explanation, active from question where id = :q returning id""")
                        .param("n", newModule)
                        .param("q", oldQuestion)
                        .query(Long.class)
                        .single();
                jdbc.sql("""
                                insert into question_option (question_id, position, text, correct)
                                select :n, position, text, correct from question_option where question_id = :q""").param("n", newQuestion).param("q", oldQuestion).update();
            }
        }
        return draft;
    }

    private static EditionRow edition(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new EditionRow(
                rs.getLong("id"),
                rs.getLong("course_id"),
                rs.getString("code"),
                (Integer) rs.getObject("edition_no"),
                EditionStatus.valueOf(rs.getString("status")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("commitment_text"),
                published == null ? null : published.toInstant(),
                rs.getInt("modules"));
    }

    private static SectionDraft section(ResultSet rs, int row) throws SQLException {
        return new SectionDraft(
                rs.getLong("id"),
                rs.getLong("module_id"),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("body_markdown"));
    }
}
