package vn.daotao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.daotao.base.db.DatabaseUnavailable;

/**
 * Roles, unit and the enabled flag are read at sign-in and kept in the session. So that an admin's change
 * applies on the person's next request rather than their next sign-in, each signed-in request compares
 * them with the database (one primary-key read): a changed person gets a refreshed session, a disabled or
 * removed one loses it, and so does every session that signed in with a password changed since (by an
 * admin's reset, or by the person in another session: a stolen session ends with a new password).
 */
final class AccountRefreshFilter extends OncePerRequestFilter {

    private record Current(
            String username,
            String fullName,
            long unitId,
            Set<Role> roles,
            boolean enabled,
            String passwordHash,
            boolean mustChangePassword) {}

    private final JdbcClient jdbc;
    private final Supplier<SecurityContextHolderStrategy> holder;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    AccountRefreshFilter(JdbcClient jdbc, Supplier<SecurityContextHolderStrategy> holder) {
        this.jdbc = jdbc;
        this.holder = holder;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getSession(false) == null
                || path.startsWith("/VAADIN/")
                || path.startsWith("/styles/")
                || path.startsWith("/images/")
                || path.startsWith("/actuator/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = holder.get();
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            SignedInUser user = principal.user();
            Current now;
            try {
                now = current(user.id());
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.is(e)) {
                    throw e;
                }
                // The database is away for a moment: the request goes on as signed in, and whatever it reads or
                // writes meets the same outage and says so in Vietnamese (UiErrorHandler, DatabaseUnavailableAdvice)
                // instead of a bare server error. Nothing can be read or changed until it is back, and the next
                // request after that checks the account again.
                chain.doFilter(request, response);
                return;
            }
            boolean passwordChanged = now != null && !now.passwordHash().equals(principal.getPassword());
            // A new password (an admin's reset, or the person's own change) ends every session that signed in
            // with the old one; the session that changed it was given the new one at once (AccountService).
            if (now == null || !now.enabled() || !now.username().equals(user.username()) || passwordChanged) {
                strategy.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (now.unitId() != user.unitId()
                    || !now.roles().equals(user.roles())
                    || !now.fullName().equals(user.fullName())) {
                AppUserPrincipal refreshed = new AppUserPrincipal(
                        new SignedInUser(user.id(), now.username(), now.fullName(), now.unitId(), now.roles()),
                        now.passwordHash(),
                        true);
                UsernamePasswordAuthenticationToken token =
                        UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities());
                token.setDetails(authentication.getDetails());
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(token);
                strategy.setContext(context);
                repository.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** The account as it is now, or null when it was removed. */
    private Current current(long id) {
        return jdbc.sql("""
                            select username, full_name, unit_id, roles, enabled, password_hash, must_change_password
                              from app_user where id = :id""")
                .param("id", id)
                .query((rs, i) -> new Current(
                        rs.getString("username"),
                        rs.getString("full_name"),
                        rs.getLong("unit_id"),
                        AppUserPrincipal.rolesOf((String[]) rs.getArray("roles").getArray()).stream()
                                .collect(Collectors.toSet()),
                        rs.getBoolean("enabled"),
                        rs.getString("password_hash"),
                        rs.getBoolean("must_change_password")))
                .optional()
                .orElse(null);
    }
}
