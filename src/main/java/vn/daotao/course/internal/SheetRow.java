package vn.daotao.course.internal;

import java.util.List;

/** The cells of one spreadsheet or CSV row as text, with its row number in the file (1 = first row). */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c.isBlank());
    }
}
