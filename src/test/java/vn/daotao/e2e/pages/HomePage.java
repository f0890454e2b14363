package vn.daotao.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The signed-in shell on the role home "/". */
public class HomePage extends Page {

    private static final List<String> NAV_IDS =
            List.of("nav-home", "nav-my-courses", "nav-certificates", "nav-unit", "nav-admin", "nav-admin-audit");

    public HomePage(WebDriver driver) {
        super(driver);
        waitFor(By.id("home-greeting"));
        waitFor(By.id("side-nav"));
    }

    public String greeting() {
        return driver.findElement(By.id("home-greeting")).getText();
    }

    public String userName() {
        return driver.findElement(By.id("user-name")).getText();
    }

    public String userUnit() {
        return driver.findElement(By.id("user-unit")).getText();
    }

    /** The ids of the navigation entries this person sees, in order. */
    public List<String> navigationEntries() {
        return driver.findElements(By.cssSelector("#side-nav vaadin-side-nav-item")).stream()
                .map(e -> e.getAttribute("id"))
                .filter(NAV_IDS::contains)
                .toList();
    }

    public boolean hasCard(String id) {
        return present(By.id(id));
    }

    public String cardText(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public LoginPage signOut() {
        click(By.id("logout"));
        waitUntil(d -> currentPath().equals("/login"));
        return new LoginPage(driver);
    }
}
