package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /login: the plain sign-in form (server-rendered HTML, no Vaadin). */
public class LoginPage extends Page {

    public LoginPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("login-form"));
        waitFor(By.id("username"));
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

    /** The single sign-on button: to the organisation's provider, and back. */
    public void signInWithOrganisationAccount() {
        click(By.id("login-sso"));
    }

    public String errorMessage() {
        return driver.findElements(By.id("login-error")).stream()
                .map(e -> e.getText().replace('\n', ' '))
                .findFirst()
                .orElse("");
    }

    public boolean errorShown() {
        return !driver.findElements(By.id("login-error")).isEmpty();
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
        WebElement user = waitFor(By.id("username"));
        WebElement pass = driver.findElement(By.id("password"));
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }
}
