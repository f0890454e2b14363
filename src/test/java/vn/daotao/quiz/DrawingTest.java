package vn.daotao.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.daotao.course.BankQuestion;
import vn.daotao.course.QuestionKind;
import vn.daotao.course.QuizSettings;
import vn.daotao.course.ReviewPolicy;

class DrawingTest {

    private static final List<BankQuestion> BANK = IntStream.rangeClosed(1, 8)
            .mapToObj(i -> new BankQuestion(
                    i,
                    i,
                    i == 8 ? QuestionKind.TRUE_FALSE : QuestionKind.SINGLE,
                    "Q" + i,
                    "",
                    i == 8
                            ? List.of(
                                    new BankQuestion.BankOption(81, "Đúng", true),
                                    new BankQuestion.BankOption(82, "Sai", false))
                            : IntStream.rangeClosed(1, 4)
                                    .mapToObj(o -> new BankQuestion.BankOption(i * 10L + o, "O" + o, o == 1))
                                    .toList()))
            .toList();

    private static QuizSettings settings(int count, boolean shuffleQuestions, boolean shuffleOptions) {
        return new QuizSettings(1, count, shuffleQuestions, shuffleOptions, 80, null, null, ReviewPolicy.FULL);
    }

    @Test
    void drawsTheConfiguredNumberOfDistinctQuestionsWithAllTheirOptions() {
        for (long seed = 0; seed < 50; seed++) {
            List<Drawing.DrawnQuestion> drawn = Drawing.draw(BANK, settings(5, true, true), new Random(seed));
            assertThat(drawn).hasSize(5);
            assertThat(drawn).extracting(Drawing.DrawnQuestion::questionId).doesNotHaveDuplicates();
            for (Drawing.DrawnQuestion q : drawn) {
                BankQuestion source = BANK.get((int) q.questionId() - 1);
                assertThat(q.optionOrder())
                        .containsExactlyInAnyOrderElementsOf(source.options().stream()
                                .map(BankQuestion.BankOption::id)
                                .toList());
            }
        }
    }

    @Test
    void overManyAttemptsEveryQuestionAndSeveralOptionOrdersAppear() {
        Set<Long> seen = new HashSet<>();
        Set<List<Long>> orders = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            for (Drawing.DrawnQuestion q : Drawing.draw(BANK, settings(5, true, true), random)) {
                seen.add(q.questionId());
                if (q.questionId() == 1) {
                    orders.add(q.optionOrder());
                }
            }
        }
        assertThat(seen).hasSize(8);
        assertThat(orders.size()).isGreaterThan(5);
    }

    @Test
    void withoutShufflingTheBankOrderIsKept() {
        List<Drawing.DrawnQuestion> drawn = Drawing.draw(BANK, settings(8, false, false), new Random(1));
        assertThat(drawn).extracting(Drawing.DrawnQuestion::questionId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(drawn.getFirst().optionOrder()).containsExactly(11L, 12L, 13L, 14L);
    }

    @Test
    void trueFalseKeepsItsOrderAndASmallBankGivesWhatItHas() {
        for (long seed = 0; seed < 20; seed++) {
            Drawing.draw(BANK, settings(8, true, true), new Random(seed)).stream()
                    .filter(q -> q.questionId() == 8)
                    .forEach(q -> assertThat(q.optionOrder()).containsExactly(81L, 82L));
        }
        assertThat(Drawing.draw(BANK.subList(0, 3), settings(5, true, true), new Random(3)))
                .hasSize(3);
    }
}
