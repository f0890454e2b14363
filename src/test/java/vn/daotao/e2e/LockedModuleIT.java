package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 13: a module opened by its address before the previous one is done says so and links the way; a
 * course that is not the person's, and an address that does not exist, read as "not found".
 */
class LockedModuleIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aLockedModuleByAddressPointsToTheModuleToDoFirst() {
        String user = "khoa" + UUID.randomUUID().toString().substring(0, 6);
        long userId = jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, password_hash)
                        values (:u, 'Người Đi Tắt', (select id from unit where code = 'KHTC'), :h) returning id""")
                .param("u", user)
                .param("h", encoder.encode("Di-Tat-2026"))
                .query(Long.class)
                .single();
        long edition = jdbc.sql(
                        "select e.id from course_edition e join course c on c.id = e.course_id where c.code = 'BVCTNB'")
                .query(Long.class)
                .single();
        long assignment = jdbc.sql("""
                        insert into assignment (edition_id, user_id, period_start, due_date)
                        values (:e, :u, current_date, current_date + 30) returning id""")
                .param("e", edition)
                .param("u", userId)
                .query(Long.class)
                .single();
        List<Long> modules = jdbc.sql("select id from course_module where edition_id = :e order by position")
                .param("e", edition)
                .query(Long.class)
                .list();

        openLogin().signInAs(user, "Di-Tat-2026");
        open("/courses/" + assignment + "/modules/" + modules.get(2));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("module-locked")));
        assertThat(driver.findElement(By.id("module-locked")).getText())
                .isEqualTo("Học phần này mở sau khi bạn hoàn thành học phần trước.");
        assertThat(driver.findElement(By.id("module-locked-next")).getAttribute("href"))
                .endsWith("/courses/" + assignment + "/modules/" + modules.getFirst());
        assertThat(driver.findElement(By.id("module-locked-next")).getText()).startsWith("Học phần 1:");
        screenshot("module-locked");
        driver.findElement(By.id("module-locked-next")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("module-title")));

        // a course that does not exist, or is not theirs, reads as not found (the refusal is still audited)
        open("/courses/999999999");
        assertThat(new vn.daotao.e2e.pages.NotFoundPage(driver).message()).contains("Không tìm thấy trang");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                         where actor_username = :u and action = 'ACCESS_DENIED' and target_id = '/courses/999999999'""").param("u", user).query(Integer.class).single()).isEqualTo(1);
        screenshot("course-not-found");

        // a mistyped address: the app's own page, inside its frame, with the way home
        open("/khong-ton-tai");
        assertThat(new vn.daotao.e2e.pages.NotFoundPage(driver).message()).contains("Không tìm thấy trang");
        screenshot("route-not-found");
    }
}
