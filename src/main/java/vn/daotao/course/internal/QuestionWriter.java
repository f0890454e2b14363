package vn.daotao.course.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.daotao.course.QuestionData;

/** Writes bank questions. Callers have validated the data and checked that the module is a draft. */
@Repository
public class QuestionWriter {

    private final JdbcClient jdbc;

    QuestionWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends a question at the end of the module's bank and returns its id. */
    public long insert(long moduleId, QuestionData question) {
        long id = jdbc.sql("""
                        insert into question (module_id, position, kind, text, explanation)
                        values (:m, (select coalesce(max(position), 0) + 1 from question where module_id = :m), :k, :t, :x)
                        returning id""")
                .param("m", moduleId)
                .param("k", question.kind().name())
                .param("t", question.text())
                .param("x", question.explanation())
                .query(Long.class)
                .single();
        insertOptions(id, question);
        return id;
    }

    /** Rewrites a draft question (drafts are never used by attempts, so its options may be replaced). */
    public void replace(long questionId, QuestionData question) {
        jdbc.sql("update question set kind = :k, text = :t, explanation = :x where id = :id")
                .param("id", questionId)
                .param("k", question.kind().name())
                .param("t", question.text())
                .param("x", question.explanation())
                .update();
        jdbc.sql("delete from question_option where question_id = :id")
                .param("id", questionId)
                .update();
        insertOptions(questionId, question);
    }

    public void setActive(long questionId, boolean active) {
        jdbc.sql("update question set active = :a where id = :id")
                .param("id", questionId)
                .param("a", active)
                .update();
    }

    private void insertOptions(long questionId, QuestionData question) {
        int position = 1;
        for (QuestionData.OptionData option : question.options()) {
            jdbc.sql("insert into question_option (question_id, position, text, correct) values (:q, :p, :t, :c)")
                    .param("q", questionId)
                    .param("p", position++)
                    .param("t", option.text())
                    .param("c", option.correct())
                    .update();
        }
    }
}
