package vn.daotao.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.daotao.api.ApiTokenRow;
import vn.daotao.api.ApiTokenService;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;

/**
 * The API's way in: the bearer token of {@code Authorization} (nothing else: no session, no cookie) becomes the
 * call's authentication; a missing, unknown, expired or revoked one is answered 401 here; a token over its rate
 * limit 429 with {@code Retry-After}. Every call that got this far is audited with its method, path and status once
 * it is answered, every refusal with its reason.
 */
final class ApiCallFilter extends OncePerRequestFilter {

    /** Refused calls an address may make in a minute before it is answered 429 without any database work. */
    private static final int REFUSALS_PER_MINUTE = 30;
    /** Of those, how many are audited (the audit log is kept for good: a loop must not fill it). */
    private static final int AUDITED_REFUSALS_PER_MINUTE = 5;

    private final MinuteCounts refusals = new MinuteCounts();
    private final MinuteCounts limitedTokens = new MinuteCounts();
    private final ApiTokenService tokens;
    private final ApiRateLimit limit;
    private final AuditLog audit;
    private final Supplier<SecurityContextHolderStrategy> holder;

    ApiCallFilter(
            ApiTokenService tokens,
            ApiRateLimit limit,
            AuditLog audit,
            Supplier<SecurityContextHolderStrategy> holder) {
        this.tokens = tokens;
        this.limit = limit;
        this.audit = audit;
        this.holder = holder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String secret = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
        String address = vn.daotao.security.ClientAddress.key(request.getRemoteAddr());
        int refusedBefore = refusals.count(address);
        if (refusedBefore >= REFUSALS_PER_MINUTE) {
            // an address that keeps failing: answered without a database call and without an audit row each time
            response.setHeader("Retry-After", "60");
            ApiProblems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate_limited",
                    "Too many refused calls from this address; try again in a minute.",
                    request.getRequestURI());
            return;
        }
        Optional<ApiTokenRow> token = secret == null ? Optional.empty() : tokens.authenticate(secret);
        if (token.isEmpty()) {
            refusals.add(address);
            if (refusedBefore < AUDITED_REFUSALS_PER_MINUTE) {
                refused(request, null, secret == null ? "NO_TOKEN" : "INVALID_TOKEN", 401);
            }
            response.setHeader("WWW-Authenticate", "Bearer");
            ApiProblems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "invalid_token",
                    secret == null
                            ? "This API takes a bearer token in the Authorization header."
                            : "The token is unknown, expired or revoked.",
                    request.getRequestURI());
            return;
        }
        ApiAuthentication authentication = new ApiAuthentication(token.get());
        long wait = limit.acquire(authentication.tokenId(), System.nanoTime());
        if (wait > 0) {
            if (limitedTokens.count("t" + authentication.tokenId()) == 0) {
                refused(request, authentication.tokenId(), "RATE_LIMITED", 429);
            }
            limitedTokens.add("t" + authentication.tokenId());
            response.setHeader("Retry-After", String.valueOf(wait));
            ApiProblems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "rate_limited",
                    "Too many calls with this token; try again in " + wait + " s.",
                    request.getRequestURI());
            return;
        }
        SecurityContextHolderStrategy strategy = holder.get();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", request.getMethod());
            details.put("path", request.getRequestURI());
            if (request.getQueryString() != null) {
                details.put("query", request.getQueryString());
            }
            details.put("status", response.getStatus());
            audit.recordAsInOwnTransaction(
                    authentication.getName(),
                    AuditAction.API_CALL,
                    AuditTarget.API_TOKEN,
                    authentication.tokenId(),
                    details);
        }
    }

    /** Counts per key in the current minute; keys of earlier minutes are dropped as the minute turns. */
    static final class MinuteCounts {
        private final java.util.concurrent.ConcurrentHashMap<String, long[]> counts =
                new java.util.concurrent.ConcurrentHashMap<>();
        private volatile long minute;

        int count(String key) {
            long[] c = counts.get(key);
            return c == null || c[0] != now() ? 0 : (int) c[1];
        }

        void add(String key) {
            long current = now();
            if (current != minute) {
                minute = current;
                counts.values().removeIf(c -> c[0] != current);
            }
            counts.compute(
                    key,
                    (k, c) -> c == null || c[0] != current ? new long[] {current, 1} : new long[] {current, c[1] + 1});
        }

        private static long now() {
            return System.currentTimeMillis() / 60_000;
        }
    }

    private void refused(HttpServletRequest request, Long tokenId, String reason, int status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", reason);
        details.put("method", request.getMethod());
        details.put("path", request.getRequestURI());
        details.put("status", status);
        audit.recordAsInOwnTransaction(null, AuditAction.API_REFUSED, AuditTarget.API_TOKEN, tokenId, details);
    }
}
