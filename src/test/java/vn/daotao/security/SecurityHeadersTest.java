package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The headers every response carries. Production sends HSTS even when the app sees plain HTTP (TLS ends at
 * the proxy); the browser tests check that Vaadin runs under the policy (no violation in the console), and
 * {@link WebHardeningTest} that the files of download links get a sandbox.
 */
@SpringBootTest(properties = "app.security.hsts=true")
class SecurityHeadersTest {

    @Autowired
    WebApplicationContext web;

    @Test
    void pagesGetThePolicyAndProductionSendsHsts() throws Exception {
        MockMvc mvc =
                MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        MockHttpServletResponse login = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(login.getHeaders("Content-Security-Policy"))
                .as("the sign-in page runs no script: the strictest policy")
                .containsExactly(vn.daotao.base.web.PublicPage.POLICY);
        assertThat(vn.daotao.base.web.PublicPage.POLICY).contains("default-src 'none'", "frame-ancestors 'none'");
        MockHttpServletResponse app =
                mvc.perform(get("/my-courses")).andReturn().getResponse();
        assertThat(app.getHeaders("Content-Security-Policy")).containsExactly(ContentSecurityPolicy.PAGES);
        assertThat(ContentSecurityPolicy.PAGES)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                .doesNotContain("*", "http:", "https:");
        assertThat(login.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
    }
}
