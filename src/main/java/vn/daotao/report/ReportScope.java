package vn.daotao.report;

import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

/**
 * Which units the viewer of a report may see: resolved once ({@link ReportService#scope()}) and handed to
 * every report and reminder call. An admin sees everything; a unit head their unit's subtree. Only this
 * package can make one, and each call checks that it still describes the signed-in person as they are
 * now (a changed unit or role resolves it again), so a scope can neither be forged nor outlive a change.
 */
public final class ReportScope {

    private final long viewerId;
    private final long viewerUnitId;
    private final boolean admin;
    private final String subtreePath;

    ReportScope(SignedInUser viewer, String subtreePath) {
        this.viewerId = viewer.id();
        this.viewerUnitId = viewer.unitId();
        this.admin = viewer.has(Role.ADMIN);
        this.subtreePath = admin ? null : subtreePath;
    }

    /** The materialised path whose subtree the viewer sees, or null for everything. */
    String subtreePath() {
        return subtreePath;
    }

    boolean everything() {
        return admin;
    }

    boolean describes(SignedInUser me) {
        return me.id() == viewerId && me.unitId() == viewerUnitId && me.has(Role.ADMIN) == admin;
    }

    @Override
    public String toString() {
        return "ReportScope[viewer=" + viewerId + ", " + (admin ? "everything" : subtreePath) + "]";
    }
}
