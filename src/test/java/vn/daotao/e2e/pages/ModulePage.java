package vn.daotao.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /courses/{assignmentId}/modules/{moduleId}: sections, files, the quiz button. */
public class ModulePage extends Page {

    public ModulePage(WebDriver driver) {
        super(driver);
        waitFor(By.id("module-title"));
        waitFor(By.id("quiz-panel"));
    }

    public String title() {
        return driver.findElement(By.id("module-title")).getText();
    }

    public String contentText() {
        return driver.findElement(By.id("module-content")).getText();
    }

    /** The download addresses of the module's files. */
    public List<String> attachmentLinks() {
        return driver.findElements(By.cssSelector("#attachments a[id^='attachment-']")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }

    public QuizPage takeQuiz() {
        click(By.id("take-quiz"));
        return new QuizPage(driver);
    }
}
