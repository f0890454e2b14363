package vn.daotao.organisation;

import java.util.Set;
import vn.daotao.security.Role;

/** One line of the admin's people list. */
public record PersonRow(
        long id,
        String username,
        String fullName,
        String employeeCode,
        String email,
        String unitName,
        Set<Role> roles,
        boolean enabled,
        boolean locked) {

    public PersonRow {
        roles = Set.copyOf(roles);
    }

    public PersonStatus status() {
        return !enabled ? PersonStatus.DISABLED : locked ? PersonStatus.LOCKED : PersonStatus.ENABLED;
    }
}
