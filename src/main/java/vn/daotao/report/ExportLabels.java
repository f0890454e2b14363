package vn.daotao.report;

import java.util.List;
import java.util.function.Function;

/** Column headers and status words of a roster export, in the viewer's language. */
public record ExportLabels(List<String> headers, Function<RosterRow, String> status) {}
