package vn.daotao.course;

import java.util.List;

/** Every row of an import file with its problems; the import goes ahead only when all rows are OK. */
public record ImportReport(ImportFormat format, List<ImportRow> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public boolean allOk() {
        return !rows.isEmpty() && rows.stream().allMatch(ImportRow::ok);
    }

    public long problemRows() {
        return rows.stream().filter(r -> !r.ok()).count();
    }
}
