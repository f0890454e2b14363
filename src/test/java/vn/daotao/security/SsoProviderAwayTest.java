package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A provider that does not answer: the app still starts (the provider is looked up when first used), and the sign-in
 * page's button leads back to the sign-in page with its message instead of an error page; other addresses pass.
 */
class SsoProviderAwayTest {

    @Test
    void theButtonLeadsBackToTheSignInPageWhileTheProviderIsAway() throws Exception {
        var settings = new SsoProperties(
                true,
                "http://127.0.0.1:9/realms/gone",
                "daotao",
                "secret",
                List.of("openid"),
                "email",
                SsoProperties.Match.EMAIL,
                false);
        var check = new SsoLogin.ProviderCheck(new SsoLogin.Registrations(settings));

        MockHttpServletResponse button = new MockHttpServletResponse();
        MockFilterChain afterButton = new MockFilterChain();
        check.doFilter(new MockHttpServletRequest("GET", SsoLogin.START), button, afterButton);
        assertThat(button.getRedirectedUrl()).isEqualTo("/login?error=sso");
        assertThat(afterButton.getRequest())
                .as("not passed on to the redirect to the provider")
                .isNull();

        MockHttpServletResponse again = new MockHttpServletResponse();
        long before = System.nanoTime();
        check.doFilter(new MockHttpServletRequest("GET", SsoLogin.START), again, new MockFilterChain());
        assertThat(again.getRedirectedUrl()).isEqualTo("/login?error=sso");
        assertThat((System.nanoTime() - before) / 1_000_000)
                .as("within a minute of a failure the provider is not asked again (ms)")
                .isLessThan(200);

        MockFilterChain other = new MockFilterChain();
        check.doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(), other);
        assertThat(other.getRequest()).isNotNull();

        assertThat(settings.toString()).doesNotContain("secret");
    }
}
