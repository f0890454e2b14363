package vn.daotao.organisation;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.organisation.internal.OrganisationQueries;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationQueries queries;
    private final CurrentUser currentUser;

    OrganisationService(OrganisationQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** The signed-in person's own profile. */
    @PreAuthorize("isAuthenticated()")
    public PersonProfile myProfile() {
        SignedInUser me = currentUser.require();
        return queries.profile(me.id()).orElseThrow(() -> new AccessDeniedException("Account no longer exists"));
    }

    /**
     * The units the signed-in person oversees, with head counts: a unit head gets their own unit and
     * every unit below it, an admin the whole organisation.
     */
    @PreAuthorize("hasAnyRole('UNIT_HEAD', 'ADMIN')")
    public List<UnitOverviewRow> myUnitsOverview() {
        return queries.overview(scopePath(currentUser.require()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public OrganisationFigures figures() {
        return queries.figures();
    }

    /** Null means "everything" (admins); otherwise the path prefix of the head's subtree. */
    private String scopePath(SignedInUser user) {
        if (user.has(Role.ADMIN)) {
            return null;
        }
        return queries.unitPath(user.unitId())
                .orElseThrow(() -> new AccessDeniedException("Unit of the signed-in person not found"));
    }
}
