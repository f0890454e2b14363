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

    /** On a 1366 px laptop screen every grid shows its column headers whole, not cut with an ellipsis. */
    @Test
    void gridHeadersAreWholeAt1366() {
        driver.manage().window().setSize(new Dimension(1366, 768));
        java.util.List<String> cut = new java.util.ArrayList<>();
        openLogin().signInAs("truongdonvi", DEMO_PASSWORD);
        cut.addAll(cutHeaders("/unit", "subunit-grid"));
        cut.addAll(cutHeaders("/sessions", "sessions-title"));
        driver.manage().deleteAllCookies();
        openLogin().signInAs("admin", DEMO_PASSWORD);
        String[][] pages = {
            {"/admin/courses", "courses-grid"},
            {"/admin/assignments", "assignments-grid"},
            {"/admin/people", "people-grid"},
            {"/admin/audit", "audit-grid"},
            {"/unit", "subunit-grid"}
        };
        for (String[] page : pages) {
            cut.addAll(cutHeaders(page[0], page[1]));
        }
        assertThat(cut).as("column headers cut at 1366 px").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<String> cutHeaders(String path, String readyId) {
        open(path);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
        // let the grids measure their columns
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return [...document.querySelectorAll('vaadin-grid')].every(g => !g.loading);")));
        screenshot("laptop" + path.replace('/', '-'));
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
                const cut = [];
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                  if (!grid.offsetParent) continue;
                  for (const th of grid.shadowRoot.querySelectorAll('thead th')) {
                    const slot = th.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    if (!content || th.hidden || !content.textContent.trim()) continue;
                    if (content.scrollWidth > content.clientWidth + 1) {
                      cut.push(arguments[0] + ' #' + grid.id + ': ' + content.textContent.trim());
                    }
                  }
                }
                return cut;""", path);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void theQuizTimerStaysInViewWhileAPhoneScrolls() {
        String code =
                "RS-" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String username = "dienthoai" + code.substring(3).toLowerCase();
        TestPeople people = new TestPeople(jdbc, encoder);
        people.employee(username, "Trần Văn Điện Thoại", people.unit(code));
        long assignment = people.demoCourseCycle(username);
        long module = people.firstModule(assignment);
        driver.manage().window().setSize(new Dimension(390, 844));
        openLogin().signInAs(username, DEMO_PASSWORD);
        open("/courses/" + assignment + "/modules/" + module);
        new vn.daotao.e2e.pages.ModulePage(driver).takeQuiz();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-timer")));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "const all = document.querySelectorAll('.question'); all[all.length - 1].scrollIntoView({block: 'end'});");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            Object inView = ((JavascriptExecutor) d).executeScript("""
                    const timer = document.getElementById('quiz-timer').getBoundingClientRect();
                    const first = document.querySelector('.question').getBoundingClientRect();
                    const navbar = document.querySelector('vaadin-app-layout').shadowRoot
                        .querySelector('[part~=navbar]').getBoundingClientRect();
                    return first.top < 0 && timer.top >= navbar.bottom - 1 && timer.bottom <= window.innerHeight;""");
            return Boolean.TRUE.equals(inView);
        });
        screenshot("phone-quiz-scrolled");
        assertNoHorizontalScroll("quiz");
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
