package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /admin/people: search, filters and the people grid. */
public class AdminPeoplePage extends Page {

    public AdminPeoplePage(WebDriver driver) {
        super(driver);
        waitFor(By.id("people-grid"));
        waitUntil(d -> !gridText().isBlank());
    }

    public String gridText() {
        return String.valueOf(js("""
                return Array.from(document.querySelectorAll('#people-grid vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('\\n');"""));
    }

    public String count() {
        return driver.findElement(By.id("people-count")).getText();
    }

    public AdminPeoplePage search(String text) {
        String before = count();
        WebElement field = waitFor(By.cssSelector("#people-search input"));
        field.sendKeys(text, Keys.TAB);
        waitUntil(d -> !count().equals(before));
        return this;
    }

    public AdminPersonPage open(String fullName) {
        waitUntil(d -> gridText().contains(fullName));
        js("""
                const cell = Array.from(document.querySelectorAll('#people-grid vaadin-grid-cell-content'))
                    .find(c => c.textContent.trim() === arguments[0]);
                cell.click();""", fullName);
        return new AdminPersonPage(driver);
    }
}
