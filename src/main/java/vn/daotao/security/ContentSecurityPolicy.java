package vn.daotao.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every response. Pages get the narrowest policy Vaadin's client engine
 * runs under (its bootstrap is an inline script and it evaluates the expressions the server sends, hence
 * {@code 'unsafe-inline' 'unsafe-eval'} for scripts and inline styles; everything else only from this
 * origin), never inside another site's frame. The files of Vaadin download links get {@code sandbox}: a file
 * that a browser takes for a page runs no script with the app's origin. Files under {@code /files/} get
 * theirs from {@link vn.daotao.base.web.Downloads}, which knows whether a PDF is shown inline (browsers
 * refuse to run their PDF viewer in a sandbox, so such a PDF keeps the pages' policy).
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";

    static final String PAGES = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String FILES = "sandbox";

    /** Vaadin serves the files of its download links (and takes uploads) under this path. */
    private static final String VAADIN_FILES = "/VAADIN/dynamic/resource/";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER)) {
            return;
        }
        // decoded, as Vaadin reads it: /VAADIN/%64ynamic/... is a download too
        String path = new org.springframework.web.util.UrlPathHelper().getPathWithinApplication(request);
        response.setHeader(HEADER, path.startsWith(VAADIN_FILES) ? FILES : PAGES);
    }
}
