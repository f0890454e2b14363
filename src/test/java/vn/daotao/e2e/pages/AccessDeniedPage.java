package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** What a signed-in person sees when their role may not open a page. */
public class AccessDeniedPage extends Page {

    public AccessDeniedPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("access-denied"));
    }

    public String message() {
        return driver.findElement(By.id("access-denied")).getText();
    }
}
