package vn.daotao.base.imports;

/** What importing a row would do. */
public enum ImportOutcome {
    CREATE,
    UPDATE,
    UNCHANGED,
    ERROR
}
