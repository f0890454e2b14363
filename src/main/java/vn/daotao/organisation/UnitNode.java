package vn.daotao.organisation;

/**
 * One unit of the whole tree as the admin edits it, active or not. People counts are enabled accounts:
 * directly in the unit, and in the unit with everything below it.
 */
public record UnitNode(
        long id,
        Long parentId,
        String code,
        String name,
        int depth,
        boolean active,
        int directPeople,
        int totalPeople) {}
