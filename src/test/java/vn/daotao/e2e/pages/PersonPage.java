package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /unit/people/{userId} */
public class PersonPage extends Page {

    public PersonPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("person-name"));
    }

    public String name() {
        return driver.findElement(By.id("person-name")).getText();
    }

    /** The "Quá trình công tác" card: each unit the person was in, with its dates. */
    public String membershipsText() {
        return waitFor(By.id("person-memberships")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
