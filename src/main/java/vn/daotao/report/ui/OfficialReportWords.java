package vn.daotao.report.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.List;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.ui.Formats;
import vn.daotao.report.Figures;
import vn.daotao.report.OfficialReportForm;
import vn.daotao.report.OfficialReportTexts;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.RosterRow;

/** The official report's words in the viewer's language, with the filter's period spelled out. */
final class OfficialReportWords implements OfficialReportTexts {

    private final Component view;
    private final RosterFilter filter;

    OfficialReportWords(Component view, RosterFilter filter) {
        this.view = view;
        this.filter = filter;
    }

    @Override
    public String title() {
        return t("report.official.title");
    }

    @Override
    public String subject(String unitName, String courseTitle, int editionNo) {
        List<String> only = new java.util.ArrayList<>();
        if (filter.status() != null) {
            only.add(t("report.official.only.status", RosterLabels.status(view, filter.status())));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            only.add(t("report.official.only.search", filter.search().strip()));
        }
        if (filter.awaitingCommitment()) {
            only.add(t("report.official.only.awaiting"));
        }
        String subject = t(
                "report.official.subject",
                courseTitle,
                editionNo,
                unitName,
                PeriodPicker.label(view, filter.periodOr(LocalDate.now(TimeConfiguration.ZONE))));
        return only.isEmpty() ? subject : subject + " " + t("report.official.only", String.join("; ", only));
    }

    @Override
    public String number(String number) {
        return t("report.official.numberLine", OfficialReportForm.orBlank(number));
    }

    @Override
    public String placeAndDate(String place, LocalDate date) {
        // Nghị định 30: a leading zero for days below 10 and for the months 1 and 2
        String day = String.format("%02d", date.getDayOfMonth());
        String month = date.getMonthValue() <= 2
                ? String.format("%02d", date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        String year = String.valueOf(date.getYear());
        return place == null || place.isBlank()
                ? t("report.official.date", day, month, year)
                : t("report.official.placeDate", place, day, month, year);
    }

    @Override
    public List<String> summary(String unitName, Figures f) {
        return List.of(
                t(
                        "report.official.summary.figures",
                        unitName,
                        f.assigned(),
                        f.completed(),
                        Formats.percent(f.percentComplete()),
                        f.completedInPerson(),
                        f.inProgress(),
                        f.notStarted(),
                        f.overdue()),
                t("report.official.summary.other", f.exempt(), f.moved(), Formats.percent(f.averageScore())),
                t("report.official.summary.list"));
    }

    @Override
    public List<String> columns() {
        return List.of(
                t("roster.col.number"),
                t("roster.col.name"),
                t("roster.col.code"),
                t("roster.col.unit"),
                t("roster.col.status"),
                t("roster.col.due"),
                t("roster.col.completed"),
                t("roster.col.score"),
                t("report.official.col.serial"));
    }

    @Override
    public String[] cells(int number, RosterRow r, String certificateSerial) {
        return new String[] {
            String.valueOf(number),
            r.fullName(),
            r.employeeCode(),
            r.unitName(),
            RosterLabels.statusText(view, r),
            Formats.date(r.dueDate()),
            Formats.date(r.completedAt()),
            Formats.percent(r.score()),
            certificateSerial == null ? "" : certificateSerial
        };
    }

    @Override
    public String recipientsLabel() {
        return t("report.official.recipientsLabel");
    }

    @Override
    public String fileName() {
        return t(
                "report.official.file",
                filter.period() == null ? "hom-nay" : filter.period().code());
    }

    private String t(String key, Object... args) {
        return view.getTranslation(key, args);
    }
}
