package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /admin/audit: the log and the details dialog of one event. */
public class AuditPage extends Page {

    public AuditPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("audit-title"));
        waitFor(By.id("audit-grid"));
    }

    /** Opens the newest event whose row mentions the text (the grid is newest first). */
    public AuditPage openRowContaining(String text) {
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const cells = Array.from(document.querySelectorAll('#audit-grid vaadin-grid-cell-content'));
                const cell = cells.find(c => c.textContent.includes(arguments[0]));
                if (cell) { cell.click(); return true; }
                return false;""", text)));
        waitFor(By.id("audit-details-changes"));
        return this;
    }

    public String change(String field) {
        return waitFor(By.id("audit-change-" + field)).getText();
    }

    public String detailsText() {
        return waitFor(By.id("audit-details-changes")).getText();
    }
}
