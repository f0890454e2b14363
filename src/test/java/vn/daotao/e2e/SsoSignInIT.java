package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.daotao.e2e.pages.HomePage;
import vn.daotao.e2e.pages.LoginPage;

/**
 * Single sign-on in the browser against a real OpenID Connect provider started here (NAV's mock-oauth2-server on
 * loopback): the sign-in page's second button goes to the provider and comes back signed in to the person's own
 * account; signing out goes through the provider's end-session endpoint (the provider sees it) and ends on the sign-in
 * page; a person without an account is shown the Vietnamese refusal.
 */
class SsoSignInIT extends BrowserTestBase {

    private static final String RUN =
            UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 5);
    private static final MockOAuth2Server PROVIDER = start();

    @Autowired
    JdbcClient jdbc;

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("app.sso.enabled", () -> "true");
        registry.add("app.sso.issuer-uri", () -> PROVIDER.issuerUrl("coquan").toString());
        registry.add("app.sso.client-id", () -> "daotao-e2e");
        registry.add("app.sso.client-secret", () -> "e2e-secret");
        registry.add("app.sso.claim", () -> "employee_code");
        registry.add("app.sso.match", () -> "EMPLOYEE_CODE");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @Test
    void aPersonSignsInWithTheOrganisationAccountAndOut() throws Exception {
        String code = "SSO-" + RUN;
        jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              search_text)
                        values (:u, 'Phạm Thị Đăng Nhập', :c, (select id from unit where parent_id is null order by id
                                limit 1), array['EMPLOYEE'], '{noop}unusable', 'pham thi dang nhap')""").param("u", "sso" + RUN).param("c", code).update();

        LoginPage login = openLogin();
        screenshot("login-with-sso");
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "coquan",
                "sub-" + RUN,
                "JWT",
                List.of("daotao-e2e"),
                Map.of("employee_code", code.toLowerCase()),
                3600));
        login.signInWithOrganisationAccount();
        HomePage home = new HomePage(driver);
        assertThat(driver.getPageSource()).contains("Phạm Thị Đăng Nhập");
        screenshot("sso-signed-in");

        drainRequests();
        home.signOut();
        assertThat(requestPaths())
                .as("the provider was asked to end its session")
                .anyMatch(path -> path.startsWith("/coquan/endsession"));
        // the provider's session is over: the app's start asks for the sign-in again
        open("/my-courses");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/login"));

        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                "coquan",
                "sub-" + RUN + "-x",
                "JWT",
                List.of("daotao-e2e"),
                Map.of("employee_code", "KHONG-CO"),
                3600));
        new LoginPage(driver).signInWithOrganisationAccount();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("error=sso-unknown"));
        LoginPage refused = new LoginPage(driver);
        assertThat(refused.errorMessage())
                .contains("Tài khoản chưa có trong hệ thống")
                .contains("liên hệ quản trị viên của đơn vị");
        screenshot("sso-unknown-person");
    }

    private static void drainRequests() {
        while (next(10) != null) {
            // earlier requests: discovery, authorize, token, keys, user info
        }
    }

    private static List<String> requestPaths() {
        List<String> paths = new ArrayList<>();
        for (var request = next(2000); request != null; request = next(200)) {
            paths.add(request.getRequestUrl().encodedPath());
        }
        return paths;
    }

    /** The provider's next request within the time, or null (its queue throws when none comes). */
    private static okhttp3.mockwebserver.RecordedRequest next(long millis) {
        try {
            return PROVIDER.takeRequest(millis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException none) {
            return null;
        }
    }
}
