package vn.daotao.report.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.daotao.base.ui.Formats;
import vn.daotao.report.ChartLabels;
import vn.daotao.report.Figures;
import vn.daotao.report.ReportTexts;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.RosterRow;

/** The PDF report's words in the viewer's language, with the filter spelled out. */
final class PdfReportTexts implements ReportTexts {

    private final Component view;
    private final RosterFilter filter;

    PdfReportTexts(Component view, RosterFilter filter) {
        this.view = view;
        this.filter = filter;
    }

    @Override
    public String title() {
        return t("pdf.title");
    }

    @Override
    public List<String> header(String unitName, String courseTitle, int editionNo) {
        List<String> lines = new ArrayList<>(List.of(
                t("pdf.unit", unitName),
                t("pdf.course", courseTitle, editionNo),
                t(
                        "pdf.period",
                        PeriodPicker.label(
                                view, filter.periodOr(LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)))),
                t("pdf.generated", Formats.date(LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)))));
        if (filter.search() != null && !filter.search().isBlank()) {
            lines.add(t("pdf.search", filter.search()));
        }
        if (filter.status() != null) {
            lines.add(t("pdf.status", RosterLabels.status(view, filter.status())));
        }
        return lines;
    }

    @Override
    public List<String[]> figures(Figures f) {
        return List.of(
                new String[] {t("unit.stat.assigned"), String.valueOf(f.assigned())},
                new String[] {t("unit.stat.completed"), String.valueOf(f.completed())},
                new String[] {t("unit.stat.inProgress"), String.valueOf(f.inProgress())},
                new String[] {t("unit.stat.notStarted"), String.valueOf(f.notStarted())},
                new String[] {t("unit.stat.overdue"), String.valueOf(f.overdue())},
                new String[] {t("unit.stat.inPerson"), String.valueOf(f.completedInPerson())},
                new String[] {t("unit.stat.exempt"), String.valueOf(f.exempt())},
                new String[] {t("unit.stat.moved"), String.valueOf(f.moved())},
                new String[] {t("unit.stat.percent"), Formats.percent(f.percentComplete())},
                new String[] {t("unit.stat.average"), Formats.percent(f.averageScore())});
    }

    @Override
    public List<String> columns() {
        return List.of(
                t("roster.col.name"),
                t("roster.col.code"),
                t("roster.col.unit"),
                t("roster.col.status"),
                t("roster.col.modules"),
                t("roster.col.score"));
    }

    @Override
    public String[] cells(RosterRow r) {
        return new String[] {
            r.fullName(),
            r.employeeCode(),
            r.unitName(),
            RosterLabels.statusText(view, r),
            r.modulesDone() + "/" + r.moduleCount(),
            Formats.percent(r.score())
        };
    }

    @Override
    public String truncated(int shown) {
        return t("pdf.truncated", shown);
    }

    @Override
    public ChartLabels chartLabels() {
        return UnitDashboardView.chartLabels(view);
    }

    private String t(String key, Object... args) {
        return view.getTranslation(key, args);
    }
}
