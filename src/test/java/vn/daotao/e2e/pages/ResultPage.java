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

    /** Whether the options and right answers are shown (not only which questions were right or wrong). */
    public boolean showsAnswers() {
        return present(By.cssSelector("#review .review-option"));
    }

    /** The questions marked wrong in the review. */
    public int wrongQuestions() {
        return ((Number) js("return document.querySelectorAll('#review .review-item.review-wrong').length;"))
                .intValue();
    }

    /** The announcement of a completed course, or "" when none is shown. */
    public String completionAnnouncement() {
        waitUntil(d -> !d.findElements(By.id("completion-announcement")).isEmpty());
        return driver.findElement(By.id("completion-announcement")).getText();
    }

    public String completionCertificateLink() {
        return driver.findElement(By.id("completion-certificate")).getAttribute("href");
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
