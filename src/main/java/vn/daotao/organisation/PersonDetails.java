package vn.daotao.organisation;

import java.time.Instant;
import java.util.Set;
import vn.daotao.security.Role;

/** A person as the admin edits them; {@code lockedUntil} is set while failed sign-ins keep them out. */
public record PersonDetails(
        long id,
        String username,
        String fullName,
        String employeeCode,
        String email,
        long unitId,
        String unitName,
        boolean unitActive,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword,
        Instant lockedUntil) {

    public PersonDetails {
        roles = Set.copyOf(roles);
    }

    public boolean locked() {
        return lockedUntil != null;
    }
}
