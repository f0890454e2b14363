package vn.daotao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in posts sent from another site (login CSRF: a page elsewhere posting the attacker's name and
 * password to sign the victim's browser into the attacker's account). The sign-in form is exempt from the
 * CSRF token, so its {@code Origin} header (else its {@code Referer}) must name this application: the address
 * the request came to, or the configured public address. A post with neither header is let through: every
 * browser sends {@code Origin} with a cross-site form post, and tools that send neither are not browsers
 * whose session could be hijacked.
 */
final class LoginOriginFilter extends OncePerRequestFilter {

    private final String publicOrigin;

    LoginOriginFilter(String publicUrl) {
        this.publicOrigin = origin(publicUrl);
    }

    /** The same matching as the sign-in filter's (decoded path), so that "/%6cogin" cannot slip past. */
    private static final org.springframework.security.web.util.matcher.RequestMatcher SIGN_IN =
            org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                    .matcher(org.springframework.http.HttpMethod.POST, "/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String claimed = request.getHeader("Origin");
        if (claimed == null) {
            claimed = origin(request.getHeader("Referer"));
        }
        if (claimed != null && !claimed.equals(ownOrigin(request)) && !claimed.equals(publicOrigin)) {
            // a plain answer, not sendError: the error page would go through the chain again and redirect
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Yêu cầu đăng nhập từ trang khác bị từ chối.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme().toLowerCase(java.util.Locale.ROOT) + "://"
                + request.getServerName().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** "scheme://host[:port]" of an address, or "null"-safe nothing when it is not one. */
    static String origin(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "invalid";
            }
            String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
