package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /login: Vaadin's login form, whose inputs are found through the form's id. */
public class LoginPage extends Page {

    public LoginPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("login-form"));
        waitFor(By.cssSelector("#login-form input[name='username']"));
    }

    public HomePage signInAs(String username, String password) {
        submit(username, password);
        return new HomePage(driver);
    }

    /** Signs in without expecting a particular page next. */
    public void signInWith(String username, String password) {
        submit(username, password);
    }

    /** Signs in with credentials that must be refused; returns the login page showing the error. */
    public LoginPage signInExpectingError(String username, String password) {
        submit(username, password);
        waitUntil(d -> d.getCurrentUrl().contains("error") && !errorMessage().isBlank());
        return this;
    }

    public String errorMessage() {
        return (String) js("""
                const form = document.getElementById('login-form');
                if (!form || !form.error) return '';
                return (form.i18n.errorMessage.title || '') + ' ' + (form.i18n.errorMessage.message || '');""");
    }

    public boolean errorShown() {
        return Boolean.TRUE.equals(js("return document.getElementById('login-form').error === true;"));
    }

    /** Flips between Vietnamese and English; the page reloads in the other language. */
    public void switchLanguage() {
        String before = title();
        driver.findElement(By.id("language-switch")).click();
        waitUntil(d -> {
            try {
                return !d.findElement(By.id("login-title")).getText().equals(before);
            } catch (org.openqa.selenium.WebDriverException reloading) {
                return false;
            }
        });
    }

    public String title() {
        return driver.findElement(By.id("login-title")).getText();
    }

    private void submit(String username, String password) {
        WebElement user = waitFor(By.cssSelector("#login-form input[name='username']"));
        WebElement pass = driver.findElement(By.cssSelector("#login-form input[name='password']"));
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("#login-form vaadin-button[slot='submit'], #login-form vaadin-button"))
                .click();
    }
}
