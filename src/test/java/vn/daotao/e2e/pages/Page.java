package vn.daotao.e2e.pages;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Shared waiting helpers: explicit waits only, never sleeps. */
public abstract class Page {

    protected static final Duration TIMEOUT = Duration.ofSeconds(30);
    protected final WebDriver driver;

    protected Page(WebDriver driver) {
        this.driver = driver;
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    protected WebElement waitVisible(By locator) {
        return new WebDriverWait(driver, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Scrolls the element to the middle of its scroll container first: Vaadin's app layout scrolls its content itself. */
    protected void click(By locator) {
        WebElement element = waitFor(locator);
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        new WebDriverWait(driver, TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    protected <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT).until(condition::apply);
    }

    protected boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }
}
