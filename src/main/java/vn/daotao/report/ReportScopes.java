package vn.daotao.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.daotao.report.internal.RosterQueries;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

/** Resolves the signed-in viewer's {@link ReportScope}, and checks that a scope handed back still holds. */
@Component
class ReportScopes {

    private final RosterQueries roster;
    private final CurrentUser currentUser;

    ReportScopes(RosterQueries roster, CurrentUser currentUser) {
        this.roster = roster;
        this.currentUser = currentUser;
    }

    ReportScope resolve() {
        SignedInUser me = currentUser.require();
        if (me.has(Role.ADMIN)) {
            return new ReportScope(me, null);
        }
        if (!me.has(Role.UNIT_HEAD)) {
            throw new AccessDeniedException("Not a unit head");
        }
        return new ReportScope(me, roster.scopePathOf(me.unitId()));
    }

    /** The scope as handed in if it still describes the signed-in person, else theirs as they are now. */
    ReportScope current(ReportScope scope) {
        return scope != null && scope.describes(currentUser.require()) ? scope : resolve();
    }

    /** The scope, after checking that the filter's units lie inside it (a unit outside is refused). */
    ReportScope covering(ReportScope scope, RosterFilter filter) {
        ReportScope current = current(scope);
        requireInside(current, filter.unitId());
        if (filter.subUnitId() != null) {
            requireInside(current, filter.subUnitId());
        }
        return current;
    }

    private void requireInside(ReportScope scope, long unitId) {
        roster.unitPathInScope(unitId, scope.subtreePath())
                .orElseThrow(() -> new AccessDeniedException("Unit " + unitId + " is outside the viewer's units"));
    }
}
