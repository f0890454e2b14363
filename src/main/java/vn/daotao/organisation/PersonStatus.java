package vn.daotao.organisation;

/** An account as the admin filters it: usable, switched off, or locked after failed sign-ins. */
public enum PersonStatus {
    ENABLED,
    DISABLED,
    LOCKED
}
