package vn.daotao.organisation;

/** One unit of a subtree with how many people belong to it directly and with all its sub-units. */
public record UnitOverviewRow(
        long id,
        Long parentId,
        String code,
        String name,
        int depth,
        int directPeople,
        int totalPeople,
        String headNames) {}
