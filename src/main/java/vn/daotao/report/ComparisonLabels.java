package vn.daotao.report;

import java.util.List;

/**
 * The words of a two-period comparison export in the viewer's language: the sheet name, the column
 * headers (unit, then assigned / completed / percentage for each period, then the change), the name
 * shown for the selected unit's own people and for the total line.
 */
public record ComparisonLabels(String sheetName, List<String> headers, String directMembers, String total) {}
