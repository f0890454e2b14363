package vn.daotao.report;

import java.time.LocalDate;
import java.util.List;

/** Everything the dashboard shows for a filter, read in one pass over the roster, with its charts drawn. */
public record Dashboard(
        Figures figures,
        List<SubUnitFigures> subUnits,
        List<DailyCount> completionsPerDay,
        LocalDate latestDueDate,
        ChartImages charts) {

    public Dashboard {
        subUnits = List.copyOf(subUnits);
        completionsPerDay = List.copyOf(completionsPerDay);
    }
}
