package vn.daotao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts of cycles of one course edition for a set of people. {@code assigned} is every cycle still held
 * in the unit (completed, in progress, not started, overdue); {@code completed} includes those completed in
 * person ({@code completedInPerson}); {@code moved} counts those its people took with them when they moved
 * to another unit and {@code exempt} those closed by an exemption: neither is counted as assigned.
 * {@code averageScore} is over scored completions, null if none.
 */
public record Figures(
        int assigned,
        int completed,
        int inProgress,
        int notStarted,
        int overdue,
        int moved,
        int completedInPerson,
        int exempt,
        BigDecimal averageScore) {

    /** The figures of several disjoint groups together; the average is weighted by completions. */
    public static Figures sum(java.util.List<Figures> parts) {
        int assigned = 0,
                completed = 0,
                inProgress = 0,
                notStarted = 0,
                overdue = 0,
                moved = 0,
                inPerson = 0,
                exempt = 0;
        int scored = 0;
        BigDecimal scoreTotal = BigDecimal.ZERO;
        for (Figures f : parts) {
            assigned += f.assigned;
            completed += f.completed;
            inProgress += f.inProgress;
            notStarted += f.notStarted;
            overdue += f.overdue;
            moved += f.moved;
            inPerson += f.completedInPerson;
            exempt += f.exempt;
            if (f.averageScore != null) {
                scoreTotal = scoreTotal.add(f.averageScore.multiply(BigDecimal.valueOf(f.completed)));
                scored += f.completed;
            }
        }
        BigDecimal average =
                scored == 0 ? null : scoreTotal.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
        return new Figures(assigned, completed, inProgress, notStarted, overdue, moved, inPerson, exempt, average);
    }

    public BigDecimal percentComplete() {
        return assigned == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(completed * 100L).divide(BigDecimal.valueOf(assigned), 1, RoundingMode.HALF_UP);
    }
}
