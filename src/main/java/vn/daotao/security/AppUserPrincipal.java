package vn.daotao.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; kept small because it lives in every HTTP session. */
final class AppUserPrincipal implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final String passwordHash;
    private final boolean enabled;

    AppUserPrincipal(SignedInUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUserPrincipal other && other.user.id() == user.id();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.id());
    }

    @Override
    public String toString() {
        return "AppUserPrincipal[" + user.username() + "]";
    }

    static List<Role> rolesOf(String[] names) {
        return java.util.Arrays.stream(names).map(Role::valueOf).toList();
    }
}
