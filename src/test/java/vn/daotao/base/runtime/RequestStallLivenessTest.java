package vn.daotao.base.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestPropertySource;

/**
 * The real server with one request thread and the management endpoints on their own port: while that
 * thread hangs, liveness answers DOWN from the management port; once it is free, UP again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "server.tomcat.threads.max=1",
            "server.tomcat.threads.min-spare=1",
            "management.server.port=0",
            "app.health.request-stall-after=2s",
            "app.health.request-check-interval=200ms"
        })
class RequestStallLivenessTest {

    private static final CountDownLatch release = new CountDownLatch(1);
    private static final CountDownLatch entered = new CountDownLatch(1);

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Value("${local.management.port}")
    int managementPort;

    @Test
    void livenessSaysDownWhileTheRequestThreadsTakeNoWorkAndUpAfterwards() throws Exception {
        assertThat(waitForLiveness(200, Duration.ofSeconds(10))).isEqualTo(200);

        CompletableFuture<HttpResponse<Void>> stuck = http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/stall-test"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(entered.await(10, TimeUnit.SECONDS))
                .as("the only request thread is taken")
                .isTrue();
        assertThat(waitForLiveness(503, Duration.ofSeconds(15)))
                .as("liveness DOWN during the stall")
                .isEqualTo(503);

        release.countDown();
        assertThat(stuck.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(204);
        assertThat(waitForLiveness(200, Duration.ofSeconds(15)))
                .as("liveness UP again")
                .isEqualTo(200);
    }

    /** The liveness status once it is {@code wanted}; fails when it is not within {@code within}. */
    private int waitForLiveness(int wanted, Duration within) {
        return Awaitility.await()
                .atMost(within)
                .pollInterval(Duration.ofMillis(100))
                .until(this::liveness, status -> status == wanted);
    }

    private int liveness() throws Exception {
        return http.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + managementPort + "/actuator/health/liveness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @TestConfiguration
    static class StallingRequest {
        /** Ahead of security: holds the request thread on /stall-test until the test releases it. */
        @Bean
        FilterRegistrationBean<Filter> stallingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                entered.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ((jakarta.servlet.http.HttpServletResponse) response).setStatus(204);
            });
            registration.addUrlPatterns("/stall-test");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
