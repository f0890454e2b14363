package vn.daotao.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /admin/people/import: upload, dry-run grid, import button. */
public class AdminImportPage extends Page {

    public AdminImportPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("import-title"));
        waitFor(By.id("import-upload"));
    }

    /** Chooses the file; returns when the dry run is shown. */
    public AdminImportPage upload(Path file) {
        SearchContext shadow = waitFor(By.id("import-upload")).getShadowRoot();
        WebElement input = shadow.findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        waitUntil(d -> !summary().isBlank());
        return this;
    }

    public String summary() {
        return driver.findElement(By.id("import-summary")).getText();
    }

    public String gridText() {
        return String.valueOf(js("""
                return Array.from(document.querySelectorAll('#import-grid vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('\\n');"""));
    }

    public void scrollToGrid() {
        js("document.getElementById('import-summary').scrollIntoView({block: 'start'});");
    }

    public AdminImportPage runImport() {
        click(By.id("import-run"));
        waitFor(By.id("import-passwords"));
        return this;
    }

    public AdminImportPage waitForPasswords() {
        waitFor(By.id("import-passwords"));
        return this;
    }

    public String progressText() {
        return driver.findElement(By.id("import-progress-text")).getText();
    }

    public String passwordsLinkText() {
        return driver.findElement(By.id("import-passwords")).getText();
    }
}
