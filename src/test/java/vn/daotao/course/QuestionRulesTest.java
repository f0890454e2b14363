package vn.daotao.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionRulesTest {

    private static QuestionData.OptionData right(String text) {
        return new QuestionData.OptionData(text, true);
    }

    private static QuestionData.OptionData wrong(String text) {
        return new QuestionData.OptionData(text, false);
    }

    @Test
    void validQuestionsOfEachKindHaveNoProblems() {
        assertThat(QuestionRules.problems(
                        new QuestionData(QuestionKind.SINGLE, "Câu hỏi?", "", List.of(right("A"), wrong("B")))))
                .isEmpty();
        assertThat(QuestionRules.problems(new QuestionData(
                        QuestionKind.MULTIPLE, "Câu hỏi?", "Vì", List.of(right("A"), right("B"), wrong("C")))))
                .isEmpty();
        assertThat(QuestionRules.problems(new QuestionData(
                        QuestionKind.TRUE_FALSE, "Câu hỏi?", "", List.of(wrong("Đúng"), right("Sai")))))
                .isEmpty();
    }

    @Test
    void eachProblemIsNamed() {
        assertThat(QuestionRules.problems(new QuestionData(null, " ", "", List.of(wrong("A")))))
                .containsExactly(
                        "question.error.kind",
                        "question.error.text.blank",
                        "question.error.options.few",
                        "question.error.correct.none");
        assertThat(QuestionRules.problems(
                        new QuestionData(QuestionKind.SINGLE, "x".repeat(2001), "", List.of(right("A"), right("B")))))
                .containsExactly("question.error.text.long", "question.error.correct.many");
        assertThat(QuestionRules.problems(new QuestionData(
                        QuestionKind.TRUE_FALSE, "Câu?", "", List.of(right("Đúng"), wrong("Sai"), wrong("Không rõ")))))
                .containsExactly("question.error.truefalse");
        assertThat(QuestionRules.problems(new QuestionData(
                        QuestionKind.MULTIPLE, "Câu?", "", List.of(right("A"), wrong(" "), wrong("a")))))
                .contains("question.error.option.blank", "question.error.option.duplicate");
    }
}
