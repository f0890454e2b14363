package vn.daotao.base.imports;

/** What a row of an imported file describes. */
public enum ImportKind {
    UNIT,
    PERSON,
    QUESTION,
    ATTENDANCE
}
