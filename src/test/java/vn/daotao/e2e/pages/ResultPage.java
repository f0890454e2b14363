package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /quiz/{attemptId} once submitted. */
public class ResultPage extends Page {

    public ResultPage(WebDriver driver) {
        super(driver);
        waitUntil(d -> currentPath().startsWith("/quiz/") && !status().isBlank());
    }

    public String status() {
        return text("result-status");
    }

    public String score() {
        return text("result-score");
    }

    private String text(String id) {
        Object text = js("const e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : '';", id);
        return String.valueOf(text);
    }

    public boolean showsReview() {
        return present(By.id("review"));
    }

    public ModulePage retry() {
        click(By.id("result-retry"));
        return new ModulePage(driver);
    }

    public CoursePage continueCourse() {
        click(By.id("result-continue"));
        return new CoursePage(driver);
    }
}
