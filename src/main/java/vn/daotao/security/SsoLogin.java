package vn.daotao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;

/**
 * Single sign-on with the organisation's OpenID Connect provider ({@link SsoProperties}), beside the form. The
 * provider signs the person in; this application then looks up the one enabled account the configured claim names
 * and signs that account in, exactly as the form would (the same principal, session and account check on every
 * request). An unknown person is sent back to the sign-in page with a Vietnamese message, and nothing is created.
 * Signing out of a session that began here also ends the provider's session where the provider supports it
 * (RP-initiated logout with the ID token as the hint).
 */
final class SsoLogin {

    static final String REGISTRATION = "sso";
    /** where the sign-in page's button points */
    static final String START = "/oauth2/authorization/" + REGISTRATION;

    private static final String UNKNOWN_PERSON = "unknown_person";
    private static final String ID_TOKEN = SsoLogin.class.getName() + ".idToken";
    private static final Logger log = LoggerFactory.getLogger(SsoLogin.class);

    private final SsoProperties settings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final Supplier<SecurityContextHolderStrategy> holder;
    private final Registrations registrations;
    private final OidcUserService provider = new OidcUserService();

    SsoLogin(
            SsoProperties settings,
            JdbcClient jdbc,
            AuditLog audit,
            PasswordEncoder encoder,
            Supplier<SecurityContextHolderStrategy> holder) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.encoder = encoder;
        this.holder = holder;
        this.registrations = new Registrations(settings);
    }

    /** Sign-in through the provider, its failures, and the check that the provider answers before going there. */
    void configure(org.springframework.security.config.annotation.web.builders.HttpSecurity http, RequestCache cache)
            throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();
        then.setRequestCache(cache);
        http.oauth2Login(login -> login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(user -> user.oidcUserService(this::loadUser))
                // the provider's tokens, never used after sign-in, live (and end) with the session, not in a map
                .authorizedClientRepository(
                        new org.springframework.security.oauth2.client.web
                                .HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler(succeeded(then))
                .failureHandler(failed()));
        http.addFilterBefore(
                new ProviderCheck(registrations),
                org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /** Keeps the ID token of an SSO session for the sign-out, before the session is invalidated. */
    LogoutHandler keepIdToken() {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(ID_TOKEN) instanceof String token) {
                request.setAttribute(ID_TOKEN, token);
            }
        };
    }

    /**
     * After signing out: to the provider's end-session endpoint when the session began there and the provider has
     * one (it comes back to the sign-in page), otherwise to the app's start, which shows the sign-in page.
     */
    LogoutSuccessHandler afterLogout() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                String url = endSessionUrl(request);
                return url != null ? url : super.determineTargetUrl(request, response);
            }
        };
        handler.setDefaultTargetUrl("/");
        // signing out is a click in the app: Vaadin's own request, answered with a redirect the client follows
        handler.setRedirectStrategy(new com.vaadin.flow.spring.security.UidlRedirectStrategy());
        return handler;
    }

    private String endSessionUrl(HttpServletRequest request) {
        if (!(request.getAttribute(ID_TOKEN) instanceof String token)) {
            return null;
        }
        ClientRegistration registration;
        try {
            registration = registrations.findByRegistrationId(REGISTRATION);
        } catch (RuntimeException e) {
            return null;
        }
        Object endpoint =
                registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return null;
        }
        String base = UriComponentsBuilder.fromUriString(
                        org.springframework.security.web.util.UrlUtils.buildFullRequestUrl(request))
                .replacePath(request.getContextPath())
                .replaceQuery(null)
                .build()
                .toUriString();
        return UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", token)
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", base + "/login")
                .encode()
                .build()
                .toUriString();
    }

    /** The provider's person, refused unless the claim names exactly one enabled account. */
    private OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        if (account(user) == null) {
            throw new UnknownPerson(claimValue(user));
        }
        return user;
    }

    private AuthenticationSuccessHandler succeeded(AuthenticationSuccessHandler then) {
        return (request, response, authentication) -> {
            OidcUser oidc = (OidcUser) authentication.getPrincipal();
            String username = account(oidc);
            if (username == null) {
                // disabled between the provider's answer and now
                holder.get().clearContext();
                request.getSession().invalidate();
                failed().onAuthenticationFailure(request, response, new UnknownPerson(claimValue(oidc)));
                return;
            }
            bind(username, oidc);
            dropPendingPassword(username);
            UserDetails principal = new AccountDetailsService(jdbc).loadUserByUsername(username);
            UsernamePasswordAuthenticationToken signedIn =
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            signedIn.setDetails(new WebAuthenticationDetails(request));
            SecurityContextHolderStrategy strategy = holder.get();
            SecurityContext context = strategy.createEmptyContext();
            context.setAuthentication(signedIn);
            strategy.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
            request.getSession().setAttribute(ID_TOKEN, oidc.getIdToken().getTokenValue());
            audit.recordAsInOwnTransaction(
                    username, AuditAction.LOGIN_SUCCEEDED, AuditTarget.USER, username, Map.of("method", "SSO"));
            then.onAuthenticationSuccess(request, response, signedIn);
        };
    }

    private AuthenticationFailureHandler failed() {
        return (request, response, exception) -> {
            boolean unknown = exception instanceof UnknownPerson;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", "SSO");
            details.put("reason", unknown ? "SSO_UNKNOWN_PERSON" : "SSO_FAILED");
            if (unknown) {
                details.put(settings.claim(), ((UnknownPerson) exception).claimValue);
            } else {
                details.put("error", errorCode(exception));
                log.warn("Single sign-on failed: {}", errorCode(exception));
            }
            audit.recordAsInOwnTransaction(null, AuditAction.LOGIN_FAILED, AuditTarget.USER, null, details);
            response.sendRedirect(request.getContextPath() + "/login?error=" + (unknown ? "sso-unknown" : "sso"));
        };
    }

    private static String errorCode(AuthenticationException e) {
        return e instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode()
                : e.getClass().getSimpleName();
    }

    /**
     * A pending "choose your password" of a person who signs in here is dropped with the one-time password it
     * guards (handed out on paper or in a file, it would otherwise stay a way in). Administrators keep theirs: a
     * local password is their way in when the provider is away.
     */
    private void dropPendingPassword(String username) {
        jdbc.sql("""
                        update app_user set must_change_password = false, password_hash = :unusable, updated_at = now()
                         where username = :u and must_change_password and not ('ADMIN' = any(roles))""")
                .param("unusable", encoder.encode(java.util.UUID.randomUUID().toString()))
                .param("u", username)
                .update();
    }

    /**
     * The user name of the account the provider's person may sign in to, or null. An account already bound to this
     * person (issuer and subject) is theirs whatever their claim says now; otherwise the claim must name exactly one
     * enabled account bound to nobody (an e-mail only when the provider says it is verified). Administrators sign in
     * with their local password only, unless {@code app.sso.allow-admins}.
     */
    private String account(OidcUser user) {
        String subject = subject(user);
        List<String> bound = jdbc.sql("select username from app_user where enabled and sso_subject = :s")
                .param("s", subject)
                .query(String.class)
                .list();
        if (!bound.isEmpty()) {
            return allowed(bound.getFirst()) ? bound.getFirst() : null;
        }
        String value = claimValue(user);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (settings.match() == SsoProperties.Match.EMAIL && !Boolean.TRUE.equals(user.getEmailVerified())) {
            return null;
        }
        String column = switch (settings.match()) {
            case EMAIL -> "email";
            case EMPLOYEE_CODE -> "employee_code";
            case USERNAME -> "username";
        };
        var found = jdbc.sql("select username, sso_subject from app_user where enabled and lower(" + column
                        + ") = lower(:v) limit 2")
                .param("v", value.strip())
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        if (found.size() != 1 || found.getFirst()[1] != null) {
            // none, two, or an account another provider person signs in to
            return null;
        }
        return allowed(found.getFirst()[0]) ? found.getFirst()[0] : null;
    }

    private boolean allowed(String username) {
        return settings.allowAdmins()
                || !jdbc.sql("select 'ADMIN' = any(roles) from app_user where username = :u")
                        .param("u", username)
                        .query(Boolean.class)
                        .single();
    }

    /** The account is this provider person's from now on. */
    private void bind(String username, OidcUser user) {
        jdbc.sql("update app_user set sso_subject = :s where username = :u and sso_subject is null")
                .param("s", subject(user))
                .param("u", username)
                .update();
    }

    private static String subject(OidcUser user) {
        return user.getIssuer() + "|" + user.getSubject();
    }

    private String claimValue(OidcUser user) {
        Object value = user.getAttributes().get(settings.claim());
        return value == null ? null : value.toString();
    }

    /** No account for the provider's person. */
    static final class UnknownPerson extends OAuth2AuthenticationException {
        @Serial
        private static final long serialVersionUID = 1L;

        private final String claimValue;

        UnknownPerson(String claimValue) {
            super(new OAuth2Error(UNKNOWN_PERSON), "No enabled account matches the provider's person");
            this.claimValue = claimValue == null ? "" : claimValue;
        }
    }

    /**
     * The provider's registration, read from its discovery document when first needed and kept; a provider that
     * does not answer is asked again at the next sign-in rather than stopping the app from starting.
     */
    static final class Registrations implements ClientRegistrationRepository {
        private final SsoProperties settings;
        private volatile ClientRegistration registration;
        private volatile long failedAt;
        private final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        private static final long RETRY_NANOS = 60_000_000_000L;

        Registrations(SsoProperties settings) {
            this.settings = settings;
        }

        @Override
        public ClientRegistration findByRegistrationId(String id) {
            if (!REGISTRATION.equals(id)) {
                return null;
            }
            ClientRegistration found = registration;
            if (found == null) {
                if (System.nanoTime() - failedAt < RETRY_NANOS && failedAt != 0) {
                    throw new IllegalStateException("The provider did not answer less than a minute ago");
                }
                if (!lock.tryLock()) {
                    throw new IllegalStateException("The provider is being asked by another request");
                }
                try {
                    if (registration == null) {
                        try {
                            registration = discover();
                        } catch (RuntimeException e) {
                            failedAt = System.nanoTime();
                            throw e;
                        }
                    }
                    found = registration;
                } finally {
                    lock.unlock();
                }
            }
            return found;
        }

        private ClientRegistration discover() {
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope(settings.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
        }
    }

    /** Going to the provider when it does not answer: the sign-in page with a message instead of an error page. */
    static final class ProviderCheck extends OncePerRequestFilter {
        private final Registrations registrations;

        ProviderCheck(Registrations registrations) {
            this.registrations = registrations;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().equals(request.getContextPath() + START);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                registrations.findByRegistrationId(REGISTRATION);
            } catch (RuntimeException e) {
                log.warn("The single sign-on provider does not answer: {}", e.getMessage());
                response.sendRedirect(request.getContextPath() + "/login?error=sso");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
