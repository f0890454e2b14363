package vn.daotao.api.v1;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.daotao.api.internal.ApiProblems;

/**
 * What no API controller was chosen for (an unknown address under /api, a method or media type a call does not
 * take) also answers with problem details, not the error page; any other address is left to Spring's own answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiFallbackErrors {

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e, HttpServletRequest request) throws NoResourceFoundException {
        if (!api(request)) {
            throw e;
        }
        return ApiProblems.of(HttpStatus.NOT_FOUND, "not_found", "No such API address");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!api(request)) {
            throw e;
        }
        return ApiProblems.of(
                HttpStatus.METHOD_NOT_ALLOWED, "invalid_request", "This address does not take " + e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        if (!api(request)) {
            throw e;
        }
        return ApiProblems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "invalid_request", "The body must be application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail acceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        if (!api(request)) {
            throw e;
        }
        return ApiProblems.of(HttpStatus.NOT_ACCEPTABLE, "invalid_request", "This call answers in another format");
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
