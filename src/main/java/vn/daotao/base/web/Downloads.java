package vn.daotao.base.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * File responses: correct type, a UTF-8 file name, no caching by shared proxies. Returning a Resource
 * lets Spring answer HTTP Range requests, so videos can seek.
 */
public final class Downloads {

    private static final Set<String> INLINE = Set.of("application/pdf", "image/png", "image/jpeg", "video/mp4");

    private Downloads() {}

    public static ResponseEntity<Resource> file(
            byte[] content, String contentType, String fileName, boolean forceDownload) {
        return file(new ByteArrayResource(content), contentType, fileName, forceDownload);
    }

    /** The same for content read as it is sent; {@code content} must know its length, or ranges cannot be served. */
    public static ResponseEntity<Resource> file(
            Resource content, String contentType, String fileName, boolean forceDownload) {
        boolean inline = !forceDownload && INLINE.contains(contentType);
        boolean inlinePdf = inline && contentType.equals("application/pdf");
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8)
                .build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!inlinePdf) {
            // A file never runs script with the app's origin; a PDF shown inline keeps the pages' policy,
            // as browsers refuse to run their PDF viewer in a sandbox.
            response.header("Content-Security-Policy", "sandbox");
        }
        return response.contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
