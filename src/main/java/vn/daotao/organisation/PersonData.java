package vn.daotao.organisation;

import java.util.Set;
import vn.daotao.security.Role;

/** What the admin's person form sends. The user name is only read when the person is created. */
public record PersonData(
        String fullName,
        String username,
        String employeeCode,
        String email,
        Long unitId,
        Set<Role> roles,
        boolean enabled) {

    public PersonData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
