package vn.daotao.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.Application;

/**
 * With SPRING_DATASOURCE_URL set the app uses that server and starts no embedded database. CI runs
 * this against Debian's PostgreSQL 15 (see .ci/run), passing its URL as TEST_DATASOURCE_URL.
 */
class ExternalDatabaseTest {

    @Test
    void appRunsOnAnExternalServerWithoutStartingTheEmbeddedOne() throws Exception {
        String url = System.getenv("TEST_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must provide TEST_DATASOURCE_URL (an external PostgreSQL); .ci/run starts one");
            }
            Assumptions.abort("TEST_DATASOURCE_URL not set: no external PostgreSQL to test against");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties(
                        "spring.datasource.url=" + url,
                        "spring.datasource.username="
                                + System.getenv().getOrDefault("TEST_DATASOURCE_USERNAME", "postgres"),
                        "spring.datasource.password=" + System.getenv().getOrDefault("TEST_DATASOURCE_PASSWORD", ""),
                        "server.port=0",
                        "vaadin.devmode.devTools.enabled=false")
                .run()) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_setting('server_version_num')::int")
                            .query(Integer.class)
                            .single())
                    .as("the external server, not the embedded 17")
                    .isLessThan(170000);
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                            .query(Integer.class)
                            .single())
                    .isGreaterThanOrEqualTo(5);
            assertThat(jdbc.sql("select count(*) from app_user where username in ('admin', 'truongdonvi', 'nhanvien')")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(3);

            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> health = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }
}
