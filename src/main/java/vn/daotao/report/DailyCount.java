package vn.daotao.report;

import java.time.LocalDate;

/** Completions on one day; {@code inPerson} of them completed in person. */
public record DailyCount(LocalDate day, int count, int inPerson) {

    public DailyCount(LocalDate day, int count) {
        this(day, count, 0);
    }
}
