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
import vn.daotao.security.ui.LoginView;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            JdbcClient jdbc,
            ObjectProvider<SecurityContextHolderStrategy> holder,
            @org.springframework.beans.factory.annotation.Value("${app.public-url:http://localhost:8080}")
                    String publicUrl)
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
                // Downloads: any signed-in person; the services decide whose file it is (and audit refusals).
                .requestMatchers("/files/**")
                .authenticated());
        http.headers(headers -> headers.contentTypeOptions(c -> {})
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
        // Vaadin denies any address that is not one of its routes (a blank 403 from the browser); signed in,
        // such an address goes to the app instead, whose own "not found" page answers with a way home.
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).anyRequest(url -> url.authenticated()))
                .build();
    }

    /** bcrypt by default; the {id} prefix lets stronger encoders take over later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(
            JdbcClient jdbc, LoginThrottle throttle, PasswordEncoder encoder, vn.daotao.audit.AuditLog audit) {
        ThrottledAuthenticationProvider provider =
                new ThrottledAuthenticationProvider(new AccountDetailsService(jdbc), throttle, audit);
        provider.setPasswordEncoder(new EqualTimePasswordEncoder(encoder));
        return provider;
    }
}
