package vn.daotao.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.daotao.e2e.pages.HomePage;
import vn.daotao.e2e.pages.UnitPage;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

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
        screenshot("phone-unit");
    }

    private void assertNoHorizontalScroll() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }
}
