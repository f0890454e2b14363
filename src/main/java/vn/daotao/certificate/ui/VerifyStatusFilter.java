package vn.daotao.certificate.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.daotao.certificate.CertificateService;

/**
 * Gives the public check page of an unknown or malformed code the HTTP status 404, so that scanners
 * and scripts see "not found" too; Vaadin still renders the Vietnamese "not found" page as the body.
 */
@Component
class VerifyStatusFilter extends OncePerRequestFilter {

    private static final String PREFIX = "/verify/";
    private final CertificateService certificates;

    VerifyStatusFilter(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !request.getRequestURI().startsWith(PREFIX)
                || request.getQueryString() != null && request.getQueryString().contains("v-r=");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String code = request.getRequestURI().substring(PREFIX.length());
        if (certificates.verify(code).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int status) {
                // keep the 404
            }
        });
    }
}
