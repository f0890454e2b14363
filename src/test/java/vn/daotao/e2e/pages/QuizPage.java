package vn.daotao.e2e.pages;

import java.util.Collection;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /quiz/{attemptId} while the attempt runs. */
public class QuizPage extends Page {

    public QuizPage(WebDriver driver) {
        super(driver);
        // Vaadin may render the view a moment before the address bar changes.
        waitUntil(d -> currentPath().startsWith("/quiz/"));
        waitFor(By.id("quiz-title"));
        waitFor(By.id("answered-count"));
    }

    public long attemptId() {
        String path = currentPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Picks options (1-based, in displayed order) of the question at a position; waits until the server saved them. */
    public QuizPage answer(int position, Collection<Integer> options) {
        String before = answeredText();
        for (int index : options) {
            String id = position + "-" + index;
            // The option text sits in a <label> slotted into the radio/checkbox's shadow DOM, which Selenium
            // does not count as displayed; a click on the label is what a person's click on the text does.
            WebElement option = waitFor(By.id("option-" + id));
            js(
                    "const label = arguments[0].closest('label'); label.scrollIntoView({block: 'center'}); label.click();",
                    option);
        }
        waitUntil(d -> !answeredText().equals(before));
        return this;
    }

    public boolean isChosen(int position, int index) {
        return Boolean.TRUE.equals(js("""
                const el = document.getElementById('option-' + arguments[0] + '-' + arguments[1]);
                const box = el && el.closest('vaadin-radio-button, vaadin-checkbox');
                return !!box && box.hasAttribute('checked');""", position, index));
    }

    public String answeredText() {
        return driver.findElement(By.id("answered-count")).getText();
    }

    public ResultPage submit() {
        click(By.id("submit-quiz"));
        click(By.id("confirm-submit-button"));
        return new ResultPage(driver);
    }

    public QuizPage reload() {
        driver.navigate().refresh();
        return new QuizPage(driver);
    }
}
