package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /admin/units: the unit tree with its actions. */
public class AdminUnitsPage extends Page {

    public AdminUnitsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("unit-tree"));
        waitUntil(d -> !treeText().isBlank());
    }

    public String treeText() {
        return String.valueOf(js("""
                return Array.from(document.querySelectorAll('#unit-tree vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('\\n');"""));
    }

    public AdminUnitsPage select(String unitName) {
        waitUntil(d -> treeText().contains(unitName));
        js("""
                const cell = Array.from(document.querySelectorAll('#unit-tree vaadin-grid-cell-content'))
                    .find(c => c.textContent.trim() === arguments[0]);
                cell.click();""", unitName);
        waitUntil(d -> driver.findElement(By.id("unit-edit")).isEnabled()
                && driver.findElement(By.id("unit-edit")).getAttribute("disabled") == null);
        return this;
    }

    /** Adds a sub-unit under the selected unit; returns when it shows in the tree. */
    public AdminUnitsPage addSubUnit(String code, String name) {
        click(By.id("unit-add"));
        WebElement codeField = waitVisible(By.cssSelector("#unit-code input"));
        codeField.sendKeys(code);
        driver.findElement(By.cssSelector("#unit-name input")).sendKeys(name);
        click(By.id("unit-save"));
        waitUntil(d -> treeText().contains(name));
        return this;
    }
}
