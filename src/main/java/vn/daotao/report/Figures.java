package vn.daotao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Counts for a set of people in one course edition. {@code averageScore} is over completions, null if none. */
public record Figures(int assigned, int completed, int inProgress, int notStarted, int overdue,
                      BigDecimal averageScore) {

    public BigDecimal percentComplete() {
        return assigned == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(assigned), 1, RoundingMode.HALF_UP);
    }
}
