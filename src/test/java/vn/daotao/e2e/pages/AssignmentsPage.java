package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /admin/assignments: the list and the new-assignment dialog. */
public class AssignmentsPage extends Page {

    public AssignmentsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("assignments-title"));
        waitFor(By.id("assignments-grid"));
    }

    public AssignmentsPage openNew() {
        click(By.id("assignments-new"));
        waitFor(By.id("assign-edition"));
        return this;
    }

    /** Types into a combo box and takes the first suggestion once the (lazy) suggestions have arrived. */
    public AssignmentsPage choose(String comboId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(text);
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const c = document.getElementById(arguments[0]);
                const first = c.filteredItems && c.filteredItems[0];
                return c.opened && !c.loading && !!first && typeof first.label === 'string'
                    && first.label.toLowerCase().includes(arguments[1].toLowerCase());""", comboId, text)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        return this;
    }

    public AssignmentsPage editionChosen() {
        waitUntil(d -> !String.valueOf(js("return document.getElementById('assign-edition').value;"))
                .isBlank());
        return this;
    }

    public AssignmentsPage unitAdded(String name) {
        waitUntil(d -> d.findElement(By.id("assign-units")).getText().contains(name));
        return this;
    }

    public AssignmentsPage dueDate(String ddMMyyyy) {
        WebElement input = waitFor(By.cssSelector("#assign-due input"));
        input.sendKeys(ddMMyyyy, Keys.ENTER);
        waitUntil(d -> !String.valueOf(js("return document.getElementById('assign-due').value;"))
                .isBlank());
        return this;
    }

    /** Saves and confirms; returns the confirmation's text through {@link #lastConfirmation()}. */
    public AssignmentsPage save() {
        click(By.id("assign-save"));
        lastConfirmation = waitFor(By.id("assign-confirm-text")).getText();
        click(By.id("assign-confirm-ok"));
        waitUntil(d -> d.findElements(By.id("assign-dialog")).isEmpty());
        return this;
    }

    private String lastConfirmation = "";

    /** What the confirmation said before the last save. */
    public String lastConfirmation() {
        return lastConfirmation;
    }

    public String gridText() {
        return String.valueOf(js("""
                return Array.from(document.querySelectorAll('#assignments-grid vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join(' | ');"""));
    }

    public AssignmentsPage waitForRow(String text) {
        waitUntil(d -> gridText().contains(text));
        return this;
    }
}
