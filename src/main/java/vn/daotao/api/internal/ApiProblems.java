package vn.daotao.api.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details of the API, in English, each with a stable {@code code} (also the last part of its
 * {@code type}) that clients can rely on: {@code invalid_token}, {@code insufficient_scope}, {@code rate_limited},
 * {@code not_found}, {@code invalid_request}, {@code rows_rejected}, {@code unavailable}.
 */
public final class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {}

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:daotao:problem:" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return problem;
    }

    /** Written by the security chain itself (before any controller): same shape as the controllers' problems. */
    static void write(HttpServletResponse response, HttpStatus status, String code, String detail, String instance)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:daotao:problem:" + code);
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        body.put("code", code);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
