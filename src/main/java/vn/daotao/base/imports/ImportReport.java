package vn.daotao.base.imports;

import java.util.List;

/** The dry run of an import (people and units, questions): every row with its outcome and problems. */
public record ImportReport(List<ImportLine> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public int count(ImportKind kind, ImportOutcome outcome) {
        return (int) lines.stream()
                .filter(l -> l.kind() == kind && l.outcome() == outcome)
                .count();
    }

    public int errors() {
        return (int)
                lines.stream().filter(l -> l.outcome() == ImportOutcome.ERROR).count();
    }

    /** True when no row has a problem: the import may run (all or nothing). */
    public boolean ok() {
        return errors() == 0;
    }
}
