package vn.daotao.report;

/** Sortable roster columns; the SQL behind each is fixed in the query class, never taken from the browser. */
public record RosterSort(Column column, boolean descending) {

    public enum Column {
        NAME,
        EMPLOYEE_CODE,
        UNIT,
        STATUS,
        SCORE,
        COMPLETED_AT,
        DUE_DATE
    }

    public static RosterSort byName() {
        return new RosterSort(Column.NAME, false);
    }
}
