package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /account/password */
public class ChangePasswordPage extends Page {

    public ChangePasswordPage(WebDriver driver) {
        super(driver);
        waitUntil(d -> currentPath().equals("/account/password"));
        waitFor(By.id("password-title"));
    }

    public boolean mustChange() {
        return present(By.id("password-must"));
    }

    /** Submits a change that must be refused; returns the error shown. */
    public String change(String current, String replacement) {
        fill(current, replacement);
        return waitUntil(d -> {
            Object message =
                    js("const f = document.getElementById('password-new'); return f.invalid ? f.errorMessage : null;");
            return message == null ? null : message.toString();
        });
    }

    public HomePage changeTo(String current, String replacement) {
        fill(current, replacement);
        return new HomePage(driver);
    }

    private void fill(String current, String replacement) {
        type("password-current", current);
        type("password-new", replacement);
        type("password-confirm", replacement);
        click(By.id("password-save"));
    }

    private void type(String id, String text) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
