package vn.daotao.progress;

public enum ModuleState {
    /** The previous module is not complete yet. */
    LOCKED,
    AVAILABLE,
    /** Content opened, quiz not passed yet. */
    IN_PROGRESS,
    COMPLETED
}
