package vn.daotao.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.daotao.e2e.pages.LoginPage;

/**
 * Runs the whole app on a random port with the demo data and drives it with a fresh headless
 * Chromium per test. A failing test leaves a screenshot in target/screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTestBase {

    public static final String DEMO_PASSWORD = "demo12345";

    @LocalServerPort
    private int port;

    protected WebDriver driver;
    private Browser.Session browser;
    private String testName;

    @BeforeEach
    void startBrowser(TestInfo info) {
        browser = Browser.start();
        driver = browser.driver();
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("run");
    }

    @AfterEach
    void stopBrowser() {
        if (browser == null) {
            return;
        }
        try {
            assertNoPolicyViolation();
        } finally {
            browser.quit();
        }
    }

    /** Every page of the test ran under the app's Content-Security-Policy: nothing was refused. */
    private void assertNoPolicyViolation() {
        java.util.List<String> refused =
                driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                        .map(org.openqa.selenium.logging.LogEntry::getMessage)
                        .filter(message -> message.contains("Content Security Policy"))
                        .toList();
        org.assertj.core.api.Assertions.assertThat(refused)
                .as("Content-Security-Policy violations in the browser console")
                .isEmpty();
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected LoginPage openLogin() {
        driver.get(baseUrl() + "/login");
        return new LoginPage(driver);
    }

    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    /** Keeps a picture of the current page (target/screenshots/NAME.png) for people to look at. */
    protected void screenshot(String name) {
        save(driver, name);
    }

    /** Where the browser saves downloads. */
    protected Path downloads() {
        return browser.profile().resolve("downloads");
    }

    String testName() {
        return testName;
    }

    static void save(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Could not save screenshot " + name, e);
        }
    }
}
