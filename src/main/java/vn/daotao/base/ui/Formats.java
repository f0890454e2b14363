package vn.daotao.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.daotao.base.TimeConfiguration;

/** Dates as Vietnamese readers write them (dd/MM/yyyy), in Vietnam's time zone. */
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(TimeConfiguration.ZONE);

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(TimeConfiguration.ZONE));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    /** 80.00 becomes "80", 66.67 stays "66,67" (Vietnamese decimal comma). */
    public static String percent(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',') + "%";
    }
}
