package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /admin/courses/{id}: the draft's details, its modules, publishing and the list of editions. */
public class CourseEditorPage extends Page {

    public CourseEditorPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("course-editor-title"));
    }

    public String title() {
        return driver.findElement(By.id("course-editor-title")).getText();
    }

    /** Types the draft's commitment text and saves the draft form. */
    public CourseEditorPage saveCommitment(String text) {
        waitVisible(By.cssSelector("#edition-commitment textarea")).sendKeys(text);
        click(By.id("edition-save"));
        waitFor(By.tagName("vaadin-notification-card"));
        return this;
    }

    public CourseEditorPage addModule(String title, String summary) {
        int before = driver.findElements(By.cssSelector("[id^='module-open-']")).size();
        click(By.id("module-add"));
        waitVisible(By.cssSelector("#module-title input")).sendKeys(title);
        driver.findElement(By.cssSelector("#module-summary textarea")).sendKeys(summary);
        click(By.id("module-save"));
        waitFor(By.id("module-open-" + (before + 1)));
        return this;
    }

    public String modulesText() {
        return waitFor(By.id("modules-grid")).getText();
    }

    /** Opens module {@code position}'s editor (tabs: content, files, questions, quiz settings). */
    public void openModule(int position) {
        click(By.id("module-open-" + position));
    }

    public String publishBoxText() {
        return waitFor(By.id("publish-box")).getText();
    }

    public boolean canPublish() {
        return waitFor(By.id("edition-publish")).getDomAttribute("disabled") == null;
    }

    public CourseEditorPage publish() {
        click(By.id("edition-publish"));
        click(By.id("publish-confirm"));
        waitUntil(d -> !d.findElements(By.id("edition-new")).isEmpty());
        return this;
    }

    public CourseEditorPage newEdition() {
        click(By.id("edition-new"));
        waitFor(By.id("edition-publish"));
        return this;
    }

    public String editionsText() {
        return waitFor(By.id("editions")).getText();
    }
}
