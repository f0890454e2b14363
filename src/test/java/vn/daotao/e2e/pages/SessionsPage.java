package vn.daotao.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /sessions and /sessions/{id}: the new-session dialog, the people of a session, the attendance import. */
public class SessionsPage extends Page {

    public SessionsPage(WebDriver driver) {
        super(driver);
    }

    public SessionsPage list() {
        waitFor(By.id("sessions-title"));
        return this;
    }

    public SessionsPage openNew() {
        click(By.id("session-new"));
        waitFor(By.id("session-dialog"));
        return this;
    }

    public SessionsPage type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.sendKeys(text);
        return this;
    }

    /** Types into a combo box and takes the first suggestion that contains the text. */
    public SessionsPage choose(String comboId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const c = document.getElementById(arguments[0]);
                const first = c.filteredItems && c.filteredItems[0];
                return c.opened && !c.loading && !!first && typeof first.label === 'string'
                    && first.label.toLowerCase().includes(arguments[1].toLowerCase());""", comboId, text)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitUntil(d -> !String.valueOf(js("return document.getElementById(arguments[0]).value;", comboId))
                .isBlank());
        return this;
    }

    /** Saves the dialog: the page of the new session opens. */
    public SessionsPage save() {
        click(By.id("session-save"));
        waitFor(By.id("session-heading"));
        return this;
    }

    public String facts() {
        return waitFor(By.id("session-facts")).getText();
    }

    /** Puts the file into the attendance upload; returns when the dry run (or the refusal) is shown. */
    public SessionsPage upload(Path file) {
        String before = summary();
        WebElement input = (WebElement) js("""
                const upload = document.getElementById('attendance-upload');
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""");
        input.sendKeys(file.toAbsolutePath().toString());
        waitUntil(d -> !summary().isBlank() && !summary().equals(before));
        return this;
    }

    /** Removes the uploaded file from the upload's list, so that another can be chosen. */
    public SessionsPage clearUpload() {
        js("""
                const upload = document.getElementById('attendance-upload');
                upload.files = [];""");
        return this;
    }

    public String summary() {
        return driver.findElements(By.id("attendance-summary")).isEmpty()
                ? ""
                : driver.findElement(By.id("attendance-summary")).getText();
    }

    public boolean runVisible() {
        return Boolean.TRUE.equals(js("""
                const b = document.getElementById('attendance-run');
                return !!b && !b.hidden && b.offsetParent !== null;"""));
    }

    public String reportText() {
        return gridText("attendance-report");
    }

    public String peopleText() {
        return gridText("session-people");
    }

    public SessionsPage runImport() {
        click(By.id("attendance-run"));
        waitUntil(d -> summary().startsWith("Đã ghi nhận"));
        return this;
    }

    public void scrollTo(String id) {
        js("document.getElementById(arguments[0]).scrollIntoView({block: 'start'});", id);
    }

    private String gridText(String id) {
        return String.valueOf(js("""
                const grid = document.getElementById(arguments[0]);
                return grid ? Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('\\n') : '';""", id));
    }
}
