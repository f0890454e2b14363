package vn.daotao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts of cycles of one course edition for a set of people. {@code assigned} is every cycle still held
 * in the unit (completed, in progress, not started, overdue); {@code moved} counts those its people took
 * with them when they moved to another unit, which are not counted against it. {@code averageScore} is
 * over completions, null if none.
 */
public record Figures(
        int assigned, int completed, int inProgress, int notStarted, int overdue, int moved, BigDecimal averageScore) {

    /** The figures of several disjoint groups together; the average is weighted by completions. */
    public static Figures sum(java.util.List<Figures> parts) {
        int assigned = 0, completed = 0, inProgress = 0, notStarted = 0, overdue = 0, moved = 0;
        BigDecimal scoreTotal = BigDecimal.ZERO;
        for (Figures f : parts) {
            assigned += f.assigned;
            completed += f.completed;
            inProgress += f.inProgress;
            notStarted += f.notStarted;
            overdue += f.overdue;
            moved += f.moved;
            if (f.averageScore != null) {
                scoreTotal = scoreTotal.add(f.averageScore.multiply(BigDecimal.valueOf(f.completed)));
            }
        }
        BigDecimal average =
                completed == 0 ? null : scoreTotal.divide(BigDecimal.valueOf(completed), 2, RoundingMode.HALF_UP);
        return new Figures(assigned, completed, inProgress, notStarted, overdue, moved, average);
    }

    public BigDecimal percentComplete() {
        return assigned == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(assigned), 1, RoundingMode.HALF_UP);
    }
}
