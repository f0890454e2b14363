package vn.daotao.report;

/**
 * What a unit head looks at: a unit of their subtree, a course edition, and optionally a search text
 * (name or employee code, accents and case ignored), a status and one sub-unit.
 */
public record RosterFilter(long unitId, long editionId, String search, RosterStatus status, Long subUnitId) {

    public RosterFilter withSearch(String text) {
        return new RosterFilter(unitId, editionId, text, status, subUnitId);
    }

    public RosterFilter withStatus(RosterStatus value) {
        return new RosterFilter(unitId, editionId, search, value, subUnitId);
    }

    public RosterFilter withSubUnit(Long value) {
        return new RosterFilter(unitId, editionId, search, status, value);
    }
}
