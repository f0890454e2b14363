package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /admin/people/directory: the directory sync's dry run, the sync and the last runs. */
public class AdminDirectoryPage extends Page {

    public AdminDirectoryPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("directory-title"));
    }

    /** Runs the dry run; returns when its summary is shown. */
    public AdminDirectoryPage dryRun() {
        click(By.id("directory-preview"));
        waitUntil(d -> !summary().isBlank());
        return this;
    }

    /** Runs the sync; returns when the page says it is done. */
    public AdminDirectoryPage sync() {
        click(By.id("directory-run"));
        waitUntil(d -> summary().startsWith("Đã đồng bộ"));
        return this;
    }

    public String summary() {
        return driver.findElement(By.id("directory-summary")).getText();
    }

    public String text(String gridId) {
        return String.valueOf(js("""
                return Array.from(document.querySelectorAll('#' + arguments[0] + ' vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('\\n');""", gridId));
    }
}
