package vn.daotao.api.v1;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.Serial;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.daotao.api.internal.ApiProblems;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.db.DatabaseUnavailable;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.organisation.PeopleImportService;

/** Every failure of /api/v1 as RFC 9457 problem details in English, with a stable {@code code}. */
@RestControllerAdvice(assignableTypes = ApiV1Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final I18NProvider i18n;

    ApiErrors(I18NProvider i18n) {
        this.i18n = i18n;
    }

    static final class NotFound extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    static final class Invalid extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    static final class Busy extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    @ExceptionHandler(Busy.class)
    org.springframework.http.ResponseEntity<ProblemDetail> busy(Busy e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", "30")
                .body(ApiProblems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", e.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ApiProblems.of(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler({
        Invalid.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        HttpMessageNotReadableException.class
    })
    ProblemDetail invalid(Exception e) {
        String detail = e instanceof Invalid
                ? e.getMessage()
                : e instanceof MethodArgumentTypeMismatchException m
                        ? "Bad value for '" + m.getName() + "'"
                        : e instanceof HttpMessageNotReadableException
                                ? "The body is not the JSON this call takes"
                                : e.getMessage();
        return ApiProblems.of(HttpStatus.BAD_REQUEST, "invalid_request", detail);
    }

    @ExceptionHandler(PeopleImportService.Rejected.class)
    ProblemDetail rejected(PeopleImportService.Rejected e) {
        ProblemDetail problem = ApiProblems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "rows_rejected",
                "The people import's rules refuse this; nothing was written.");
        List<Map<String, Object>> rows = e.report().lines().stream()
                .filter(l -> !l.ok())
                .map((ImportLine l) -> Map.<String, Object>of(
                        "kind",
                        l.kind().name(),
                        "code",
                        l.code() == null ? "" : l.code(),
                        "problems",
                        l.problems().stream()
                                .map(p -> Map.of(
                                        "code",
                                        p.key(),
                                        "message",
                                        i18n.getTranslation(
                                                p.key(),
                                                Locale.ENGLISH,
                                                p.args().toArray())))
                                .toList()))
                .toList();
        problem.setProperty("rows", rows);
        return problem;
    }

    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e) {
        ProblemDetail problem = ApiProblems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "rows_rejected",
                i18n.getTranslation(e.getMessage(), Locale.ENGLISH, e.args()));
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ApiProblems.of(HttpStatus.FORBIDDEN, "insufficient_scope", "The token's scopes do not allow this call.");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException e) {
        if (DatabaseUnavailable.is(e)) {
            return ApiProblems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "The database is away; try again.");
        }
        log.error("API call failed", e);
        return ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "The call failed on the server.");
    }
}
