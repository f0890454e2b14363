package vn.daotao.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads accounts from app_user. Not a bean on purpose: only the throttled provider may use it. */
final class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        select id, username, full_name, unit_id, roles, password_hash, enabled
                          from app_user where username = :u""")
                .param("u", LoginThrottle.key(username))
                .query((rs, i) -> {
                    String[] roleNames = (String[]) rs.getArray("roles").getArray();
                    Set<Role> roles =
                            AppUserPrincipal.rolesOf(roleNames).stream().collect(Collectors.toSet());
                    SignedInUser user = new SignedInUser(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("full_name"),
                            rs.getLong("unit_id"),
                            roles);
                    return (UserDetails)
                            new AppUserPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
