package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /courses/{assignmentId}: the module list. */
public class CoursePage extends Page {

    public CoursePage(WebDriver driver) {
        super(driver);
        waitFor(By.id("course-title"));
        waitFor(By.id("module-list"));
    }

    public String moduleText(int position) {
        return driver.findElement(By.id("module-" + position)).getText();
    }

    public boolean canOpen(int position) {
        return present(By.id("module-open-" + position));
    }

    public ModulePage openModule(int position) {
        click(By.id("module-open-" + position));
        return new ModulePage(driver);
    }

    /** The commitment card shown once every module is passed, or empty when there is none. */
    public String commitmentText() {
        return present(By.id("course-commitment"))
                ? driver.findElement(By.id("course-commitment")).getText()
                : "";
    }

    /** Confirms the commitment; the page reloads with the course completed. */
    public CoursePage confirmCommitment() {
        click(By.id("commitment-confirm"));
        waitFor(By.id("course-completed"));
        return new CoursePage(driver);
    }

    public boolean completed() {
        return present(By.id("course-completed"));
    }

    public String progressText() {
        return driver.findElement(By.id("course-progress-text")).getText();
    }

    public CertificatesPage openCertificates() {
        click(By.id("course-certificate-link"));
        return new CertificatesPage(driver);
    }
}
