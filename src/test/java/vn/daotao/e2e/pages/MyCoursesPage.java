package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /my-courses */
public class MyCoursesPage extends Page {

    public MyCoursesPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("my-courses-title"));
    }

    public String cardText(long assignmentId) {
        return waitFor(By.id("course-" + assignmentId)).getText();
    }

    /** The "Đã kết thúc" section (completed cycles and cycles left by moving), empty when there is none. */
    public String historyText() {
        return driver.findElements(By.id("my-courses-history")).stream()
                .findFirst()
                .map(e -> e.getText())
                .orElse("");
    }

    public CoursePage open(long assignmentId) {
        click(By.id("course-open-" + assignmentId));
        return new CoursePage(driver);
    }
}
