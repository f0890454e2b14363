package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.daotao.e2e.pages.AdminDirectoryPage;

/** An administrator syncs units and people from an LDAP directory (in-memory, started here) in the browser. */
class DirectorySyncIT extends BrowserTestBase {

    private static final String BASE = "dc=bo,dc=test";
    private static final String RUN =
            UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 5);
    private static final InMemoryDirectoryServer LDAP = start();

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        vn.daotao.security.TestDirectory.register(registry, LDAP, BASE, "ou=Don vi");
    }

    @AfterAll
    static void stop() {
        LDAP.shutDown(true);
    }

    private static InMemoryDirectoryServer start() {
        try {
            var server = vn.daotao.security.TestDirectory.start(BASE);
            String units = "ou=Don vi," + BASE;
            server.add("dn: " + units, "objectClass: organizationalUnit", "ou: Don vi");
            server.add(
                    "dn: ou=Phòng Bảo vệ nội bộ," + units,
                    "objectClass: organizationalUnit",
                    "ou: Phòng Bảo vệ nội bộ",
                    "description: BVNB-" + RUN);
            for (String[] p :
                    new String[][] {{"1", "Nguyễn Thị Hằng"}, {"2", "Đỗ Quốc Việt"}, {"3", "Lương Thế Vinh"}}) {
                server.add(
                        "dn: uid=ldap" + RUN + p[0] + ",ou=Phòng Bảo vệ nội bộ," + units,
                        "objectClass: inetOrgPerson",
                        "uid: ldap" + RUN + p[0],
                        "cn: " + p[1],
                        "sn: " + p[1].substring(p[1].lastIndexOf(' ') + 1),
                        "employeeNumber: LD" + RUN + p[0]);
            }
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void adminSyncsFromTheDirectoryAfterADryRun() {
        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/people");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                        By.id("people-directory-link")))
                .click();
        AdminDirectoryPage page = new AdminDirectoryPage(driver).dryRun();
        assertThat(page.summary()).contains("không có lỗi", "sẽ tạo 1 đơn vị", "tạo 3 người");
        assertThat(page.text("directory-grid"))
                .contains("BVNB-" + RUN, "Phòng Bảo vệ nội bộ", "Nguyễn Thị Hằng", "Sẽ tạo mới");
        screenshot("admin-directory-dry-run");
        assertThat(jdbc.sql("select count(*) from app_user where employee_code like :c")
                        .param("c", "LD" + RUN + "%")
                        .query(Integer.class)
                        .single())
                .isZero();

        page.sync();
        assertThat(page.summary()).contains("tạo 1 đơn vị", "tạo 3 người");
        assertThat(page.text("directory-runs")).contains("Quản trị viên admin", "Đã ghi");
        screenshot("admin-directory-synced");
        assertThat(jdbc.sql("""
                        select count(*) from app_user p join unit u on u.id = p.unit_id
                         where p.employee_code like :c and u.code = :u and p.directory_dn is not null""")
                        .param("c", "LD" + RUN + "%")
                        .param("u", "BVNB-" + RUN)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }
}
