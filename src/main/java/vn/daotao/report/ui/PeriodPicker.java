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
    private final DatePicker day = new DatePicker();
    private final IntegerField year = new IntegerField();
    private final Select<Integer> quarter = new Select<>();
    private final Select<Integer> month = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Checkbox compare = new Checkbox();

    PeriodPicker(ReportPeriod period, boolean comparing, BiConsumer<ReportPeriod, Boolean> apply) {
        kind.setId("period-kind");
        kind.setLabel(getTranslation("period.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("period.kind." + k.name()));
        day.setId("period-day");
        day.setLabel(getTranslation("period.day"));
        DatePickers.localised(day);
        year.setId("period-year");
        year.setLabel(getTranslation("period.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setWidth("9em");
        quarter.setId("period-quarter");
        quarter.setLabel(getTranslation("period.quarter"));
        quarter.setItems(1, 2, 3, 4);
        quarter.setItemLabelGenerator(q -> getTranslation("period.quarter.n", q));
        quarter.setWidth("8em");
        month.setId("period-month");
        month.setLabel(getTranslation("period.month"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> getTranslation("period.month.n", m));
        month.setWidth("9em");
        from.setId("period-from");
        from.setLabel(getTranslation("period.from"));
        DatePickers.localised(from);
        to.setId("period-to");
        to.setLabel(getTranslation("period.to"));
        DatePickers.localised(to);
        compare.setId("period-compare");
        compare.setLabel(getTranslation("period.compare"));
        compare.setValue(comparing);

        kind.setValue(period.kind());
        day.setValue(period.to());
        year.setValue(period.from().getYear());
        quarter.setValue(period.from().get(IsoFields.QUARTER_OF_YEAR));
        month.setValue(period.from().getMonthValue());
        from.setValue(period.from());
        to.setValue(period.to());
        kind.addValueChangeListener(e -> showFields());
        showFields();

        Button view = new Button(
                getTranslation("period.apply"), e -> chosen().ifPresent(p -> apply.accept(p, compare.getValue())));
        view.setId("period-apply");
        view.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().add(kind, day, year, quarter, month, from, to, compare, view);
        getContent().addClassNames("filters", "period-picker");
        getContent().setId("period-picker");
    }

    private void showFields() {
        Kind k = kind.getValue();
        day.setVisible(k == Kind.AS_OF);
        year.setVisible(k == Kind.YEAR || k == Kind.QUARTER || k == Kind.MONTH);
        quarter.setVisible(k == Kind.QUARTER);
        month.setVisible(k == Kind.MONTH);
        from.setVisible(k == Kind.RANGE);
        to.setVisible(k == Kind.RANGE);
    }

    /** The period the fields describe, or empty with the faulty field marked. */
    private java.util.Optional<ReportPeriod> chosen() {
        for (var field : java.util.List.of(day, from, to)) {
            field.setInvalid(false);
        }
        year.setInvalid(false);
        Kind k = kind.getValue();
        if (k == Kind.AS_OF) {
            return required(day, day.getValue()).map(ReportPeriod::asOf);
        }
        if (k == Kind.RANGE) {
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
        Integer y = year.getValue();
        if (y == null || y < 2000 || y > 2100) {
            year.setErrorMessage(getTranslation("period.error.year"));
            year.setInvalid(true);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                switch (k) {
                    case QUARTER -> ReportPeriod.quarter(y, quarter.getValue() == null ? 1 : quarter.getValue());
                    case MONTH -> ReportPeriod.month(YearMonth.of(y, month.getValue() == null ? 1 : month.getValue()));
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
