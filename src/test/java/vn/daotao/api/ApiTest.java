package vn.daotao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/**
 * The REST API over HTTP: every endpoint with a token of each scope (allowed exactly with its scope, 403 otherwise),
 * no token, an expired and a revoked one (401), a signed-in browser's session cookie (401), a token on a page of the
 * app (the sign-in page), the rate limit (429 with Retry-After), problem details, paging, upserts with the import's
 * rules, the NDJSON export, a certificate's PDF, the audit of calls and refusals, and the OpenAPI description for
 * administrators only.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.api.rate-limit-per-minute=40")
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    private record Call(String method, String path, String body, ApiScope scope) {}

    @Test
    void everyEndpointAnswersExactlyTheTokensWithItsScope() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Fixture f = fixture(tag);
        TestSignIn.as(app, "admin");
        Map<ApiScope, String> byScope = new java.util.EnumMap<>(ApiScope.class);
        for (ApiScope scope : ApiScope.values()) {
            byScope.put(scope, token("only " + scope.value() + " " + tag, EnumSet.of(scope)));
        }
        TestSignIn.clear(app);
        List<Call> calls = List.of(
                new Call("GET", "/api/v1/units", null, ApiScope.READ_PEOPLE),
                new Call("GET", "/api/v1/units/" + f.unit, null, ApiScope.READ_PEOPLE),
                new Call(
                        "PUT",
                        "/api/v1/units/" + f.unit + "-CON",
                        "{\"name\":\"Tổ con API\",\"parentCode\":\"" + f.unit + "\"}",
                        ApiScope.WRITE_PEOPLE),
                new Call("GET", "/api/v1/people?unit=" + f.unit, null, ApiScope.READ_PEOPLE),
                new Call("GET", "/api/v1/people/" + f.employee, null, ApiScope.READ_PEOPLE),
                new Call(
                        "PUT",
                        "/api/v1/people/" + f.employee + "-MOI",
                        "{\"fullName\":\"Người Mới Qua API\",\"username\":\"moi" + tag.toLowerCase()
                                + "\",\"unitCode\":\"" + f.unit + "\"}",
                        ApiScope.WRITE_PEOPLE),
                new Call("GET", "/api/v1/assignments", null, ApiScope.READ_RECORDS),
                new Call("GET", "/api/v1/completions?unit=" + f.unit, null, ApiScope.READ_RECORDS),
                new Call("GET", "/api/v1/completions/export?unit=" + f.unit, null, ApiScope.READ_RECORDS),
                new Call("GET", "/api/v1/certificates?person=" + f.employee, null, ApiScope.READ_RECORDS),
                new Call("GET", "/api/v1/certificates/" + f.serial + "/pdf", null, ApiScope.READ_RECORDS),
                new Call("GET", "/api/v1/verify/" + f.code, null, ApiScope.READ_RECORDS));
        List<String> table = new ArrayList<>();
        for (Call call : calls) {
            for (ApiScope scope : ApiScope.values()) {
                HttpResponse<String> response = call(call.method(), call.path(), call.body(), byScope.get(scope));
                int expected = scope == call.scope() ? 200 : 403;
                table.add(call.method() + " " + call.path() + " with " + scope.value() + ": " + response.statusCode());
                assertThat(response.statusCode())
                        .as("%s %s with %s: %s", call.method(), call.path(), scope.value(), response.body())
                        .isEqualTo(expected);
                if (expected == 403) {
                    assertThat(problem(response).get("code").asString()).isEqualTo("insufficient_scope");
                }
            }
        }
        System.out.println("API endpoint x scope:\n  " + String.join("\n  ", table));
    }

    @Test
    void tokensSessionsAndPagesStayApart() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestSignIn.as(app, "admin");
        String good = token("good " + tag, EnumSet.allOf(ApiScope.class));
        String expired = token("expired " + tag, EnumSet.of(ApiScope.READ_PEOPLE));
        String revoked = token("revoked " + tag, EnumSet.of(ApiScope.READ_PEOPLE));
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where name = :n")
                .param("n", "expired " + tag)
                .update();
        long revokedId = jdbc.sql("select id from api_token where name = :n")
                .param("n", "revoked " + tag)
                .query(Long.class)
                .single();
        tokens.revoke(revokedId);
        TestSignIn.clear(app);

        // a token stops working when the administrator who made it is disabled
        jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              search_text)
                        values (:u, 'Quản Trị Tạm', :c, (select id from unit where parent_id is null order by id limit 1),
                                '{ADMIN}', 'x', 'quan tri tam')""")
                .param("u", "tmp" + tag.toLowerCase())
                .param("c", "TMP-" + tag)
                .update();
        TestSignIn.as(app, "tmp" + tag.toLowerCase());
        String makersToken = token("maker leaves " + tag, EnumSet.of(ApiScope.READ_PEOPLE));
        TestSignIn.clear(app);
        assertThat(call("GET", "/api/v1/units?size=1", null, makersToken).statusCode())
                .isEqualTo(200);
        jdbc.sql("update app_user set enabled = false where username = :u")
                .param("u", "tmp" + tag.toLowerCase())
                .update();
        assertThat(call("GET", "/api/v1/units?size=1", null, makersToken).statusCode())
                .as("its maker disabled")
                .isEqualTo(401);

        HttpResponse<String> none = call("GET", "/api/v1/units", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = problem(none);
        assertThat(problem.get("code").asString()).isEqualTo("invalid_token");
        assertThat(problem.get("type").asString()).isEqualTo("urn:daotao:problem:invalid_token");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/units", null, expired).statusCode())
                .as("expired")
                .isEqualTo(401);
        assertThat(call("GET", "/api/v1/units", null, revoked).statusCode())
                .as("revoked")
                .isEqualTo(401);
        assertThat(call("GET", "/api/v1/units", null, good + "x").statusCode())
                .as("altered")
                .isEqualTo(401);

        // a signed-in administrator's session cookie opens nothing on /api
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        HttpResponse<Void> signIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=admin&password=" + URLEncoder.encode("demo12345", StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.send(
                                HttpRequest.newBuilder(uri("/my-courses")).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("the session works on the app")
                .isEqualTo(200);
        assertThat(browser.send(
                                HttpRequest.newBuilder(uri("/api/v1/units")).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("but not on the API")
                .isEqualTo(401);
        HttpResponse<String> docs =
                browser.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode())
                .as("the OpenAPI description, for an administrator")
                .isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/people/{employeeCode}", "/api/v1/completions/export", "bearer");
        assertThat(http.send(
                                HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("not for anyone else")
                .isEqualTo(302);

        // a token opens no page of the app
        HttpResponse<Void> page = http.send(
                HttpRequest.newBuilder(uri("/my-courses"))
                        .header("Authorization", "Bearer " + good)
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("/login");

        // what no controller was chosen for still answers with problem details, and makes no session
        HttpResponse<String> unknown = call("GET", "/api/v1/nothing-here", null, good);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problem(unknown).get("code").asString()).isEqualTo("not_found");
        assertThat(unknown.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> slash = call("GET", "/api/v1/units/", null, good);
        assertThat(slash.statusCode()).isIn(403, 404);
        assertThat(slash.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> delete = call("DELETE", "/api/v1/people/X", null, good);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(problem(delete).get("code").asString()).isEqualTo("invalid_request");
        HttpResponse<String> text = http.send(
                HttpRequest.newBuilder(uri("/api/v1/people/X"))
                        .header("Authorization", "Bearer " + good)
                        .header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString("hello"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(problem(text).get("code").asString()).isEqualTo("invalid_request");
        TestSignIn.as(app, "admin");
        String recordsOnly = token("records " + tag, EnumSet.of(ApiScope.READ_RECORDS));
        TestSignIn.clear(app);
        assertThat(http.send(
                                HttpRequest.newBuilder(uri("/api/v1/people"))
                                        .header("Authorization", "Bearer " + recordsOnly)
                                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("HEAD is held to the same scope as GET")
                .isEqualTo(403);

        // paging and bad parameters
        HttpResponse<String> second = call("GET", "/api/v1/units?page=1&size=2", null, good);
        JsonNode body = JSON.readTree(second.body());
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(2);
        assertThat(body.get("items").size()).isEqualTo(2);
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(4);
        HttpResponse<String> bad = call("GET", "/api/v1/units?size=0", null, good);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(problem(bad).get("code").asString()).isEqualTo("invalid_request");
        assertThat(problem(call("GET", "/api/v1/completions?from=2026-13-01", null, good))
                        .get("code")
                        .asString())
                .isEqualTo("invalid_request");
        HttpResponse<String> missing = call("GET", "/api/v1/people/KHONG-CO-" + tag, null, good);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(problem(missing).get("code").asString()).isEqualTo("not_found");

        // the rate limit of this test's settings: 40 a minute per token
        String busy;
        TestSignIn.as(app, "admin");
        busy = token("busy " + tag, EnumSet.of(ApiScope.READ_PEOPLE));
        TestSignIn.clear(app);
        HttpResponse<String> limited = null;
        for (int i = 0; i < 45 && limited == null; i++) {
            HttpResponse<String> r = call("GET", "/api/v1/units?size=1", null, busy);
            if (r.statusCode() == 429) {
                limited = r;
            }
        }
        assertThat(limited).as("429 within 45 calls").isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(problem(limited).get("code").asString()).isEqualTo("rate_limited");
        assertThat(call("GET", "/api/v1/units?size=1", null, good).statusCode())
                .as("another token is not held back")
                .isEqualTo(200);

        // the audit log: calls with their status, refusals with their reason, never a secret
        List<String> audited = jdbc.sql("""
                        select action || ' ' || coalesce(details ->> 'reason', details ->> 'status')
                          from audit_event where action in ('API_CALL', 'API_REFUSED') and id > (
                              select max(id) - 200 from audit_event)""").query(String.class).list();
        assertThat(audited)
                .contains(
                        "API_CALL 200",
                        "API_CALL 400",
                        "API_CALL 404",
                        "API_REFUSED NO_TOKEN",
                        "API_REFUSED INVALID_TOKEN",
                        "API_REFUSED RATE_LIMITED");
        assertThat(jdbc.sql("select count(*) from audit_event where details::text like :s")
                        .param("s", "%" + good.substring(3, 20) + "%")
                        .query(Integer.class)
                        .single())
                .as("the secret is in no audit event")
                .isZero();
        assertThat(jdbc.sql("select count(*) from api_token where token_hash like :s or prefix = :whole")
                        .param("s", "%" + good.substring(3) + "%")
                        .param("whole", good)
                        .query(Integer.class)
                        .single())
                .as("nor stored as such")
                .isZero();
    }

    @Test
    void upsertsFollowTheImportRulesAndTheExportStreamsEveryCompletion() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Fixture f = fixture(tag);
        TestSignIn.as(app, "admin");
        String writer = token("writer " + tag, EnumSet.of(ApiScope.WRITE_PEOPLE, ApiScope.READ_PEOPLE));
        String reader = token("reader " + tag, EnumSet.of(ApiScope.READ_RECORDS));
        TestSignIn.clear(app);

        String body = "{\"fullName\":\"Hoàng Văn Đồng Bộ\",\"username\":\"hr" + tag.toLowerCase()
                + "\",\"email\":\"dongbo" + tag.toLowerCase()
                + "@example.vn\",\"unitCode\":\"" + f.unit + "\"}";
        assertThat(outcome(call("PUT", "/api/v1/people/HR-" + tag, body, writer)))
                .isEqualTo("CREATE");
        assertThat(outcome(call("PUT", "/api/v1/people/HR-" + tag, body, writer)))
                .isEqualTo("UNCHANGED");
        assertThat(outcome(call("PUT", "/api/v1/people/hr-" + tag, body.replace("Đồng Bộ", "Đã Đổi"), writer)))
                .as("codes match case aside")
                .isEqualTo("UPDATE");
        JsonNode person = JSON.readTree(
                call("GET", "/api/v1/people/HR-" + tag, null, writer).body());
        assertThat(person.get("fullName").asString()).isEqualTo("Hoàng Văn Đã Đổi");
        assertThat(person.get("roles").toString()).contains("EMPLOYEE");
        assertThat(jdbc.sql("select must_change_password from app_user where employee_code = :c")
                        .param("c", "HR-" + tag)
                        .query(Boolean.class)
                        .single())
                .as("no one-time password to hand out: they sign in with the directory or SSO")
                .isFalse();

        assertThat(outcome(call("PUT", "/api/v1/people/HR-" + tag, "{\"fullName\":\"Hoàng Văn Đã Đổi\"}", writer)))
                .as("fields left out keep their values")
                .isEqualTo("UNCHANGED");
        assertThat(JSON.readTree(call("GET", "/api/v1/people/HR-" + tag, null, writer)
                                .body())
                        .get("email")
                        .asString())
                .isEqualTo("dongbo" + tag.toLowerCase() + "@example.vn");
        jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              search_text)
                        values (:u, 'Quản Trị Khác', :c, (select id from unit where parent_id is null order by id limit 1),
                                '{ADMIN}', 'x', 'quan tri khac')""")
                .param("u", "adm" + tag.toLowerCase())
                .param("c", "ADM-" + tag)
                .update();
        HttpResponse<String> admin =
                call("PUT", "/api/v1/people/ADM-" + tag, "{\"email\":\"attacker@example.vn\"}", writer);
        assertThat(admin.statusCode()).as("an administrator's account").isEqualTo(422);
        assertThat(problem(admin)
                        .get("rows")
                        .get(0)
                        .get("problems")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("people.api.problem.admin");

        HttpResponse<String> refused = call(
                "PUT",
                "/api/v1/people/HR2-" + tag,
                "{\"fullName\":\"Không Có Đơn Vị\",\"unitCode\":\"KHONG-CO-" + tag + "\"}",
                writer);
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode rows = problem(refused);
        assertThat(rows.get("code").asString()).isEqualTo("rows_rejected");
        assertThat(rows.get("rows").get(0).get("problems").get(0).get("code").asString())
                .isNotBlank();
        assertThat(rows.get("rows").get(0).get("problems").get(0).get("message").asString())
                .doesNotContain("!")
                .isNotBlank();
        assertThat(jdbc.sql("select count(*) from app_user where employee_code = :c")
                        .param("c", "HR2-" + tag)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(call("PUT", "/api/v1/people/HR3-" + tag, "{not json", writer).statusCode())
                .isEqualTo(400);

        HttpResponse<String> export = call("GET", "/api/v1/completions/export?unit=" + f.unit, null, reader);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-ndjson");
        assertThat(export.headers().firstValue("X-Total-Count")).contains("1");
        List<String> lines = export.body().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.getFirst());
        assertThat(line.get("employeeCode").asString()).isEqualTo(f.employee);
        assertThat(line.get("certificateSerial").asString()).isEqualTo(f.serial);
        JsonNode page = JSON.readTree(call("GET", "/api/v1/completions?person=" + f.employee, null, reader)
                .body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(call(
                                "GET",
                                "/api/v1/completions?unit=" + f.unit + "&from="
                                        + LocalDate.now().plusDays(2),
                                null,
                                reader)
                        .body())
                .contains("\"total\":0");
        HttpResponse<byte[]> pdf = http.send(
                HttpRequest.newBuilder(uri("/api/v1/certificates/" + f.serial + "/pdf"))
                        .header("Authorization", "Bearer " + reader)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        JsonNode verified = JSON.readTree(
                call("GET", "/api/v1/verify/" + f.code, null, reader).body());
        assertThat(verified.get("status").asString()).isEqualTo("VALID");
    }

    @Test
    void anAddressThatKeepsFailingIsHeldBackWithoutFillingTheAuditLog() throws Exception {
        int before = refusalsAudited();
        // from an address of its own (127.0.0.2), so that the other tests' calls are not held back with it
        HttpClient elsewhere = HttpClient.newBuilder()
                .localAddress(java.net.InetAddress.getByName("127.0.0.2"))
                .build();
        HttpResponse<String> held = null;
        for (int i = 0; i < 70 && held == null; i++) {
            HttpResponse<String> r = elsewhere.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/units"))
                            .header("Authorization", "Bearer dt_not-a-token-" + i)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                held = r;
            }
        }
        assertThat(held).as("429 within 70 refused calls").isNotNull();
        assertThat(problem(held).get("code").asString()).isEqualTo("rate_limited");
        assertThat(refusalsAudited() - before)
                .as("at most 5 refusals a minute are audited (the loop may span two minutes)")
                .isLessThanOrEqualTo(10);
    }

    private int refusalsAudited() {
        return jdbc.sql("select count(*) from audit_event where action = 'API_REFUSED'")
                .query(Integer.class)
                .single();
    }

    private record Fixture(String unit, String employee, String serial, String code) {}

    /** A unit with one person who completed a course (a certificate with its serial and verification code). */
    private Fixture fixture(String tag) {
        String unit = "API-" + tag;
        long unitId = jdbc.sql("insert into unit (code, name) values (:c, 'Phòng API') returning id")
                .param("c", unit)
                .query(Long.class)
                .single();
        String username = "api" + tag.toLowerCase();
        jdbc.sql("""
                        insert into app_user (username, full_name, employee_code, unit_id, roles, password_hash,
                                              search_text)
                        values (:u, 'Vũ Thị Giao Diện', :c, :unit, '{EMPLOYEE}', 'x', 'vu thi giao dien')""")
                .param("u", username)
                .param("c", "NV-" + tag)
                .param("unit", unitId)
                .update();
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", username);
        TestSignIn.as(app, username);
        TestCourses.pass(learner, quiz, jdbc, course, 0);
        TestSignIn.clear(app);
        var certificate = jdbc.sql("""
                        select serial, verification_code from certificate
                         where user_id = (select id from app_user where username = :u)""")
                .param("u", username)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        return new Fixture(unit, "NV-" + tag, certificate[0], certificate[1]);
    }

    private String token(String name, Set<ApiScope> scopes) {
        return tokens.create(name, List.copyOf(scopes), LocalDate.now().plusDays(30))
                .secret();
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String outcome(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("outcome").asString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
