package vn.daotao.organisation;

/** Sortable people columns; the SQL behind each is fixed in the query class, never taken from the browser. */
public record PeopleSort(Column column, boolean descending) {

    public enum Column {
        NAME,
        USERNAME,
        EMPLOYEE_CODE,
        UNIT,
        STATUS
    }

    public static PeopleSort byName() {
        return new PeopleSort(Column.NAME, false);
    }
}
