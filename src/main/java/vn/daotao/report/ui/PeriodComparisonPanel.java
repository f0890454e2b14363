package vn.daotao.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.daotao.base.ui.Formats;
import vn.daotao.report.ComparisonLabels;
import vn.daotao.report.Figures;
import vn.daotao.report.PeriodComparison;
import vn.daotao.report.ReportPeriod;
import vn.daotao.report.ReportScope;
import vn.daotao.report.ReportService;
import vn.daotao.report.RosterFilter;

/** Each direct sub-unit in the earlier period and in the report's, side by side, with the change; exportable. */
class PeriodComparisonPanel extends Composite<Div> {

    PeriodComparisonPanel(ReportService reports, ReportScope scope, RosterFilter filter, ReportPeriod other) {
        String before = PeriodPicker.label(this, other);
        String current = PeriodPicker.label(this, filter.period());
        List<PeriodComparison> rows = new ArrayList<>(reports.compare(scope, filter, other));
        rows.add(PeriodComparison.total(rows, getTranslation("compare.total")));

        Grid<PeriodComparison> grid = new Grid<>();
        grid.setId("compare-grid");
        grid.addColumn(r -> r.unitName() == null ? getTranslation("unit.directMembers") : r.unitName())
                .setHeader(getTranslation("unit.col.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        List<Grid.Column<PeriodComparison>> earlier = figureColumns(grid, PeriodComparison::before);
        List<Grid.Column<PeriodComparison>> later = figureColumns(grid, PeriodComparison::current);
        grid.addColumn(r -> points(r.change()))
                .setHeader(getTranslation("compare.change"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        var periods = grid.prependHeaderRow();
        periods.join(earlier.toArray(Grid.Column[]::new)).setText(capitalised(before));
        periods.join(later.toArray(Grid.Column[]::new)).setText(capitalised(current));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addClassName("subunit-grid");

        ComparisonLabels labels = labels(before, current);
        String suffix = other.code() + "-" + filter.period().code();
        Anchor csv = download(
                "compare-csv",
                "roster.export.csv",
                "so-sanh-" + suffix + ".csv",
                "text/csv; charset=UTF-8",
                handler -> reports.exportComparisonCsv(scope, filter, other, labels, handler));
        Anchor xlsx = download(
                "compare-xlsx",
                "roster.export.xlsx",
                "so-sanh-" + suffix + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                handler -> reports.exportComparisonXlsx(scope, filter, other, labels, handler));
        Div exports = new Div(csv, xlsx);
        exports.addClassName("exports");
        getContent().add(new H3(getTranslation("compare.title", current, before)), exports, grid);
        getContent().setId("comparison");
    }

    private List<Grid.Column<PeriodComparison>> figureColumns(
            Grid<PeriodComparison> grid, Function<PeriodComparison, Figures> of) {
        return List.of(
                grid.addColumn(r -> of.apply(r).assigned())
                        .setHeader(getTranslation("unit.stat.assigned"))
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                grid.addColumn(r -> of.apply(r).completed())
                        .setHeader(getTranslation("unit.stat.completed"))
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true)
                        .setFlexGrow(0),
                grid.addColumn(r -> Formats.percent(of.apply(r).percentComplete()))
                        .setHeader(getTranslation("compare.rate"))
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true)
                        .setFlexGrow(0));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private ComparisonLabels labels(String before, String current) {
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("unit.col.name"));
        for (String period : List.of(before, current)) {
            headers.add(period + " - " + getTranslation("unit.stat.assigned"));
            headers.add(period + " - " + getTranslation("unit.stat.completed"));
            headers.add(period + " - " + getTranslation("unit.stat.percent") + " (%)");
        }
        headers.add(getTranslation("compare.change"));
        return new ComparisonLabels(
                getTranslation("compare.sheet"),
                headers,
                getTranslation("unit.directMembers"),
                getTranslation("compare.total"));
    }

    private String points(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "")
                + Formats.percent(change).replace("%", "").trim() + " " + getTranslation("compare.points");
    }

    private Anchor download(String id, String labelKey, String fileName, String type, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.getResponse().setContentType(type);
            writer.write(event.getOutputStream());
        };
        Anchor anchor = new Anchor(handler, getTranslation(labelKey));
        anchor.setId(id);
        anchor.addClassName("button-link");
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    @FunctionalInterface
    interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }
}
