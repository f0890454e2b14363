package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** What a signed-in person sees for an address that does not exist, or a record that is not theirs. */
public class NotFoundPage extends Page {

    public NotFoundPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("not-found"));
    }

    public String message() {
        return driver.findElement(By.id("not-found")).getText();
    }
}
