package vn.daotao.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One direct sub-unit (null id: the selected unit's own people) in two periods: the earlier one to
 * compare with, and the one the report looks at. A unit with no cycle in a period has empty figures there.
 */
public record PeriodComparison(Long unitId, String unitName, Figures before, Figures current) {

    private static final Figures NONE = Figures.sum(List.of());

    /** Change of the completion percentage, in percentage points (current minus before). */
    public BigDecimal change() {
        return current.percentComplete().subtract(before.percentComplete());
    }

    /** Both periods' rows matched by unit: the current period's order first, then units only in the earlier one. */
    static List<PeriodComparison> of(List<SubUnitFigures> before, List<SubUnitFigures> current) {
        Map<Long, SubUnitFigures> earlier = new LinkedHashMap<>();
        before.forEach(s -> earlier.put(s.unitId(), s));
        List<PeriodComparison> rows = new ArrayList<>();
        for (SubUnitFigures now : current) {
            SubUnitFigures then = earlier.remove(now.unitId());
            rows.add(new PeriodComparison(
                    now.unitId(), now.unitName(), then == null ? NONE : then.figures(), now.figures()));
        }
        earlier.values()
                .forEach(then -> rows.add(new PeriodComparison(then.unitId(), then.unitName(), then.figures(), NONE)));
        return rows;
    }

    /** The whole unit in both periods. */
    public static PeriodComparison total(List<PeriodComparison> rows, String name) {
        return new PeriodComparison(
                null,
                name,
                Figures.sum(rows.stream().map(PeriodComparison::before).toList()),
                Figures.sum(rows.stream().map(PeriodComparison::current).toList()));
    }

    public PeriodComparison {
        Objects.requireNonNull(before);
        Objects.requireNonNull(current);
    }
}
