package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.e2e.pages.AccessDeniedPage;
import vn.daotao.e2e.pages.AdminImportPage;
import vn.daotao.e2e.pages.AdminPeoplePage;
import vn.daotao.e2e.pages.AdminPersonPage;
import vn.daotao.e2e.pages.AdminUnitsPage;

/** The admin edits the unit tree and resets a person's password; an employee may not open these pages. */
class PeopleAdminIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private TestPeople people() {
        return new TestPeople(jdbc, encoder);
    }

    @Test
    void adminAddsAUnitFindsAPersonAndResetsTheirPassword() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        openLogin().signInAs("admin", DEMO_PASSWORD);

        open("/admin/units");
        AdminUnitsPage units = new AdminUnitsPage(driver);
        assertThat(units.treeText()).contains("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam", "Văn phòng");
        screenshot("admin-units");
        units.select("Phòng Kế hoạch - Tài chính").addSubUnit("KH-" + tag, "Tổ Dự toán " + tag);
        assertThat(jdbc.sql(
                                "select count(*) from unit u join unit p on p.id = u.parent_id where u.code = :c and p.code = 'KHTC'")
                        .param("c", "KH-" + tag)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        screenshot("admin-units-added");

        // The test's own person, in its own unit: demo accounts stay as people trying the app find them.
        String fullName = "Đặng Thị Kiểm Thử " + tag;
        String username = "kiemthu" + tag.toLowerCase();
        people().employee(username, fullName, people().unit("PA-" + tag));
        open("/admin/people");
        AdminPeoplePage people = new AdminPeoplePage(driver).search("dang thi kiem thu " + tag.toLowerCase());
        assertThat(people.count()).isEqualTo("1 người");
        assertThat(people.gridText()).contains(fullName, username);
        screenshot("admin-people-search");

        AdminPersonPage person = people.open(fullName);
        assertThat(person.title()).isEqualTo(fullName);
        screenshot("admin-person");
        String password = person.resetPassword();
        screenshot("admin-person-otp");
        assertThat(password).hasSizeGreaterThanOrEqualTo(10);
        String hash = jdbc.sql("select password_hash from app_user where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
        assertThat(encoder.matches(password, hash)).isTrue();
        person.closePasswordDialog();
        assertThat(person.accountText()).contains("phải đổi mật khẩu");

        open("/admin/people/999999999");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.id("not-found")));
        screenshot("admin-person-unknown");
    }

    @Test
    void adminImportsPeopleFromACsvFileAfterADryRun() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("nhap-", ".csv");
        java.nio.file.Files.writeString(file, """
                Mã nhân viên;Họ và tên;Tên đăng nhập;Email;Mã đơn vị;Vai trò
                IT-%1$s;Phùng Thị Nhập;nhap%1$s;nhap@example.vn;KHTC;Nhân viên
                IT2-%1$s;;nhap2%1$s;;KHONGCO;
                """.formatted(tag));
        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/people/import");
        AdminImportPage page = new AdminImportPage(driver).upload(file);
        assertThat(page.summary()).contains("1 dòng lỗi");
        assertThat(page.gridText())
                .contains("Dòng 2", "Sẽ tạo mới", "Dòng 3", "Thiếu họ và tên.", "Không có đơn vị mã KHONGCO");
        page.scrollToGrid();
        screenshot("admin-import-errors");

        java.nio.file.Files.writeString(file, """
                Mã nhân viên;Họ và tên;Tên đăng nhập;Email;Mã đơn vị;Vai trò
                IT-%1$s;Phùng Thị Nhập;nhap%1$s;nhap@example.vn;KHTC;Nhân viên
                """.formatted(tag));
        open("/admin/people/import");
        page = new AdminImportPage(driver).upload(file);
        assertThat(page.summary()).contains("không có lỗi");
        page.runImport();
        assertThat(page.passwordsLinkText()).contains("1 mật khẩu");
        screenshot("admin-import-done");
        // left and come back: the import's result (and its passwords) are still there
        open("/admin/people");
        open("/admin/people/import");
        page = new AdminImportPage(driver).waitForPasswords();
        assertThat(page.passwordsLinkText()).contains("1 mật khẩu");
        assertThat(page.progressText()).contains("Đã nhập xong tệp");
        assertThat(jdbc.sql("select must_change_password from app_user where username = :u")
                        .param("u", "nhap" + tag)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        java.nio.file.Files.delete(file);
    }

    @Test
    void aChangeOfRolesOrStatusAppliesOnThePersonsNextRequest() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "doivaitro" + tag;
        people().employee(username, "Người Đổi Vai Trò", people().unit("RO-" + tag));
        openLogin().signInAs(username, DEMO_PASSWORD);
        open("/admin/people");
        new AccessDeniedPage(driver);

        jdbc.sql("update app_user set roles = '{EMPLOYEE,ADMIN}' where username = :u")
                .param("u", username)
                .update();
        open("/admin/people");
        assertThat(new AdminPeoplePage(driver).count()).endsWith("người");

        jdbc.sql("update app_user set enabled = false where username = :u")
                .param("u", username)
                .update();
        open("/admin/people");
        assertThat(new vn.daotao.e2e.pages.LoginPage(driver).currentPath()).isEqualTo("/login");

        // An admin's password reset ends a session that may not be the person's own.
        jdbc.sql("update app_user set enabled = true where username = :u")
                .param("u", username)
                .update();
        driver.manage().deleteAllCookies();
        openLogin().signInAs(username, DEMO_PASSWORD);
        jdbc.sql("update app_user set password_hash = :h, must_change_password = true where username = :u")
                .param("u", username)
                .param("h", encoder.encode("MotLanDung-2026"))
                .update();
        open("/my-courses");
        assertThat(new vn.daotao.e2e.pages.LoginPage(driver).currentPath()).isEqualTo("/login");
    }

    @Test
    void employeeIsDeniedThePeoplePages() {
        openLogin().signInAs("nhanvien", DEMO_PASSWORD);
        for (String path :
                new String[] {"/admin/people", "/admin/units", "/admin/people/new", "/admin/people/import"}) {
            open(path);
            assertThat(new AccessDeniedPage(driver).message()).contains("Bạn không có quyền xem nội dung này");
        }
        screenshot("admin-people-denied");
    }
}
