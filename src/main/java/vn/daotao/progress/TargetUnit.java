package vn.daotao.progress;

/** A unit an assignment can target; {@code parentName} tells units of the same name apart. */
public record TargetUnit(long id, String code, String name, String parentName) {}
