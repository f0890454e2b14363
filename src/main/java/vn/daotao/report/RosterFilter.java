package vn.daotao.report;

import java.time.LocalDate;
import vn.daotao.progress.CycleStatus;

/**
 * What a unit head looks at: a unit of their subtree, a course edition, a period (null: as of today), and
 * optionally a search text (name or employee code, accents and case ignored), a status, one sub-unit, and
 * only those whose completion waits for their written commitment.
 */
public record RosterFilter(
        long unitId,
        long editionId,
        ReportPeriod period,
        String search,
        CycleStatus status,
        Long subUnitId,
        boolean awaitingCommitment) {

    /** As of today, everyone. */
    public RosterFilter(long unitId, long editionId, String search, CycleStatus status, Long subUnitId) {
        this(unitId, editionId, null, search, status, subUnitId, false);
    }

    /** In a period, everyone. */
    public RosterFilter(
            long unitId, long editionId, ReportPeriod period, String search, CycleStatus status, Long subUnitId) {
        this(unitId, editionId, period, search, status, subUnitId, false);
    }

    public RosterFilter withSearch(String text) {
        return new RosterFilter(unitId, editionId, period, text, status, subUnitId, awaitingCommitment);
    }

    public RosterFilter withStatus(CycleStatus value) {
        return new RosterFilter(unitId, editionId, period, search, value, subUnitId, awaitingCommitment);
    }

    public RosterFilter withSubUnit(Long value) {
        return new RosterFilter(unitId, editionId, period, search, status, value, awaitingCommitment);
    }

    public RosterFilter withPeriod(ReportPeriod value) {
        return new RosterFilter(unitId, editionId, value, search, status, subUnitId, awaitingCommitment);
    }

    /** Only the people whose completion waits for them to confirm the commitment. */
    public RosterFilter withAwaitingCommitment(boolean value) {
        return new RosterFilter(unitId, editionId, period, search, status, subUnitId, value);
    }

    /** The period as given, or as of {@code today}. */
    public ReportPeriod periodOr(LocalDate today) {
        return period == null ? ReportPeriod.asOf(today) : period;
    }
}
