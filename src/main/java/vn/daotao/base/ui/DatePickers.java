package vn.daotao.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** Date pickers that speak the person's language and write dates as dd/MM/yyyy. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker localised(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(picker, "date.months"));
        i18n.setWeekdays(list(picker, "date.weekdays"));
        i18n.setWeekdaysShort(list(picker, "date.weekdays.short"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("date.cancel"));
        i18n.setDateFormat("dd/MM/yyyy");
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(DatePicker picker, String key) {
        return Arrays.stream(picker.getTranslation(key).split(","))
                .map(String::trim)
                .toList();
    }
}
