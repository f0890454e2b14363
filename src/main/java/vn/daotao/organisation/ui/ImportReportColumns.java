package vn.daotao.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.ui.Badge;

/** The dry run's columns, shared by the file import and the directory sync: where, kind, code, name, outcome, problems. */
final class ImportReportColumns {

    private ImportReportColumns() {}

    static void add(Grid<ImportLine> grid, Component view, String whereHeader, Function<ImportLine, String> where) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(where::apply)
                .setHeader(view.getTranslation(whereHeader))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> view.getTranslation("people.import.kind." + l.kind().name()))
                .setHeader(view.getTranslation("people.import.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.code() == null ? "" : l.code())
                .setHeader(view.getTranslation("people.import.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.label() == null ? "" : l.label())
                .setHeader(view.getTranslation("people.import.col.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(l -> new Badge(
                        view.getTranslation(
                                "people.import.outcome." + l.outcome().name()),
                        switch (l.outcome()) {
                            case CREATE -> "success";
                            case UPDATE -> "progress";
                            case UNCHANGED -> "neutral";
                            case ERROR -> "error";
                        }))
                .setHeader(view.getTranslation("people.import.col.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.problems().stream()
                        .map(p -> view.getTranslation(p.key(), p.args().toArray()))
                        .collect(Collectors.joining(" ")))
                .setHeader(view.getTranslation("people.import.col.problems"))
                .setFlexGrow(2);
        grid.addClassName("import-grid");
    }
}
