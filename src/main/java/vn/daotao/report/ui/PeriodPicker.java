package vn.daotao.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import vn.daotao.base.ui.DatePickers;
import vn.daotao.report.ReportPeriod;
import vn.daotao.report.ReportPeriod.Kind;

/**
 * Chooses the report's period (as of a day, a year, a quarter, a month or a range of days) and whether
 * to compare it with the period before; "Xem" hands both to the page, which puts them in its address.
 */
class PeriodPicker extends Composite<Div> {

    private final Select<Kind> kind = new Select<>();
    private final Div fields = new Div();
    private final Checkbox compare = new Checkbox();
    private final ReportPeriod shown;
    /* The fields of the chosen kind only, made when it is chosen: a dashboard left open keeps no unused pickers. */
    private DatePicker day;
    private IntegerField year;
    private Select<Integer> quarter;
    private Select<Integer> month;
    private DatePicker from;
    private DatePicker to;

    PeriodPicker(ReportPeriod period, boolean comparing, BiConsumer<ReportPeriod, Boolean> apply) {
        this.shown = period;
        kind.setId("period-kind");
        kind.setLabel(getTranslation("period.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("period.kind." + k.name()));
        compare.setId("period-compare");
        compare.setLabel(getTranslation("period.compare"));
        compare.setValue(comparing);
        kind.setValue(period.kind());
        kind.addValueChangeListener(e -> showFields());
        fields.addClassName("period-fields");
        showFields();

        Button view = new Button(
                getTranslation("period.apply"), e -> chosen().ifPresent(p -> apply.accept(p, compare.getValue())));
        view.setId("period-apply");
        view.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(kind, fields, compare, view);
        getContent().addClassNames("filters", "period-picker");
        getContent().setId("period-picker");
    }

    private void showFields() {
        Kind k = kind.getValue();
        fields.removeAll();
        if (k == Kind.AS_OF) {
            fields.add(day());
        } else if (k == Kind.RANGE) {
            fields.add(from(), to());
        } else {
            fields.add(year());
            if (k == Kind.QUARTER) {
                fields.add(quarter());
            } else if (k == Kind.MONTH) {
                fields.add(month());
            }
        }
    }

    private DatePicker day() {
        if (day == null) {
            day = datePicker("period-day", "period.day", shown.to());
        }
        return day;
    }

    private DatePicker from() {
        if (from == null) {
            from = datePicker("period-from", "period.from", shown.from());
        }
        return from;
    }

    private DatePicker to() {
        if (to == null) {
            to = datePicker("period-to", "period.to", shown.to());
        }
        return to;
    }

    private DatePicker datePicker(String id, String labelKey, LocalDate value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setLabel(getTranslation(labelKey));
        DatePickers.localised(picker);
        picker.setValue(value);
        return picker;
    }

    private IntegerField year() {
        if (year == null) {
            year = new IntegerField();
            year.setId("period-year");
            year.setLabel(getTranslation("period.year"));
            year.setMin(2000);
            year.setMax(2100);
            year.setStepButtonsVisible(true);
            year.setWidth("9em");
            year.setValue(shown.from().getYear());
        }
        return year;
    }

    private Select<Integer> quarter() {
        if (quarter == null) {
            quarter = new Select<>();
            quarter.setId("period-quarter");
            quarter.setLabel(getTranslation("period.quarter"));
            quarter.setItems(1, 2, 3, 4);
            quarter.setItemLabelGenerator(q -> getTranslation("period.quarter.n", q));
            quarter.setWidth("8em");
            quarter.setValue(shown.from().get(IsoFields.QUARTER_OF_YEAR));
        }
        return quarter;
    }

    private Select<Integer> month() {
        if (month == null) {
            month = new Select<>();
            month.setId("period-month");
            month.setLabel(getTranslation("period.month"));
            month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
            month.setItemLabelGenerator(m -> getTranslation("period.month.n", m));
            month.setWidth("9em");
            month.setValue(shown.from().getMonthValue());
        }
        return month;
    }

    /** The period the fields describe, or empty with the faulty field marked. */
    private java.util.Optional<ReportPeriod> chosen() {
        Kind k = kind.getValue();
        if (k == Kind.AS_OF) {
            day().setInvalid(false);
            return required(day, day.getValue()).map(ReportPeriod::asOf);
        }
        if (k == Kind.RANGE) {
            from().setInvalid(false);
            to().setInvalid(false);
            LocalDate start = from.getValue();
            LocalDate end = to.getValue();
            if (start == null
                    || end == null
                    || end.isBefore(start)
                    || start.plusYears(10).isBefore(end)) {
                to.setErrorMessage(getTranslation("period.error.range"));
                to.setInvalid(true);
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(ReportPeriod.range(start, end));
        }
        year().setInvalid(false);
        Integer y = year.getValue();
        if (y == null || y < 2000 || y > 2100) {
            year.setErrorMessage(getTranslation("period.error.year"));
            year.setInvalid(true);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                switch (k) {
                    case QUARTER -> ReportPeriod.quarter(y, quarter().getValue() == null ? 1 : quarter.getValue());
                    case MONTH ->
                        ReportPeriod.month(YearMonth.of(y, month().getValue() == null ? 1 : month.getValue()));
                    default -> ReportPeriod.year(y);
                });
    }

    private java.util.Optional<LocalDate> required(DatePicker field, LocalDate value) {
        if (value == null) {
            field.setErrorMessage(getTranslation("period.error.day"));
            field.setInvalid(true);
        }
        return java.util.Optional.ofNullable(value);
    }

    /** "Năm 2025", "Quý 2/2025", "Tháng 3/2025", "Tại ngày 30/06/2025", "Từ 01/01/2025 đến 30/06/2025". */
    static String label(com.vaadin.flow.component.Component view, ReportPeriod p) {
        return switch (p.kind()) {
            case AS_OF -> view.getTranslation("period.label.AS_OF", vn.daotao.base.ui.Formats.date(p.from()));
            case YEAR ->
                view.getTranslation("period.label.YEAR", String.valueOf(p.from().getYear()));
            case QUARTER ->
                view.getTranslation(
                        "period.label.QUARTER",
                        p.from().get(IsoFields.QUARTER_OF_YEAR),
                        String.valueOf(p.from().getYear()));
            case MONTH ->
                view.getTranslation(
                        "period.label.MONTH",
                        p.from().getMonthValue(),
                        String.valueOf(p.from().getYear()));
            case RANGE ->
                view.getTranslation(
                        "period.label.RANGE",
                        vn.daotao.base.ui.Formats.date(p.from()),
                        vn.daotao.base.ui.Formats.date(p.to()));
        };
    }
}
