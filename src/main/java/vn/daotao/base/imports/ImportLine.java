package vn.daotao.base.imports;

import java.util.List;

/**
 * One row of an imported file as the dry run judged it. {@code sheet} is the XLSX sheet (or "CSV", or null
 * where a file has one table), {@code row} its row number as the spreadsheet shows it, {@code code} the
 * row's match key when it has one, {@code label} what a person recognises the row by.
 */
public record ImportLine(
        String sheet,
        int row,
        ImportKind kind,
        String code,
        String label,
        ImportOutcome outcome,
        List<ImportProblem> problems) {

    public ImportLine {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return outcome != ImportOutcome.ERROR;
    }
}
