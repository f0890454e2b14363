package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.e2e.pages.VerifyPage;

/** An admin revokes a certificate by its serial; the public check then says it is revoked. */
class AdminCertificatesIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminRevokesACertificate() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        String serial = "TEST-2026-" + tag.substring(0, 6).toUpperCase();
        long user = jdbc.sql("select id from app_user where username = 'kh0001'")
                .query(Long.class)
                .single();
        long edition = jdbc.sql(
                        "select e.id from course_edition e join course c on c.id = e.course_id where c.code = 'BVCTNB'")
                .query(Long.class)
                .single();
        long assignment = jdbc.sql("""
                        insert into assignment (edition_id, user_id, period_start, due_date)
                        values (:e, :u, current_date, current_date + 5) returning id""")
                .param("e", edition)
                .param("u", user)
                .query(Long.class)
                .single();
        long completion = jdbc.sql("""
                        insert into completion_record (user_id, assignment_id, edition_id, average_score)
                        values (:u, :a, :e, 100) returning id""")
                .param("u", user)
                .param("a", assignment)
                .param("e", edition)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into certificate (completion_id, user_id, serial, verification_code, holder_name, unit_name,
                                                 course_title, edition_no, completed_on, organisation_name, signer_name, signer_title)
                        values (:c, :u, :s, :code, 'Cao Thị Phương', 'Phòng Kế hoạch - Tài chính',
                                'Công tác bảo vệ chính trị nội bộ', 1, current_date, 'Ban Quản lý', 'Người ký', 'Chức vụ')""")
                .param("c", completion)
                .param("u", user)
                .param("s", serial)
                .param("code", tag)
                .update();

        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/certificates");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#revoke-serial input")))
                .sendKeys(serial);
        driver.findElement(By.id("revoke-find")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#revoke-reason textarea")))
                .sendKeys("Sai thông tin người được cấp");
        driver.findElement(By.id("revoke-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("revoke-confirm-serial"), "Số hiệu nhập lại không khớp"));
        driver.findElement(By.cssSelector("#revoke-confirm-serial input")).sendKeys(serial);
        driver.findElement(By.id("revoke-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("revoke-result"), "Đã thu hồi lúc"));
        screenshot("admin-revoke");

        driver.manage().deleteAllCookies();
        open("/verify/" + tag);
        VerifyPage verify = new VerifyPage(driver);
        assertThat(verify.status()).isEqualTo("Giấy chứng nhận đã bị thu hồi");
        assertThat(verify.text()).contains("Ngày thu hồi", "Cao Thị Phương");
        screenshot("verify-revoked");
    }
}
