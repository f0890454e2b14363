package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.daotao.base.db.EmbeddedPostgresServer;

/**
 * Issue 12: an admin checks the records on "Toàn vẹn hồ sơ"; after a completion record is changed behind the
 * application's back, the same check names it.
 */
class RecordsIntegrityIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void anAdminSeesTheChainIntactThenTheChangedRecordNamed() {
        long user = jdbc.sql("select id from app_user where username = 'kh0002'")
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
                        values (:u, :a, :e, 90) returning id""")
                .param("u", user)
                .param("a", assignment)
                .param("e", edition)
                .query(Long.class)
                .single();
        openLogin().signInAs("admin", DEMO_PASSWORD);
        assertThat(driver.findElements(By.id("admin-owner-warning")))
                .as("the app does not run as the owner")
                .isEmpty();
        open("/admin/records");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("records-check")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("records-result"), "Nguyên vẹn"));
        assertThat(driver.findElement(By.id("records-head")).getText()).matches("(?s).*[0-9a-f]{64}.*");
        screenshot("records-intact");

        SingleConnectionDataSource ds = new SingleConnectionDataSource(server.jdbcUrl(), true);
        JdbcClient owner = JdbcClient.create(ds);
        String score = owner.sql("select average_score::text from completion_record where id = :id")
                .param("id", completion)
                .query(String.class)
                .single();
        owner.sql("set session_replication_role = replica").update();
        try {
            owner.sql("update completion_record set average_score = 100 - average_score + 1 where id = :id")
                    .param("id", completion)
                    .update();
            driver.findElement(By.id("records-check")).click();
            wait.until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("records-result"), "Phát hiện sai lệch"));
            assertThat(driver.findElement(By.id("records-broken")).getText())
                    .isEqualTo("Phát hiện sai lệch ở bản ghi hoàn thành (mã " + completion + "): nội dung đã bị sửa.");
            screenshot("records-broken");
        } finally {
            owner.sql("update completion_record set average_score = cast(:s as numeric) where id = :id")
                    .param("s", score)
                    .param("id", completion)
                    .update();
            owner.sql("reset session_replication_role").update();
            ds.destroy();
        }
    }
}
