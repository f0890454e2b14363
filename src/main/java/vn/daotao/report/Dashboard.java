package vn.daotao.report;

import java.time.LocalDate;
import java.util.List;

/** Everything the dashboard shows for a filter, read in two passes over the roster. */
public record Dashboard(Figures figures, List<SubUnitFigures> subUnits, List<DailyCount> completionsPerDay,
                        LocalDate latestDueDate) {

    public Dashboard {
        subUnits = List.copyOf(subUnits);
        completionsPerDay = List.copyOf(completionsPerDay);
    }
}
