package vn.daotao.security;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.daotao.base.web.PublicPage;

/**
 * Requests per client address and minute to the pages anyone may open without signing in: the sign-in page and
 * its form, and the public certificate check. Beyond the limit the answer is 429 with a Vietnamese page and
 * {@code Retry-After}. Counted in this node's memory (a flood is stopped where it lands; with two nodes an address
 * gets at most twice the limit), in one-minute windows; the map forgets past windows as it grows. The default is
 * generous because a whole office often reaches the server through one address: 600 a minute lets 300 people
 * behind it open the form and sign in within a minute, while one machine cannot hammer the database with checks.
 * Registered only in the security filter chain ({@link SecurityConfig}), not as a servlet filter of its own.
 */
@Component
public class PublicPageLimit extends OncePerRequestFilter {

    /**
     * At most this many addresses are counted one by one (about 100 bytes each); beyond it, addresses new in the
     * minute share one count, so a flood of forged or rotating addresses can neither fill the memory nor escape
     * the limit. Past windows are forgotten once a minute.
     */
    static final int MAX_ADDRESSES = 100_000;

    static final String OVERFLOW = "(others)";
    private static final org.springframework.web.util.UrlPathHelper PATHS =
            new org.springframework.web.util.UrlPathHelper();

    private final int perMinute;
    private final Clock clock;
    private final I18NProvider i18n;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong sweptMinute = new java.util.concurrent.atomic.AtomicLong();

    PublicPageLimit(
            @Value("${app.security.public-requests-per-minute:600}") int perMinute, Clock clock, I18NProvider i18n) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.i18n = i18n;
    }

    private record Window(long minute, AtomicInteger count) {}

    /** The decoded path, as Spring Security and Spring MVC match it: {@code /%6cogin} is {@code /login}. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        // the single sign-on's start and return make a session for the provider's answer: counted like the sign-in
        return !(path.equals("/login")
                || path.startsWith("/verify/")
                || path.startsWith("/oauth2/authorization/")
                || path.startsWith("/login/oauth2/code/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        long minute = now / 60_000;
        long swept = sweptMinute.get();
        if (swept < minute && sweptMinute.compareAndSet(swept, minute)) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        String address = ClientAddress.key(request.getRemoteAddr());
        if (windows.size() >= MAX_ADDRESSES && !windows.containsKey(address)) {
            address = OVERFLOW;
        }
        Window window = windows.compute(
                address,
                (key, current) -> current == null || current.minute() != minute
                        ? new Window(minute, new AtomicInteger())
                        : current);
        if (window.count().incrementAndGet() <= perMinute) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, (minute + 1) * 60 - now / 1000);
        PublicPage page = new PublicPage(i18n, request);
        ResponseEntity<String> body = page.respond(
                429,
                page.text("error.tooMany.title"),
                "error-view",
                "<div class=\"error-card\"><h1>" + page.t("error.tooMany.title") + "</h1><p>"
                        + page.t("error.tooMany.message") + "</p></div>");
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] bytes = body.getBody().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
