package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /verify/{code}, signed out. */
public class VerifyPage extends Page {

    public VerifyPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("verify-result"));
    }

    public String status() {
        return driver.findElement(By.id("verify-status")).getText();
    }

    public String text() {
        return driver.findElement(By.id("verify-result")).getText();
    }
}
