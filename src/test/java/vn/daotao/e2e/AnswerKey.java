package vn.daotao.e2e;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.e2e.pages.QuizPage;

/** The answer key of an attempt, read from the database and mapped onto the displayed order: the page never carries it. */
final class AnswerKey {

    private AnswerKey() {}

    /** One drawn question: its position and the displayed (1-based) indexes of its right and wrong options. */
    record Question(int position, List<Integer> correct, List<Integer> wrong) {}

    static List<Question> questions(JdbcClient jdbc, long attemptId) {
        return jdbc.sql("""
                        select aq.position,
                               array(select o.ord::int from unnest(aq.option_order) with ordinality o(id, ord)
                                      join question_option qo on qo.id = o.id where qo.correct order by o.ord) as correct,
                               array(select o.ord::int from unnest(aq.option_order) with ordinality o(id, ord)
                                      join question_option qo on qo.id = o.id where not qo.correct order by o.ord) as wrong
                          from attempt_question aq where aq.attempt_id = :a order by aq.position""")
                .param("a", attemptId)
                .query((rs, i) -> new Question(
                        rs.getInt(1), List.of((Integer[]) rs.getArray(2).getArray()), List.of((Integer[])
                                rs.getArray(3).getArray())))
                .list();
    }

    /** Answers every question of the running attempt, all right or all wrong. */
    static void answerAll(JdbcClient jdbc, QuizPage quiz, boolean right) {
        for (Question q : questions(jdbc, quiz.attemptId())) {
            quiz.answer(q.position(), right ? q.correct() : List.of(q.wrong().getFirst()));
        }
    }
}
