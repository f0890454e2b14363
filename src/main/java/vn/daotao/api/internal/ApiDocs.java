package vn.daotao.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI 3 description of /api/v1 (at /v3/api-docs; Swagger UI at /swagger-ui.html, administrators only). */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("Đào tạo bắt buộc: REST API for HR systems")
                        .version("v1")
                        .description("Units and people (read; create or update by code with the people import's"
                                + " rules), assignments, completions (paged and as an NDJSON export), certificates"
                                + " and their PDF, verification by code. Bearer tokens made by administrators"
                                + " (scopes read:people, write:people, read:records); errors are RFC 9457 problem"
                                + " details with a stable 'code'; 429 with Retry-After over the rate limit."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token, dt_...")));
    }
}
