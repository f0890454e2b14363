package vn.daotao.base;

/**
 * Where the app frame reports a refused access (a page, a service call, a click, a download). The audit
 * feature implements it, so that this shared kernel depends on no feature; every refusal must survive
 * the rollback of the work that was refused.
 */
public interface AccessDenials {

    /** A page the person's role does not allow. */
    void pageRefused(String path);

    /** A page whose service refused the person, e.g. someone else's record by id in the address. */
    void serviceRefused(String path, String reason);

    /** A click or edit that a service refused. */
    void actionRefused(String reason);

    /** A file download that a service refused. */
    void downloadRefused(String uri, String reason);
}
