package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /admin/courses: the course list and the "create course" dialog. */
public class AdminCoursesPage extends Page {

    public AdminCoursesPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("courses-grid"));
    }

    public CourseEditorPage create(String code, String title, String description) {
        click(By.id("course-create"));
        waitVisible(By.cssSelector("#course-code input")).sendKeys(code);
        driver.findElement(By.cssSelector("#course-title input")).sendKeys(title);
        driver.findElement(By.cssSelector("#course-description textarea")).sendKeys(description);
        click(By.id("course-save"));
        return new CourseEditorPage(driver);
    }

    public CourseEditorPage open(String code) {
        click(By.id("course-open-" + code));
        return new CourseEditorPage(driver);
    }
}
