package vn.daotao.report;

/** A unit the signed-in person may look at, for the unit selector. {@code level} is relative to their own unit. */
public record ScopeUnit(long id, Long parentId, String name, int level) {}
