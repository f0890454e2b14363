package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /unit: the head's units with people counts. */
public class UnitPage extends Page {

    public UnitPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("unit-tree"));
        waitUntil(d -> !treeText().isBlank());
    }

    /** The text of every rendered cell of the unit tree. */
    public String treeText() {
        return (String) js("""
                const grid = document.getElementById('unit-tree');
                return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('\\n');""");
    }

    public String summary() {
        return driver.findElement(By.id("unit-summary")).getText();
    }
}
