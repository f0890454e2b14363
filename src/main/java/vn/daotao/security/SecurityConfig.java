package vn.daotao.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import vn.daotao.security.ui.LoginFailures;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties({
    DirectoryProperties.class,
    SsoProperties.class
})
// @PreAuthorize on services. Not JSR-250: the views carry @RolesAllowed / @PermitAll as Vaadin route rules, and
// with JSR-250 method security every view became a proxy on every navigation (40% of the CPU under load, issue 14).
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            JdbcClient jdbc,
            ObjectProvider<SecurityContextHolderStrategy> holder,
            @org.springframework.beans.factory.annotation.Value("${app.public-url:http://localhost:8080}")
                    String publicUrl,
            @org.springframework.beans.factory.annotation.Value("${app.security.hsts:false}") boolean hsts,
            com.vaadin.flow.spring.security.VaadinDefaultRequestCache requestCache,
            PublicPageLimit publicPageLimit,
            SsoProperties ssoSettings,
            vn.daotao.audit.AuditLog audit,
            PasswordEncoder encoder)
            throws Exception {
        http.addFilterBefore(
                new LoginOriginFilter(publicUrl),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(
                new AccountRefreshFilter(
                        jdbc, () -> holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                // The app's stylesheet and images must load on the login page and the public check page.
                .requestMatchers("/styles/**", "/images/**", "/favicon.ico")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // The sign-in page with any reason in its address (?error=locked), plain HTML without a session.
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/login")
                .permitAll()
                // The public certificate check (plain HTML, no session), where a certificate's QR code points.
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/verify/*")
                .permitAll()
                // The REST API's description and Swagger UI: administrators only (the API itself has its own chain).
                .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .hasRole("ADMIN")
                // Downloads: any signed-in person; the services decide whose file it is (and audit refusals).
                .requestMatchers("/files/**")
                .authenticated());
        http.headers(headers -> {
            headers.contentTypeOptions(c -> {})
                    .referrerPolicy(r -> r.policy(
                            org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .SAME_ORIGIN))
                    .addHeaderWriter(new ContentSecurityPolicy());
            // HSTS in production on every response, not only on requests the app itself saw as HTTPS: behind a
            // TLS-terminating proxy it sees HTTP. Browsers ignore the header on plain HTTP.
            if (hsts) {
                headers.httpStrictTransportSecurity(
                        h -> h.requestMatcher(org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE)
                                .maxAgeInSeconds(31_536_000)
                                .includeSubDomains(true));
            } else {
                headers.httpStrictTransportSecurity(h -> h.disable());
            }
        });
        // Vaadin denies any address that is not one of its routes (a blank 403 from the browser); signed in,
        // such an address goes to the app instead, whose own "not found" page answers with a way home.
        // A refused sign-in and the page asked for before signing in are kept in the address and a cookie, not in a
        // session: nobody gets a server session before signing in (the sign-in page is plain HTML,
        // LoginPageController).
        http.formLogin(form -> form.loginPage("/login").permitAll().failureHandler(new LoginFailures()));
        requestCache.setDelegateRequestCache(new org.springframework.security.web.savedrequest.CookieRequestCache());
        // single sign-on beside the form (README "Single sign-on"), when configured
        SsoLogin sso = ssoSettings.enabled()
                ? new SsoLogin(
                        ssoSettings,
                        jdbc,
                        audit,
                        encoder,
                        () -> holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy))
                : null;
        if (sso != null) {
            sso.configure(http, requestCache);
        }
        // after the header writer: a 429 carries the same security headers as any page
        http.addFilterAfter(publicPageLimit, org.springframework.security.web.header.HeaderWriterFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    vaadin.loginView("/login").anyRequest(url -> url.authenticated());
                    if (sso != null) {
                        vaadin.addLogoutHandler(sso.keepIdToken()).logoutSuccessHandler(sso.afterLogout());
                    }
                })
                .build();
    }

    /** The request limit runs in the security chain only, not a second time as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<PublicPageLimit> publicPageLimitRegistration(
            PublicPageLimit limit) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(limit);
        registration.setEnabled(false);
        return registration;
    }

    /** bcrypt by default; the {id} prefix lets stronger encoders take over later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(
            JdbcClient jdbc,
            LoginThrottle throttle,
            PasswordEncoder encoder,
            vn.daotao.audit.AuditLog audit,
            DirectoryProperties directory) {
        ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(
                new AccountDetailsService(jdbc),
                throttle,
                audit,
                directory.enabled() ? new DirectoryPasswords(directory) : null,
                jdbc);
        provider.setPasswordEncoder(new EqualTimePasswordEncoder(encoder));
        return provider;
    }
}
