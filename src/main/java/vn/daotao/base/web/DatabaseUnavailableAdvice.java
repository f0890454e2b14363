package vn.daotao.base.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.daotao.base.db.DatabaseUnavailable;

/**
 * A page or file that needs the database while it cannot be reached (restarting, network): 503 with a Vietnamese
 * "try again" page and Retry-After, never a stack trace. Other database errors are bugs and go on to the error
 * handling as before.
 */
@RestControllerAdvice
class DatabaseUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

    static final String PAGE = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Hệ thống tạm thời gián đoạn</title><link rel="stylesheet" href="/styles/error.css"></head>
            <body><main><h1>Hệ thống tạm thời gián đoạn</h1>
            <p>Hệ thống tạm thời gián đoạn, vui lòng thử lại sau ít phút. Dữ liệu đã lưu của bạn không bị mất.</p>
            <p><a href="">Thử lại</a></p></main></body></html>""";

    /** A query that failed, or a transaction that could not even begin (the first thing a service does). */
    @ExceptionHandler({DataAccessException.class, org.springframework.transaction.TransactionException.class})
    ResponseEntity<String> unavailable(RuntimeException e) {
        if (!DatabaseUnavailable.is(e)) {
            throw e;
        }
        log.warn(
                "Database unavailable: {}",
                org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e)
                        .getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "10")
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(PAGE);
    }
}
