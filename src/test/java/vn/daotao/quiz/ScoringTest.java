package vn.daotao.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {

    @Test
    void multipleChoiceIsRightOnlyWithExactlyTheCorrectOptions() {
        Set<Long> correct = Set.of(1L, 2L);
        assertThat(Scoring.isCorrect(Set.of(1L, 2L), correct)).isTrue();
        assertThat(Scoring.isCorrect(Set.of(1L), correct))
                .as("a missing option")
                .isFalse();
        assertThat(Scoring.isCorrect(Set.of(1L, 2L, 3L), correct))
                .as("an extra option")
                .isFalse();
        assertThat(Scoring.isCorrect(Set.of(), correct)).as("no answer").isFalse();
    }

    @Test
    void singleChoiceAndTrueFalse() {
        assertThat(Scoring.isCorrect(Set.of(7L), Set.of(7L))).isTrue();
        assertThat(Scoring.isCorrect(Set.of(8L), Set.of(7L))).isFalse();
        assertThat(Scoring.isCorrect(Set.of(), Set.of()))
                .as("a question without a key is never right")
                .isFalse();
    }

    @Test
    void percentagesAndPassMark() {
        assertThat(Scoring.percent(4, 5)).isEqualByComparingTo("80");
        assertThat(Scoring.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(Scoring.percent(0, 5)).isEqualByComparingTo("0");
        assertThat(Scoring.passed(new BigDecimal("80.00"), 80)).isTrue();
        assertThat(Scoring.passed(new BigDecimal("79.99"), 80)).isFalse();
        assertThat(Scoring.passed(new BigDecimal("0"), 0)).isTrue();
        assertThatThrownBy(() -> Scoring.percent(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
