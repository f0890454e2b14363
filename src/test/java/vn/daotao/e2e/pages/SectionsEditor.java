package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The "content" tab of the module editor: sections in Markdown with a live preview. */
public class SectionsEditor extends Page {

    public SectionsEditor(WebDriver driver) {
        super(driver);
        waitFor(By.id("sections-panel"));
    }

    /** Opens the dialog, types the section and waits until the preview shows {@code expectedPreview}. */
    public SectionsEditor write(String title, String markdown, String expectedPreview) {
        click(By.id("section-add"));
        waitVisible(By.cssSelector("#section-title input")).sendKeys(title);
        driver.findElement(By.cssSelector("#section-markdown textarea")).sendKeys(markdown);
        waitUntil(d -> d.findElement(By.id("section-preview"))
                .getAttribute("innerHTML")
                .contains(expectedPreview));
        return this;
    }

    public String previewHtml() {
        return driver.findElement(By.id("section-preview")).getAttribute("innerHTML");
    }

    public SectionsEditor save(int expectedPosition) {
        click(By.id("section-save"));
        waitFor(By.id("section-" + expectedPosition));
        return this;
    }

    public String sectionText(int position) {
        return waitFor(By.id("section-" + position)).getText();
    }
}
