package vn.daotao.report;

import java.time.LocalDate;
import vn.daotao.progress.CycleStatus;

/**
 * What a unit head looks at: a unit of their subtree, a course edition, a period (null: as of today), and
 * optionally a search text (name or employee code, accents and case ignored), a status and one sub-unit.
 */
public record RosterFilter(
        long unitId, long editionId, ReportPeriod period, String search, CycleStatus status, Long subUnitId) {

    /** As of today. */
    public RosterFilter(long unitId, long editionId, String search, CycleStatus status, Long subUnitId) {
        this(unitId, editionId, null, search, status, subUnitId);
    }

    public RosterFilter withSearch(String text) {
        return new RosterFilter(unitId, editionId, period, text, status, subUnitId);
    }

    public RosterFilter withStatus(CycleStatus value) {
        return new RosterFilter(unitId, editionId, period, search, value, subUnitId);
    }

    public RosterFilter withSubUnit(Long value) {
        return new RosterFilter(unitId, editionId, period, search, status, value);
    }

    public RosterFilter withPeriod(ReportPeriod value) {
        return new RosterFilter(unitId, editionId, value, search, status, subUnitId);
    }

    /** The period as given, or as of {@code today}. */
    public ReportPeriod periodOr(LocalDate today) {
        return period == null ? ReportPeriod.asOf(today) : period;
    }
}
