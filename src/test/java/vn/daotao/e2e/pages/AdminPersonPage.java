package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /admin/people/{id}: the person form and account actions. */
public class AdminPersonPage extends Page {

    public AdminPersonPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("person-title"));
        waitFor(By.cssSelector("#person-fullname input"));
    }

    public String title() {
        return driver.findElement(By.id("person-title")).getText();
    }

    public String fullName() {
        return String.valueOf(js("return document.querySelector('#person-fullname').value;"));
    }

    /** Resets the password after confirming; returns the one-time password the dialog shows. */
    public String resetPassword() {
        click(By.id("person-reset"));
        click(By.id("person-reset-ok"));
        return waitVisible(By.id("otp-value")).getText();
    }

    public void closePasswordDialog() {
        click(By.id("otp-close"));
        waitUntil(d -> d.findElements(By.id("otp-value")).isEmpty());
    }

    public String accountText() {
        return driver.findElement(By.id("person-account")).getText();
    }
}
