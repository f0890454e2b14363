package vn.daotao.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.daotao.base.AccessDenials;

/** A file download refused by a service (someone else's certificate or attachment by id): 403, audited. */
@RestControllerAdvice
class AccessDeniedAdvice {

    private final AccessDenials denials;

    AccessDeniedAdvice(AccessDenials denials) {
        this.denials = denials;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e, HttpServletRequest request) {
        denials.downloadRefused(request.getRequestURI(), String.valueOf(e.getMessage()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(MediaType.TEXT_HTML)
                .body("""
                        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Không có quyền truy cập</title>
                        <link rel="stylesheet" href="/styles/error.css"></head><body><main>
                        <h1>Không có quyền truy cập</h1>
                        <p>Bạn không có quyền tải tệp này. Lần truy cập đã được ghi lại.</p>
                        <p><a href="/">Về trang chủ</a></p></main></body></html>""");
    }
}
