package vn.daotao.organisation;

import java.util.List;

/** The dry run of an import: every row with its outcome or its problems. Nothing is written while any row has one. */
public record ImportReport(List<ImportLine> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public int count(ImportLine.Kind kind, ImportLine.Outcome outcome) {
        return (int) lines.stream().filter(l -> l.kind() == kind && l.outcome() == outcome).count();
    }

    public int errors() {
        return (int) lines.stream().filter(l -> l.outcome() == ImportLine.Outcome.ERROR).count();
    }

    public boolean ok() {
        return errors() == 0;
    }
}
