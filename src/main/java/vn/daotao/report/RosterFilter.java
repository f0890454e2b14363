package vn.daotao.report;

import vn.daotao.progress.CycleStatus;

/**
 * What a unit head looks at: a unit of their subtree, a course edition, and optionally a search text
 * (name or employee code, accents and case ignored), a status and one sub-unit.
 */
public record RosterFilter(long unitId, long editionId, String search, CycleStatus status, Long subUnitId) {

    public RosterFilter withSearch(String text) {
        return new RosterFilter(unitId, editionId, text, status, subUnitId);
    }

    public RosterFilter withStatus(CycleStatus value) {
        return new RosterFilter(unitId, editionId, search, value, subUnitId);
    }

    public RosterFilter withSubUnit(Long value) {
        return new RosterFilter(unitId, editionId, search, status, value);
    }
}
