package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.progress.TestCourses;

/**
 * The whole learner journey with the keyboard only, as a person who cannot use a mouse does it: sign in, open
 * the course from the home page, the module, answer and submit the quiz (focus lands on the result), open
 * "Chứng nhận của tôi" from the menu and the certificate. No click and no script changes anything.
 */
class KeyboardIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aLearnerCompletesACourseWithTheKeyboardOnly() throws Exception {
        String code = "KB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String learner = "banphim" + code.substring(3).toLowerCase();
        TestPeople people = new TestPeople(jdbc, encoder);
        people.employee(learner, "Đỗ Thị Bàn Phím", people.unit(code));
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", learner);
        long module = course.moduleIds().getFirst();

        open("/login");
        waitUntil(d -> "username".equals(focused().get("id")));
        keys(learner, Keys.TAB, DEMO_PASSWORD, Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("home-greeting")));

        tabTo(f -> String.valueOf(f.get("href")).endsWith("/courses/" + course.assignmentId()), "the course on home");
        keys(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("course-title")));
        tabTo(f -> "module-open-1".equals(f.get("id")), "module 1 of the course");
        keys(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("module-title")));
        tabTo(f -> "take-quiz".equals(f.get("id")), "the quiz button");
        keys(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("answered-count")));

        String path = (String) js("return location.pathname;");
        long attempt = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        List<AnswerKey.Question> key = AnswerKey.questions(jdbc, attempt);
        for (AnswerKey.Question q : key) {
            String before = driver.findElement(By.id("answered-count")).getText();
            tabTo(f -> ("option-" + q.position() + "-1").equals(f.get("option")), "question " + q.position());
            boolean radio = "VAADIN-RADIO-BUTTON".equals(focused().get("tag"));
            int options = driver.findElements(By.cssSelector("[id^='option-" + q.position() + "-']"))
                    .size();
            if (radio) {
                int right = q.correct().getFirst();
                if (right == 1) {
                    keys(Keys.SPACE);
                }
                for (int i = 1; i < right; i++) {
                    keys(Keys.ARROW_DOWN);
                }
            } else {
                for (int i = 1; i <= options; i++) {
                    if (q.correct().contains(i)) {
                        keys(Keys.SPACE);
                    }
                    if (i < options) {
                        keys(Keys.TAB);
                    }
                }
            }
            waitUntil(d -> !d.findElement(By.id("answered-count")).getText().equals(before));
            assertThat(focused().get("option"))
                    .as("focus stays in question " + q.position())
                    .asString()
                    .startsWith("option-" + q.position() + "-");
        }
        assertThat(driver.findElement(By.id("answered-count")).getText()).isEqualTo("Đã trả lời 3/3 câu");

        tabTo(f -> "submit-quiz".equals(f.get("id")), "the submit button");
        keys(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-submit-button")));
        tabTo(f -> "confirm-submit-button".equals(f.get("id")), "the confirmation");
        keys(Keys.ENTER);
        waitUntil(d -> "result-title".equals(focused().get("id")));
        assertThat(driver.findElement(By.id("result-status")).getText()).isEqualTo("Đạt");
        screenshot("keyboard-result");

        tabTo(f -> "certificates".equals(f.get("path")), "Chứng nhận của tôi in the menu");
        keys(Keys.ENTER);
        until(ExpectedConditions.presenceOfElementLocated(By.id("certificates-title")));
        tabTo(f -> String.valueOf(f.get("id")).startsWith("cert-download-"), "the certificate's download");
        String href = String.valueOf(focused().get("href"));
        keys(Keys.ENTER);
        waitUntil(d -> d.getCurrentUrl().contains("/files/certificates/") || pdfDownloaded());
        assertThat(href).matches(".*/files/certificates/\\d+");
    }

    private boolean pdfDownloaded() {
        try (var files = Files.list(downloads())) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".pdf"));
        } catch (java.io.IOException notYet) {
            return false;
        }
    }

    /** Presses Tab until the focused element is the one wanted (at most 120 times). */
    private void tabTo(Predicate<Map<String, Object>> wanted, String what) {
        for (int i = 0; i < 120; i++) {
            if (wanted.test(focused())) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what + "; last focused: " + focused());
    }

    /** The focused element (the host of a web component): tag, id, href, path, the option it holds. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) js("""
                const a = document.activeElement;
                if (!a) return {};
                // a radio button's or checkbox's native input sits in its host's light DOM
                const box = a.closest('vaadin-radio-button, vaadin-checkbox');
                const option = box ? box.querySelector('[id^="option-"]') : null;
                return {tag: box ? box.tagName : a.tagName, id: a.id || '', href: a.href || '',
                        path: a.getAttribute('path') || '', option: option ? option.id : ''};""");
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private <T> void until(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    private void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition::apply);
    }
}
