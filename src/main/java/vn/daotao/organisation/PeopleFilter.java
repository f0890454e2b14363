package vn.daotao.organisation;

/**
 * The admin's people search: text over name, user name and employee code (accents and case ignored),
 * a unit with everything below it, a status. Null means "any".
 */
public record PeopleFilter(String search, Long unitId, PersonStatus status) {

    public static PeopleFilter none() {
        return new PeopleFilter(null, null, null);
    }
}
