package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider started here on loopback (NAV's mock-oauth2-server: discovery,
 * authorization code flow, signed ID tokens, user info, end-session endpoint), driven over HTTP as a browser follows
 * the redirects: a known person comes back signed in to their own account (a pending one-time password dropped,
 * audited as SSO), an unknown or unverified one is refused with the Vietnamese message and nothing is created, a
 * claim that names two accounts or a disabled one is refused, and signing out of such a session goes to the
 * provider's end-session endpoint, which sends the browser back to the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SsoSignInTest {

    private static final String ISSUER = "sso";
    private static final String RUN =
            UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    private static final MockOAuth2Server PROVIDER = start();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SsoProperties settings;

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("app.sso.enabled", () -> "true");
        registry.add("app.sso.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("app.sso.client-id", () -> "daotao-test");
        registry.add("app.sso.client-secret", () -> "test-secret");
        registry.add("app.sso.claim", () -> "email");
        registry.add("app.sso.match", () -> "EMAIL");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Test
    void aKnownPersonIsSignedInToTheirAccountAndSignedOutAtTheProvider() throws Exception {
        String email = "sso" + RUN + "a@coquan.example.vn";
        String username = account("sso" + RUN + "a", email, "EMPLOYEE", true, true);
        String hashBefore = hash(username);
        HttpClient browser = browser();

        String login = get(browser, "/login").body();
        assertThat(login).contains("id=\"login-sso\"").contains("Đăng nhập bằng tài khoản của cơ quan (SSO)");

        provides("subject-" + RUN + "-a", Map.of("email", email.toUpperCase(), "email_verified", true));
        String landed = signInThroughProvider(browser);
        assertThat(landed).as("where the browser lands after the provider").doesNotContain("error");
        assertThat(get(browser, "/my-courses").statusCode())
                .as("a page of the app with the new session")
                .isEqualTo(200);
        assertThat(lastAudit(username))
                .as("the sign-in, audited for the account with its method")
                .isEqualTo("LOGIN_SUCCEEDED SSO");
        assertThat(jdbc.sql("select must_change_password from app_user where username = :u")
                        .param("u", username)
                        .query(Boolean.class)
                        .single())
                .as("the pending 'choose your password' is dropped")
                .isFalse();
        assertThat(hash(username)).as("with the one-time password it guarded").isNotEqualTo(hashBefore);

        // signing out: the session's ID token goes to the provider's end-session endpoint
        SsoLogin sso = new SsoLogin(settings, jdbc, null, encoder, () -> null);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(port);
        request.getSession(true).setAttribute(SsoLogin.class.getName() + ".idToken", idToken());
        MockHttpServletResponse response = new MockHttpServletResponse();
        sso.keepIdToken().logout(request, response, null);
        request.getSession().invalidate();
        sso.afterLogout().onLogoutSuccess(request, response, null);
        String endSession = redirectOf(response);
        assertThat(endSession)
                .startsWith(PROVIDER.issuerUrl(ISSUER).toString())
                .contains("id_token_hint=")
                .contains("client_id=daotao-test")
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login");
        HttpResponse<String> provider = browser.send(
                HttpRequest.newBuilder(URI.create(endSession)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(provider.headers().firstValue("Location").orElse(""))
                .as("the provider ends its session and sends the browser back to the sign-in page")
                .isEqualTo("http://localhost:" + port + "/login");
    }

    @Test
    void anUnknownPersonIsRefusedAndNothingIsCreated() throws Exception {
        String email = "sso" + RUN + "u@coquan.example.vn";
        int accountsBefore = accounts();
        HttpClient browser = browser();

        provides("subject-" + RUN + "-u", Map.of("email", email, "email_verified", true));
        String landed = signInThroughProvider(browser);
        assertThat(landed).endsWith("/login?error=sso-unknown");
        String page = get(browser, "/login?error=sso-unknown").body();
        assertThat(page)
                .contains("Tài khoản chưa có trong hệ thống")
                .contains("chưa gắn với tài khoản nào đang hoạt động");
        assertThat(get(browser, "/my-courses").statusCode())
                .as("still signed out")
                .isEqualTo(302);
        assertThat(accounts()).as("no account created").isEqualTo(accountsBefore);
        assertThat(jdbc.sql("""
                                select details ->> 'reason' from audit_event
                                 where action = 'LOGIN_FAILED' and details ->> 'email' = :e""").param("e", email).query(String.class).list()).containsExactly("SSO_UNKNOWN_PERSON");
    }

    @Test
    void unverifiedAmbiguousAndDisabledClaimsAreRefused() throws Exception {
        String unverified = "sso" + RUN + "v@coquan.example.vn";
        account("sso" + RUN + "v", unverified, "EMPLOYEE", false, true);
        String shared = "sso" + RUN + "s@coquan.example.vn";
        account("sso" + RUN + "s1", shared, "EMPLOYEE", false, true);
        account("sso" + RUN + "s2", shared, "EMPLOYEE", false, true);
        String disabled = "sso" + RUN + "d@coquan.example.vn";
        account("sso" + RUN + "d", disabled, "EMPLOYEE", false, false);

        provides("subject-" + RUN + "-v", Map.of("email", unverified, "email_verified", false));
        assertThat(signInThroughProvider(browser())).as("e-mail not verified").endsWith("/login?error=sso-unknown");
        provides("subject-" + RUN + "-s", Map.of("email", shared, "email_verified", true));
        assertThat(signInThroughProvider(browser())).as("two accounts").endsWith("/login?error=sso-unknown");
        provides("subject-" + RUN + "-d", Map.of("email", disabled, "email_verified", true));
        assertThat(signInThroughProvider(browser())).as("disabled").endsWith("/login?error=sso-unknown");
    }

    @Test
    void anAdministratorIsRefusedAndKeepsTheLocalPassword() throws Exception {
        String email = "sso" + RUN + "q@coquan.example.vn";
        String admin = account("sso" + RUN + "q", email, "ADMIN", true, true);
        String hashBefore = hash(admin);

        provides("subject-" + RUN + "-q", Map.of("email", email, "email_verified", true));
        assertThat(signInThroughProvider(browser()))
                .as("administrators sign in with their local password only")
                .endsWith("/login?error=sso-unknown");
        assertThat(hash(admin)).as("the break-glass password stays").isEqualTo(hashBefore);
    }

    @Test
    void anUnsaidVerificationIsRefusedAndAnAccountStaysWithItsFirstProviderPerson() throws Exception {
        String email = "sso" + RUN + "b@coquan.example.vn";
        String username = account("sso" + RUN + "b", email, "EMPLOYEE", false, true);

        provides("subject-" + RUN + "-b", Map.of("email", email));
        assertThat(signInThroughProvider(browser()))
                .as("a provider that does not say the address is verified")
                .endsWith("/login?error=sso-unknown");

        provides("subject-" + RUN + "-b", Map.of("email", email, "email_verified", true));
        assertThat(signInThroughProvider(browser())).doesNotContain("error");
        assertThat(jdbc.sql("select sso_subject from app_user where username = :u")
                        .param("u", username)
                        .query(String.class)
                        .single())
                .endsWith("|subject-" + RUN + "-b");

        provides("subject-" + RUN + "-other", Map.of("email", email, "email_verified", true));
        assertThat(signInThroughProvider(browser()))
                .as("another provider person later given the same address")
                .endsWith("/login?error=sso-unknown");

        provides(
                "subject-" + RUN + "-b",
                Map.of("email", "sso" + RUN + "renamed@coquan.example.vn", "email_verified", true));
        HttpClient browser = browser();
        assertThat(signInThroughProvider(browser))
                .as("the same person with a new address")
                .doesNotContain("error");
        assertThat(lastAudit(username)).isEqualTo("LOGIN_SUCCEEDED SSO");
    }

    /** Follows the redirects from the sign-in page's button through the provider and back; returns the last place. */
    private String signInThroughProvider(HttpClient browser) throws Exception {
        String location = "http://localhost:" + port + SsoLogin.START;
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> response = browser.send(
                    HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString());
            String next = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || next == null) {
                throw new AssertionError("no redirect from " + location + ": " + response.statusCode() + " "
                        + response.body()
                                .substring(0, Math.min(300, response.body().length())));
            }
            String absolute = URI.create(location).resolve(next).toString();
            if (absolute.startsWith("http://localhost:" + port + "/")
                    && !absolute.contains("/login/oauth2/code/")
                    && !absolute.contains(SsoLogin.START)) {
                return absolute;
            }
            location = absolute;
        }
        throw new AssertionError("too many redirects, last " + location);
    }

    private void provides(String subject, Map<String, Object> claims) {
        PROVIDER.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("daotao-test"), claims, 3600));
    }

    /** An ID token of this provider for the client (the session's own is kept server-side, out of reach here). */
    private static String idToken() {
        return PROVIDER.issueToken(ISSUER, "daotao-test", new DefaultOAuth2TokenCallback())
                .serialize();
    }

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "vi-VN")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String redirectOf(MockHttpServletResponse response) {
        return response.getRedirectedUrl() != null ? response.getRedirectedUrl() : response.getHeader("Location");
    }

    private String lastAudit(String username) {
        return jdbc.sql("""
                        select action || ' ' || coalesce(details ->> 'method', '') from audit_event
                         where actor_username = :u order by id desc limit 1""").param("u", username).query(String.class).single().strip();
    }

    private int accounts() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    private String account(String username, String email, String role, boolean mustChange, boolean enabled) {
        jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, email, unit_id, roles, password_hash,
                                              must_change_password, enabled, search_text)
                        values (:u, 'Người Thử Đăng Nhập Một Lần', 'NV-' || :u, :e,
                                (select id from unit where parent_id is null order by id limit 1),
                                array[:role], :hash, :change, :enabled, 'nguoi thu dang nhap mot lan')""")
                .param("u", username)
                .param("e", email)
                .param("role", role)
                .param("hash", encoder.encode("One-Time-" + username))
                .param("change", mustChange)
                .param("enabled", enabled)
                .update();
        return username;
    }
}
