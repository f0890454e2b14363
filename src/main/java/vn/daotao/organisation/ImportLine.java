package vn.daotao.organisation;

import java.util.List;

/** What the import does with one row of the file; {@code row} is the number the spreadsheet shows. */
public record ImportLine(String sheet, int row, Kind kind, String code, String name, Outcome outcome,
                         List<ImportProblem> problems) {

    public enum Kind { UNIT, PERSON }

    public enum Outcome { CREATE, UPDATE, UNCHANGED, ERROR }

    public ImportLine {
        problems = List.copyOf(problems);
    }
}
