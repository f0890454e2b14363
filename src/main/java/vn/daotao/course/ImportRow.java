package vn.daotao.course;

import java.util.List;

/** One row of an import file as the dry run found it; {@code rowNumber} is the row number in the sheet (header = 1). */
public record ImportRow(int rowNumber, String text, List<ImportProblem> problems) {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
