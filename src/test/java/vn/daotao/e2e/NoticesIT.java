package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.notification.internal.NotificationPlanner;

/**
 * A learner's notices in the browser: the planner records the demo course's assignment and a reminder 7 days before
 * its due date; home says how many are new; "Thông báo" lists them, new ones marked, and afterwards none is new.
 */
class NoticesIT extends BrowserTestBase {

    @Autowired
    NotificationPlanner planner;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLearnerReadsTheirNotices() {
        LocalDate due = jdbc.sql("""
                        select a.due_date from assignment a join course_edition e on e.id = a.edition_id
                          join course c on c.id = e.course_id where c.code = 'BVCTNB' and a.unit_id is not null
                         order by a.id limit 1""").query(LocalDate.class).single();
        planner.plan(LocalDate.now(TimeConfiguration.ZONE), Instant.now());
        LocalDate weekBefore = due.minusDays(7);
        planner.plan(
                weekBefore,
                weekBefore.atTime(8, 0).atZone(TimeConfiguration.ZONE).toInstant());

        openLogin().signInAs("vp0003", DEMO_PASSWORD);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        String banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-unseen-notices")))
                .getText();
        assertThat(banner).contains("thông báo mới");
        driver.findElement(By.id("home-notices-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice-list")));
        String list = driver.findElement(By.id("notice-list")).getText();
        assertThat(list)
                .contains("Khóa học mới được giao: «Công tác bảo vệ chính trị nội bộ»")
                .contains("Còn 7 ngày đến hạn")
                .contains("Mới");
        assertThat(driver.findElements(By.cssSelector(".notice-card.notice-new")))
                .hasSizeGreaterThanOrEqualTo(2);
        screenshot("notices");

        open("/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-greeting")));
        assertThat(driver.findElements(By.id("home-unseen-notices")))
                .as("read once shown")
                .isEmpty();
    }
}
