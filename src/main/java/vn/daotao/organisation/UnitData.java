package vn.daotao.organisation;

/** What the admin types for a unit: its code and name (the parent is chosen apart). */
public record UnitData(String code, String name) {}
