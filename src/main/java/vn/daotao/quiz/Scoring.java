package vn.daotao.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/** Quiz scoring rules, kept free of Spring so they can be tested alone. */
public final class Scoring {

    private Scoring() {}

    /** Right only when exactly the correct options are chosen: a missing or an extra option makes it wrong. */
    public static boolean isCorrect(Set<Long> selected, Set<Long> correct) {
        return !correct.isEmpty() && selected.equals(correct);
    }

    /** Percentage with two decimals, rounded half up. */
    public static BigDecimal percent(int correctCount, int questionCount) {
        if (questionCount <= 0) {
            throw new IllegalArgumentException("A quiz has at least one question");
        }
        return BigDecimal.valueOf(correctCount * 100L)
                .divide(BigDecimal.valueOf(questionCount), 2, RoundingMode.HALF_UP);
    }

    public static boolean passed(BigDecimal percent, int passMarkPercent) {
        return percent.compareTo(BigDecimal.valueOf(passMarkPercent)) >= 0;
    }
}
