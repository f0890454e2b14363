package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.e2e.pages.AccessDeniedPage;
import vn.daotao.e2e.pages.LoginPage;
import vn.daotao.e2e.pages.UnitPage;

class AccessControlIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void employeeIsDeniedAdminAndUnitPagesAndEachDenialIsAudited() {
        openLogin().signInAs("nhanvien", DEMO_PASSWORD);
        long before = deniedCount("nhanvien");
        for (String path : new String[] {"/admin", "/unit", "/admin/audit"}) {
            open(path);
            AccessDeniedPage denied = new AccessDeniedPage(driver);
            assertThat(denied.message()).contains("Bạn không có quyền xem nội dung này");
        }
        screenshot("denied-nhanvien");
        assertThat(deniedCount("nhanvien") - before).isEqualTo(3);
    }

    @Test
    void unitHeadSeesOwnSubtreeButNotAdministration() {
        openLogin().signInAs("truongdonvi", DEMO_PASSWORD);
        open("/unit");
        UnitPage unit = new UnitPage(driver);
        assertThat(unit.subUnitsText())
                .contains("Tổ Hành chính - Tổng hợp")
                .doesNotContain("Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính");
        assertThat(unit.stat("assigned")).isEqualTo("11");
        screenshot("unit-truongdonvi");
        open("/admin");
        new AccessDeniedPage(driver);
    }

    @Test
    void signedOutVisitorIsSentToLogin() {
        open("/admin");
        assertThat(new LoginPage(driver).currentPath()).isEqualTo("/login");
    }

    @Test
    void stylesAndImagesLoadSignedOutSoTheLoginPageIsStyled() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/styles/app.css", "/images/logo.svg"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private long deniedCount(String username) {
        return jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor_username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
