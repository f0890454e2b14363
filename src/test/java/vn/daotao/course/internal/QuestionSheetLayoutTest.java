package vn.daotao.course.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.daotao.base.imports.ImportProblem;
import vn.daotao.course.QuestionData;
import vn.daotao.course.QuestionKind;

class QuestionSheetLayoutTest {

    @Test
    void aSingleChoiceRow() {
        QuestionSheetLayout.Parsed p =
                parse("SINGLE", "Thủ đô của Việt Nam?", "b", "Giải thích", "Huế", "Hà Nội", "Đà Nẵng");
        assertThat(p.problems()).isEmpty();
        assertThat(p.question().kind()).isEqualTo(QuestionKind.SINGLE);
        assertThat(p.question().options())
                .containsExactly(
                        new QuestionData.OptionData("Huế", false),
                        new QuestionData.OptionData("Hà Nội", true),
                        new QuestionData.OptionData("Đà Nẵng", false));
        assertThat(p.question().explanation()).isEqualTo("Giải thích");
    }

    @Test
    void vietnameseTypeNamesAndSeveralAnswers() {
        QuestionSheetLayout.Parsed p = parse("Nhiều lựa chọn", "Chọn các số chẵn", "A; C", "", "2", "3", "4");
        assertThat(p.problems()).isEmpty();
        assertThat(p.question().kind()).isEqualTo(QuestionKind.MULTIPLE);
        assertThat(p.question().options())
                .extracting(QuestionData.OptionData::correct)
                .containsExactly(true, false, true);
    }

    @Test
    void trueFalseNeedsNoOptionsAndTakesTheWordAsAnswer() {
        QuestionSheetLayout.Parsed p = parse("Đúng/Sai", "Trái đất quay quanh mặt trời", "Đúng", "");
        assertThat(p.problems()).isEmpty();
        assertThat(p.question().kind()).isEqualTo(QuestionKind.TRUE_FALSE);
        assertThat(p.question().options())
                .containsExactly(new QuestionData.OptionData("Đúng", true), new QuestionData.OptionData("Sai", false));
    }

    @Test
    void reportsEachProblemOfARow() {
        assertThat(keys(parse("SINGLE", "Câu hỏi", "", "", "A", "B"))).containsExactly("question.error.correct.none");
        assertThat(keys(parse("ESSAY", "Câu hỏi", "A", "", "x", "y")))
                .containsExactly("questionImport.error.kind.unknown");
        assertThat(keys(parse("", "Câu hỏi", "A", "", "x", "y"))).containsExactly("questionImport.error.kind.missing");
        assertThat(keys(parse("SINGLE", "  ", "A", "", "x", "y"))).containsExactly("question.error.text.blank");
        assertThat(keys(parse("SINGLE", "x".repeat(2001), "A", "", "x", "y")))
                .containsExactly("question.error.text.long");
        assertThat(keys(parse("SINGLE", "Câu", "Z", "", "x", "y"))).containsExactly("questionImport.error.answer.ref");
        assertThat(keys(parse("SINGLE", "Câu", "D", "", "x", "y")))
                .containsExactly("questionImport.error.answer.empty");
        assertThat(keys(parse("SINGLE", "Câu", "A,B", "", "x", "y"))).containsExactly("question.error.correct.many");
        assertThat(keys(parse("SINGLE", "Câu", "A", "", "x", "", "z")))
                .containsExactly("questionImport.error.option.gap");
        assertThat(keys(parse("SINGLE", "Câu", "A", "", "x"))).containsExactly("question.error.options.few");
        assertThat(keys(parse("MULTIPLE", "Câu", "A", "", "x", "X")))
                .containsExactly("question.error.option.duplicate");
    }

    @Test
    void problemsNameTheOffendingValue() {
        List<ImportProblem> problems = parse("ESSAY", "Câu", "Q", "", "x", "y").problems();
        assertThat(problems)
                .containsExactly(
                        ImportProblem.of("questionImport.error.kind.unknown", "ESSAY"),
                        ImportProblem.of("questionImport.error.answer.ref", "Q"));
    }

    @Test
    void theHeaderMustBeThere() {
        assertThat(QuestionSheetLayout.headerProblems(new SheetRow(1, QuestionSheetLayout.HEADERS)))
                .isEmpty();
        assertThat(QuestionSheetLayout.headerProblems(new SheetRow(1, List.of("SINGLE", "Câu hỏi"))))
                .extracting(ImportProblem::key)
                .containsExactly("questionImport.error.header");
    }

    private static QuestionSheetLayout.Parsed parse(String... cells) {
        return QuestionSheetLayout.parse(new SheetRow(2, List.of(cells)));
    }

    private static List<String> keys(QuestionSheetLayout.Parsed parsed) {
        return parsed.problems().stream().map(ImportProblem::key).toList();
    }
}
