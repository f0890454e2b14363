package vn.daotao.report;

/** One direct sub-unit of the selected unit (its whole subtree counted), or, with a null id, the selected unit's own people. */
public record SubUnitFigures(Long unitId, String unitName, Figures figures, java.time.LocalDate latestDueDate) {}
