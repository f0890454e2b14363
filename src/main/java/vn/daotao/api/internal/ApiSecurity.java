package vn.daotao.api.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import vn.daotao.api.ApiScope;
import vn.daotao.api.ApiTokenService;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;

/**
 * The API's own security chain, before the app's: only {@code /api/**}, stateless (no session is read or made, so
 * a signed-in browser's cookie opens nothing here), no CSRF (no cookie to ride on), the token filter, and each path's
 * scope. The app's chain knows nothing of tokens, so a token opens no page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(
            HttpSecurity http,
            ApiTokenService tokens,
            ApiRateLimit limit,
            AuditLog audit,
            ObjectProvider<SecurityContextHolderStrategy> holder)
            throws Exception {
        var strategy = (java.util.function.Supplier<SecurityContextHolderStrategy>)
                () -> holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                .addFilterAfter(new ApiCallFilter(tokens, limit, audit, strategy), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(a -> a
                        // writes first; the reads below hold for GET and HEAD alike (any method left is not mapped)
                        .requestMatchers(HttpMethod.PUT, "/api/v1/units/*", "/api/v1/people/*")
                        .hasAuthority(ApiScope.WRITE_PEOPLE.authority())
                        .requestMatchers("/api/v1/units", "/api/v1/units/*", "/api/v1/people", "/api/v1/people/*")
                        .hasAuthority(ApiScope.READ_PEOPLE.authority())
                        .requestMatchers(
                                "/api/v1/assignments",
                                "/api/v1/completions",
                                "/api/v1/completions/export",
                                "/api/v1/certificates",
                                "/api/v1/certificates/*/pdf",
                                "/api/v1/verify/*")
                        .hasAuthority(ApiScope.READ_RECORDS.authority())
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
                            Map<String, Object> details = new LinkedHashMap<>();
                            details.put("reason", "INSUFFICIENT_SCOPE");
                            details.put("method", request.getMethod());
                            details.put("path", request.getRequestURI());
                            audit.recordInOwnTransaction(AuditAction.API_REFUSED, AuditTarget.API_TOKEN, null, details);
                            ApiProblems.write(
                                    response,
                                    HttpStatus.FORBIDDEN,
                                    "insufficient_scope",
                                    "The token's scopes do not allow this call.",
                                    request.getRequestURI());
                        })
                        .authenticationEntryPoint((request, response, missing) -> ApiProblems.write(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "invalid_token",
                                "This API takes a bearer token in the Authorization header.",
                                request.getRequestURI())));
        return http.build();
    }
}
