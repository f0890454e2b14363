package vn.daotao.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.e2e.pages.AccessDeniedPage;
import vn.daotao.e2e.pages.AdminPeoplePage;
import vn.daotao.e2e.pages.AdminPersonPage;
import vn.daotao.e2e.pages.AdminUnitsPage;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin edits the unit tree and resets a person's password; an employee may not open these pages. */
class PeopleAdminIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void adminAddsAUnitFindsAPersonAndResetsTheirPassword() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        openLogin().signInAs("admin", DEMO_PASSWORD);

        open("/admin/units");
        AdminUnitsPage units = new AdminUnitsPage(driver);
        assertThat(units.treeText()).contains("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam", "Văn phòng");
        screenshot("admin-units");
        units.select("Phòng Kế hoạch - Tài chính").addSubUnit("KH-" + tag, "Tổ Dự toán " + tag);
        assertThat(jdbc.sql("select count(*) from unit u join unit p on p.id = u.parent_id where u.code = :c and p.code = 'KHTC'")
                .param("c", "KH-" + tag).query(Integer.class).single()).isEqualTo(1);
        screenshot("admin-units-added");

        open("/admin/people");
        AdminPeoplePage people = new AdminPeoplePage(driver).search("dang thi thu trang");
        assertThat(people.count()).isEqualTo("1 người");
        assertThat(people.gridText()).contains("Đặng Thị Thu Trang", "hc0002");
        screenshot("admin-people-search");

        AdminPersonPage person = people.open("Đặng Thị Thu Trang");
        assertThat(person.title()).isEqualTo("Đặng Thị Thu Trang");
        screenshot("admin-person");
        String password = person.resetPassword();
        screenshot("admin-person-otp");
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        String hash = jdbc.sql("select password_hash from app_user where username = 'hc0002'").query(String.class).single();
        assertThat(encoder.matches(password, hash)).isTrue();
        person.closePasswordDialog();
        assertThat(person.accountText()).contains("phải đổi mật khẩu");
        // Put the demo account back as it was for other tests.
        jdbc.sql("update app_user set password_hash = :h, must_change_password = false where username = 'hc0002'")
                .param("h", encoder.encode(DEMO_PASSWORD)).update();

        open("/admin/people/999999999");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.id("not-found")));
        screenshot("admin-person-unknown");
    }

    @Test
    void employeeIsDeniedThePeoplePages() {
        openLogin().signInAs("nhanvien", DEMO_PASSWORD);
        for (String path : new String[] {"/admin/people", "/admin/units", "/admin/people/new", "/admin/people/import"}) {
            open(path);
            assertThat(new AccessDeniedPage(driver).message()).contains("Bạn không có quyền xem nội dung này");
        }
        screenshot("admin-people-denied");
    }
}
