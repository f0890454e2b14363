package vn.daotao.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a report looks at: "as of" one day, or a year, quarter, month or custom range of days (both
 * ends included). People are counted in the units they belonged to during it (membership history); the
 * cycles counted are each unit's latest one started by its end (or today) (the standing obligation) and every other
 * whose window overlaps it; statuses are as they stood at the end of the period, or today if that is
 * sooner. Written in addresses as a short code: {@code 2025}, {@code 2025-Q2}, {@code 2025-03},
 * {@code 2025-06-30} (as of), {@code 2025-01-01_2025-06-30}.
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        AS_OF,
        YEAR,
        QUARTER,
        MONTH,
        RANGE
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{4}-\\d{2}-\\d{2})");

    /** The longest custom range: ten years. */
    private static final long MAX_DAYS = 3660;

    public ReportPeriod {
        if (kind == null || from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("Bad period " + kind + " " + from + " " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("Period longer than ten years");
        }
    }

    public static ReportPeriod asOf(LocalDate day) {
        return new ReportPeriod(Kind.AS_OF, day, day);
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(Kind.QUARTER, from, from.plusMonths(3).minusDays(1));
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod range(LocalDate from, LocalDate to) {
        return new ReportPeriod(Kind.RANGE, from, to);
    }

    /** The period a code stands for; empty when it is not one (the caller decides what that means). */
    public static Optional<ReportPeriod> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(c)).matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            if ((m = QUARTER.matcher(c)).matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = MONTH.matcher(c)).matches()) {
                return Optional.of(month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
            if ((m = RANGE.matcher(c)).matches()) {
                return Optional.of(range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2))));
            }
            return Optional.of(asOf(LocalDate.parse(c)));
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The code of this period, as {@link #parse} reads it. */
    public String code() {
        return switch (kind) {
            case AS_OF -> from.toString();
            case YEAR -> String.valueOf(from.getYear());
            case QUARTER -> from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
            case MONTH -> YearMonth.from(from).toString();
            case RANGE -> from + "_" + to;
        };
    }

    /** The same kind of period just before this one (a year earlier for a day), to compare with. */
    public ReportPeriod previous() {
        return switch (kind) {
            case AS_OF -> asOf(from.minusYears(1));
            case YEAR -> year(from.getYear() - 1);
            case QUARTER -> {
                LocalDate start = from.minusMonths(3);
                yield quarter(start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
            }
            case MONTH -> month(YearMonth.from(from).minusMonths(1));
            case RANGE -> {
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                yield range(from.minusDays(days), to.minusDays(days));
            }
        };
    }

    /** The day statuses are read at: the period's last day, or {@code today} when that is sooner. */
    public LocalDate asOfDay(LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    /** The first day people are counted from: the period's first day, but never after its "as of" day. */
    public LocalDate firstDay(LocalDate today) {
        LocalDate asOf = asOfDay(today);
        return from.isAfter(asOf) ? asOf : from;
    }
}
