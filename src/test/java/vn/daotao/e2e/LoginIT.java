package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.daotao.e2e.pages.ChangePasswordPage;
import vn.daotao.e2e.pages.HomePage;
import vn.daotao.e2e.pages.LoginPage;
import vn.daotao.security.LoginThrottle;

class LoginIT extends BrowserTestBase {

    private static final String LOCK_VICTIM = "kh0006";
    private static final String UNKNOWN = "khongtontai";

    @Autowired
    LoginThrottle throttle;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @BeforeEach
    void unlock() {
        throttle.reset(LOCK_VICTIM);
        throttle.reset(UNKNOWN);
    }

    @Test
    void adminSignsInAndSeesEveryArea() {
        LoginPage login = openLogin();
        assertThat(login.title()).isEqualTo("Bồi dưỡng trực tuyến");
        screenshot("login");
        HomePage home = login.signInAs("admin", DEMO_PASSWORD);
        assertThat(home.navigationEntries())
                .containsExactly(
                        "nav-home", "nav-my-courses", "nav-certificates", "nav-unit", "nav-admin", "nav-admin-audit");
        assertThat(home.userName()).isEqualTo("Quản trị hệ thống");
        assertThat(home.userUnit()).isEqualTo("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam");
        assertThat(home.hasCard("home-admin")).isTrue();
        assertThat(home.cardText("home-profile")).contains("Quản trị viên");
        screenshot("home-admin");
    }

    @Test
    void unitHeadSignsInAndSeesTheirUnit() {
        HomePage home = openLogin().signInAs("truongdonvi", DEMO_PASSWORD);
        assertThat(home.navigationEntries())
                .containsExactly("nav-home", "nav-my-courses", "nav-certificates", "nav-unit");
        assertThat(home.userName()).isEqualTo("Nguyễn Thị Thanh Hương");
        assertThat(home.userUnit()).isEqualTo("Văn phòng");
        assertThat(home.cardText("home-unit")).contains("Văn phòng: 1 đơn vị trực thuộc");
        assertThat(home.hasCard("home-admin")).isFalse();
        screenshot("home-truongdonvi");
    }

    @Test
    void employeeSignsInAndSeesOnlyTheirHome() {
        HomePage home = openLogin().signInAs("nhanvien", DEMO_PASSWORD);
        assertThat(home.navigationEntries()).isEqualTo(List.of("nav-home", "nav-my-courses", "nav-certificates"));
        assertThat(home.greeting()).isEqualTo("Xin chào, Trần Văn Minh");
        assertThat(home.cardText("home-profile"))
                .contains("Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam › Văn phòng")
                .contains("Người học");
        assertThat(home.hasCard("home-unit")).isFalse();
        screenshot("home-nhanvien");
    }

    @Test
    void wrongPasswordShowsVietnameseError() {
        LoginPage login = openLogin().signInExpectingError("nhanvien", "sai-mat-khau");
        assertThat(login.errorShown()).isTrue();
        assertThat(login.errorMessage()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        screenshot("login-wrong-password");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        LoginPage login = openLogin();
        for (int i = 0; i < 5; i++) {
            login = login.signInExpectingError(LOCK_VICTIM, "sai-lan-" + i);
        }
        login = login.signInExpectingError(LOCK_VICTIM, DEMO_PASSWORD);
        assertThat(login.errorMessage()).contains("tạm khóa 15 phút");
        screenshot("login-locked");
    }

    @Test
    void anUnknownUserNameLocksTheSameWaySoNothingIsRevealed() {
        LoginPage login = openLogin();
        for (int i = 0; i < 5; i++) {
            login = login.signInExpectingError(UNKNOWN, "sai-lan-" + i);
        }
        login = login.signInExpectingError(UNKNOWN, DEMO_PASSWORD);
        assertThat(login.errorMessage()).contains("tạm khóa 15 phút");
    }

    @Test
    void englishIsTheSecondLanguage() {
        LoginPage login = openLogin();
        login.switchLanguage();
        login = new LoginPage(driver);
        assertThat(login.title()).isEqualTo("Online Training");
        HomePage home = login.signInAs("nhanvien", DEMO_PASSWORD);
        assertThat(home.greeting()).isEqualTo("Hello, Trần Văn Minh");
        screenshot("home-nhanvien-english");
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElse() {
        String user = "tam" + java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, password_hash, must_change_password)
                        values (:u, 'Người Mới Nhập', (select id from unit where code = 'KHTC'), :h, true)""")
                .param("u", user)
                .param("h", encoder.encode("TamThoi-2026"))
                .update();
        LoginPage login = openLogin();
        login.signInWith(user, "TamThoi-2026");
        ChangePasswordPage page = new ChangePasswordPage(driver);
        assertThat(page.mustChange()).isTrue();
        open("/my-courses");
        page = new ChangePasswordPage(driver);
        screenshot("password-must-change");
        assertThat(page.change("TamThoi-2026", "1234567890")).contains("quá phổ biến");
        HomePage home = page.changeTo("TamThoi-2026", "Mat-Khau-Rieng-2026");
        assertThat(home.greeting()).isEqualTo("Xin chào, Người Mới Nhập");
    }

    @Test
    void aNewPasswordEndsThePersonsOtherSessionsButNotThisOne() {
        String user = "doi" + java.util.UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, password_hash)
                        values (:u, 'Người Hai Máy', (select id from unit where code = 'KHTC'), :h)""")
                .param("u", user)
                .param("h", encoder.encode("Hai-May-Tinh-2026"))
                .update();
        Browser.Session other = Browser.start();
        try {
            other.driver().get(baseUrl() + "/login");
            new LoginPage(other.driver()).signInAs(user, "Hai-May-Tinh-2026");
            openLogin().signInAs(user, "Hai-May-Tinh-2026");
            open("/account/password");
            HomePage home = new ChangePasswordPage(driver).changeTo("Hai-May-Tinh-2026", "Mat-Khau-Moi-2026");
            assertThat(home.greeting()).isEqualTo("Xin chào, Người Hai Máy");
            open("/my-courses");
            assertThat(home.currentPath()).as("this session goes on").isEqualTo("/my-courses");

            other.driver().get(baseUrl() + "/my-courses");
            assertThat(new LoginPage(other.driver()).currentPath())
                    .as("the other computer's session ended")
                    .isEqualTo("/login");
        } finally {
            other.quit();
        }
    }

    @Test
    void signOutReturnsToLogin() {
        LoginPage login = openLogin().signInAs("truongdonvi", DEMO_PASSWORD).signOut();
        assertThat(login.currentPath()).isEqualTo("/login");
        open("/");
        assertThat(new LoginPage(driver).currentPath()).isEqualTo("/login");
    }
}
