package vn.daotao.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /admin/modules/{id}: the module editor's tabs, upload, question dialog and import dialog. */
public class ModuleEditorPage extends Page {

    public ModuleEditorPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("module-editor-title"));
        waitFor(By.id("module-tabs"));
    }

    public String title() {
        return driver.findElement(By.id("module-editor-title")).getText();
    }

    public String backLink() {
        return driver.findElement(By.id("module-back")).getAttribute("href");
    }

    public ModuleEditorPage openTab(String tabId) {
        click(By.id(tabId));
        waitUntil(d -> "true".equals(d.findElement(By.id(tabId)).getDomAttribute("selected"))
                || d.findElement(By.id(tabId)).getDomAttribute("selected") != null);
        return this;
    }

    public boolean has(String id) {
        return present(By.id(id));
    }

    /** Hands the file to the upload's own file input, as choosing it in the file dialog would. */
    public ModuleEditorPage upload(String uploadId, Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        WebElement input = (WebElement) js("""
                const upload = arguments[0];
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""", upload);
        js("arguments[0].value = '';", input); // ChromeDriver adds to a multiple input's earlier files otherwise
        input.sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public ModuleEditorPage waitForAttachment(String fileName) {
        waitUntil(d -> d.findElement(By.id("attachments-grid")).getText().contains(fileName));
        return this;
    }

    public String attachmentMessage() {
        return waitVisible(By.id("attachment-message")).getText();
    }

    public ModuleEditorPage addQuestion(String text, String... options) {
        click(By.id("question-add"));
        waitVisible(By.cssSelector("#question-text textarea")).sendKeys(text);
        for (int i = 0; i < options.length; i++) {
            WebElement input = driver.findElement(By.cssSelector("#question-option-text-" + i + " input"));
            input.sendKeys(options[i]);
        }
        return this;
    }

    public ModuleEditorPage markCorrect(int option) {
        click(By.id("question-option-correct-" + option));
        return this;
    }

    public ModuleEditorPage save() {
        click(By.id("question-save"));
        return this;
    }

    public String problems() {
        return waitVisible(By.id("question-problems")).getText();
    }

    public ModuleEditorPage waitForQuestion(String text) {
        waitUntil(d -> !d.findElements(By.id("question-dialog")).stream().anyMatch(WebElement::isDisplayed)
                && d.findElement(By.id("questions-grid")).getText().contains(text));
        return this;
    }

    public ModuleEditorPage openImport() {
        click(By.id("question-import-open"));
        waitFor(By.id("import-upload"));
        return this;
    }

    public String dryRunTable() {
        waitUntil(d -> d.findElement(By.id("import-dry-run-table")).isDisplayed()
                && !d.findElement(By.id("import-summary")).getText().isBlank());
        return driver.findElement(By.id("import-dry-run-table")).getText();
    }

    public boolean importEnabled() {
        return driver.findElement(By.id("import-confirm")).getDomAttribute("disabled") == null;
    }

    public void closeImport() {
        click(By.id("import-cancel"));
        waitUntil(d -> d.findElements(By.id("import-dialog")).isEmpty());
    }

    public ModuleEditorPage setQuestionsPerAttempt(int value) {
        WebElement input = waitFor(By.cssSelector("#quiz-questions-per-attempt input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(value), Keys.TAB);
        return this;
    }

    public String quizWarning() {
        return waitVisible(By.id("quiz-questions-warning")).getText();
    }

    public void saveQuizSettings() {
        click(By.id("quiz-settings-save"));
    }
}
