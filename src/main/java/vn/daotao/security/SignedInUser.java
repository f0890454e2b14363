package vn.daotao.security;

import java.util.Set;

/** The person behind the current request, as loaded at sign-in. */
public record SignedInUser(long id, String username, String fullName, long unitId, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
