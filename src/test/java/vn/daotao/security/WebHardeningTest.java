package vn.daotao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, over real HTTP: a sign-in post from another site is refused (login CSRF), session ids never
 * appear in addresses, and a forged Host header does not steer redirects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSignInPostFromAnotherSiteIsRefusedAndOneFromHereWorks() throws Exception {
        HttpResponse<String> forged = signIn("https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(signIn("https://evil.example", "/%6cogin").statusCode())
                .as("an encoded path is the same sign-in address")
                .isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie"))
                .as("no session is made for it")
                .noneMatch(c -> c.startsWith("JSESSIONID"));

        HttpResponse<String> own = signIn("http://localhost:" + port);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(302);
        assertThat(own.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void sessionIdsTravelInCookiesOnly() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/VAADIN/"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aForgedHostHeaderDoesNotSteerTheRedirect() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /my-courses HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            String location = null;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                if (line.toLowerCase().startsWith("location:")) {
                    location = line.substring("location:".length()).strip();
                }
            }
            assertThat(status).contains(" 302 ");
            assertThat(location).isNotNull().doesNotContain("evil.example").startsWith("/");
        }
    }

    @Test
    void nobodyGetsASessionBeforeSigningIn() throws Exception {
        for (String path :
                new String[] {"/login", "/login?error", "/verify/KhongCoMaNayTrongHeThong1", "/", "/my-courses"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(path + " answered " + response.statusCode())
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(get("/login", null).body()).contains("id=\"login-form\"", "Tên đăng nhập", "Mật khẩu");
        assertThat(get("/verify/KhongCoMaNayTrongHeThong1", null).statusCode()).isEqualTo(404);

        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=vp0003&password=sai-mat-khau"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.headers().firstValue("Location")).hasValue("/login?error");
        assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        HttpResponse<String> again = get("/login?error", null);
        assertThat(again.body())
                .as(again.statusCode() + " " + again.headers().map())
                .contains("id=\"login-error\"", "Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void filesOfDownloadLinksGetASandboxAndPagesThePolicy() throws Exception {
        assertThat(get("/VAADIN/dynamic/resource/1/abc/report.csv", null)
                        .headers()
                        .allValues("Content-Security-Policy"))
                .containsExactly("sandbox");
        assertThat(get("/login", null).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(get("/login", null).headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only in production")
                .isEmpty();
    }

    @Test
    void theAddressAskedForBeforeSigningInIsOpenedAfterwards() throws Exception {
        HttpResponse<String> asked = get("/my-courses", null);
        assertThat(asked.statusCode()).isEqualTo(302);
        String saved = asked.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("REDIRECT_URI="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", saved)
                        .POST(HttpRequest.BodyPublishers.ofString("username=kh0001&password=demo12345"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/my-courses"));
    }

    @Test
    void pagesTellNoFrameworkVersions() throws Exception {
        HttpResponse<String> signedIn = signIn("http://localhost:" + port);
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
        String vaadin = com.vaadin.flow.server.Version.getFullVersion();
        for (HttpResponse<String> page :
                List.of(get("/", session), get("/login", null), get("/khong-ton-tai", session))) {
            assertThat(page.body()).as(page.uri().toString()).doesNotContain(vaadin, "Tomcat", "Spring Boot");
            assertThat(page.headers().firstValue("Server")).isEmpty();
            assertThat(page.headers().firstValue("X-Powered-By")).isEmpty();
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String origin) throws Exception {
        return signIn(origin, "/login");
    }

    private HttpResponse<String> signIn(String origin, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString("username=nhanvien&password=demo12345"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
