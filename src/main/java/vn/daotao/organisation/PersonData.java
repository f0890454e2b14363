package vn.daotao.organisation;

import vn.daotao.security.Role;

import java.util.Set;

/** What the admin's person form sends. The user name is only read when the person is created. */
public record PersonData(String fullName, String username, String employeeCode, String email, Long unitId,
                         Set<Role> roles, boolean enabled) {

    public PersonData {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
