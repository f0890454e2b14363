package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.daotao.e2e.pages.HomePage;
import vn.daotao.e2e.pages.UnitPage;

/** On a phone-sized window every page fits the width and the menu opens from the drawer toggle. */
class ResponsiveIT extends BrowserTestBase {

    @Test
    void pagesFitAPhoneAndTheMenuOpensFromTheToggle() {
        driver.manage().window().setSize(new Dimension(390, 844));
        openLogin();
        assertNoHorizontalScroll();
        screenshot("phone-login");

        HomePage home = openLogin().signInAs("truongdonvi", DEMO_PASSWORD);
        assertNoHorizontalScroll();
        screenshot("phone-home-truongdonvi");

        driver.findElement(By.id("drawer-toggle")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-unit")));
        screenshot("phone-menu-open");
        driver.findElement(By.id("nav-unit")).click();
        new UnitPage(driver);
        assertThat(home.currentPath()).isEqualTo("/unit");
        assertNoHorizontalScroll();
        screenshot("phone-unit");
    }

    @Test
    void adminPagesFitAPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        openLogin().signInAs("admin", DEMO_PASSWORD);
        String[][] pages = {
            {"/admin", "admin-title"},
            {"/admin/courses", "courses-grid"},
            {"/admin/assignments", "assignments-grid"},
            {"/admin/people", "people-grid"},
            {"/admin/units", "unit-tree"},
            {"/admin/certificate-settings", "settings-save"},
            {"/admin/audit", "audit-title"}
        };
        for (String[] page : pages) {
            open(page[0]);
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id(page[1])));
            screenshot("phone" + page[0].replace('/', '-'));
            assertNoHorizontalScroll(page[0]);
        }
    }

    private void assertNoHorizontalScroll() {
        assertNoHorizontalScroll("page");
    }

    private void assertNoHorizontalScroll(String what) {
        // The app layout scrolls its content area itself, so check that as well as the page.
        Object overflow = ((JavascriptExecutor) driver).executeScript("""
                const doc = document.documentElement;
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout && layout.shadowRoot.querySelector('[content]');
                return Math.max(doc.scrollWidth - doc.clientWidth,
                                content ? content.scrollWidth - content.clientWidth : 0);""");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px of " + what)
                .isLessThanOrEqualTo(0);
    }
}
