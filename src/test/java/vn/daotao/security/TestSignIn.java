package vn.daotao.security;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Puts a real account from the database into the security context, as a successful sign-in would.
 * Uses the context's own holder strategy: tests start several application contexts in one JVM.
 */
public final class TestSignIn {

    private TestSignIn() {}

    public static void as(ApplicationContext app, String username) {
        UserDetails principal = new AccountDetailsService(app.getBean(JdbcClient.class)).loadUserByUsername(username);
        SecurityContextHolderStrategy holder = app.getBean(SecurityContextHolderStrategy.class);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        holder.setContext(context);
    }

    public static void clear(ApplicationContext app) {
        app.getBean(SecurityContextHolderStrategy.class).clearContext();
    }
}
