package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.daotao.base.i18n.AppI18NProvider;

/** Requests per address and minute to the sign-in page and the public check. */
class PublicPageLimitTest {

    private final LoginThrottleTest.MutableClock clock =
            new LoginThrottleTest.MutableClock(java.time.Instant.parse("2026-05-25T08:00:10Z"));
    private final PublicPageLimit limit = new PublicPageLimit(3, clock, new AppI18NProvider());
    private final AtomicInteger served = new AtomicInteger();

    @Test
    void anAddressBeyondTheLimitWaitsForTheNextMinuteOthersAreServed() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(request("/verify/abc", "203.0.113.7").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request("/login", "203.0.113.7");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("50");
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Quá nhiều yêu cầu", "<html lang=\"vi\"");
        assertThat(served).hasValue(3);

        assertThat(request("/login", "198.51.100.2").getStatus())
                .as("another address")
                .isEqualTo(200);
        assertThat(request("/verify/abc", "2001:db8:aa:bb::1").getStatus()).isEqualTo(200);
        assertThat(request("/my-courses", "203.0.113.7").getStatus())
                .as("pages after signing in are not counted here")
                .isEqualTo(200);

        clock.advance(Duration.ofSeconds(50));
        assertThat(request("/login", "203.0.113.7").getStatus())
                .as("a new minute")
                .isEqualTo(200);
    }

    @Test
    void anIpv6NetworkIsOneAddress() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertThat(request("/login", "2001:db8:aa:bb::" + i).getStatus()).isEqualTo(200);
        }
        assertThat(request("/login", "2001:db8:aa:bb::99").getStatus()).isEqualTo(429);
    }

    @Test
    void anEncodedAddressIsTheSamePage() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(request("/%6cogin", "203.0.113.9").getStatus()).isEqualTo(200);
        }
        assertThat(request("/%76erify/abc", "203.0.113.9").getStatus()).isEqualTo(429);
    }

    @Test
    void aFloodOfAddressesSharesOneCountBeyondTheCap() throws Exception {
        for (int i = 0; i < PublicPageLimit.MAX_ADDRESSES; i++) {
            request("/login", "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        for (int i = 0; i < 3; i++) {
            assertThat(request("/login", "198.18.0." + i).getStatus()).isEqualTo(200);
        }
        assertThat(request("/login", "198.18.1.1").getStatus())
                .as("addresses beyond the cap share one count")
                .isEqualTo(429);
        clock.advance(Duration.ofMinutes(1));
        assertThat(request("/login", "198.18.1.1").getStatus())
                .as("the next minute forgets the flood")
                .isEqualTo(200);
    }

    private MockHttpServletResponse request(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, (req, res) -> served.incrementAndGet());
        return response;
    }
}
