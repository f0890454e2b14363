package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /unit: figures, the sub-unit table and the people grid. */
public class UnitPage extends Page {

    public UnitPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("unit-figures"));
        waitFor(By.id("subunit-grid"));
        waitFor(By.id("people-grid"));
        waitUntil(d -> !gridText("subunit-grid").isBlank());
    }

    public String stat(String key) {
        return String.valueOf(
                js("return document.querySelector('#stat-' + arguments[0] + ' .stat-value').textContent;", key));
    }

    /** Opens "Số liệu của biểu đồ" (its table is made on opening) and returns the table's text. */
    public String chartFiguresText() {
        driver.findElement(By.cssSelector("#chart-data-details summary")).click();
        return waitVisible(By.id("chart-data")).getText();
    }

    /** The status badges the people grid shows (a template the browser fills), in row order. */
    public java.util.List<String> statusBadges() {
        @SuppressWarnings("unchecked")
        java.util.List<String> badges = (java.util.List<String>) js("""
                return Array.from(document.querySelectorAll('#people-grid vaadin-grid-cell-content .badge'))
                    .filter(b => !b.hidden).map(b => b.className + ':' + b.textContent.trim());""");
        return badges;
    }

    public String subUnitsText() {
        return gridText("subunit-grid");
    }

    public String peopleText() {
        return gridText("people-grid");
    }

    public String peopleCount() {
        return driver.findElement(By.id("people-count")).getText();
    }

    /** Clicks the sub-unit row with this name: the dashboard reopens on that unit. */
    public UnitPage drillInto(String unitName) {
        String before = driver.getCurrentUrl();
        js("""
                const cell = Array.from(document.querySelectorAll('#subunit-grid vaadin-grid-cell-content'))
                    .find(c => c.textContent.trim() === arguments[0]);
                cell.click();""", unitName);
        waitUntil(d -> !d.getCurrentUrl().equals(before));
        return new UnitPage(driver);
    }

    public UnitPage search(String text) {
        String before = peopleCount();
        WebElement field = waitFor(By.cssSelector("#people-search input"));
        field.sendKeys(text, Keys.TAB);
        waitUntil(d -> !peopleCount().equals(before));
        return this;
    }

    public PersonPage openPerson(String fullName) {
        waitUntil(d -> peopleText().contains(fullName));
        js("""
                const cell = Array.from(document.querySelectorAll('#people-grid vaadin-grid-cell-content'))
                    .find(c => c.textContent.trim() === arguments[0]);
                cell.click();""", fullName);
        return new PersonPage(driver);
    }

    /** Clicks an export as a person would and waits for the page to say it is ready. */
    public String exportInBrowser(String id) {
        click(By.id(id));
        return waitUntil(d -> {
            Object text = js("""
                    return Array.from(document.querySelectorAll('vaadin-notification-card'))
                        .map(c => c.textContent.trim()).join(' ');""");
            return String.valueOf(text).isBlank() ? null : String.valueOf(text);
        });
    }

    /**
     * Whether the progress line is still shown once every export has had time to finish. The notice of an
     * earlier export (e.g. one fetched outside the page) can arrive before this one ends, so wait.
     */
    public boolean exportProgressVisibleAfterwards() {
        try {
            waitUntil(d -> !exportProgressVisible());
        } catch (org.openqa.selenium.TimeoutException stillShown) {
            return true;
        }
        return false;
    }

    public boolean exportProgressVisible() {
        return Boolean.TRUE.equals(
                js("const p = document.getElementById('export-progress'); return !!p && !p.hidden;"));
    }

    /**
     * Opens the official report dialog and types its fields as a person does; returns once the browser has
     * sent every keystroke to the server (the fields sync as they are typed).
     */
    public UnitPage officialReport(String number, String recipients, String position, String name) {
        click(By.id("export-official"));
        waitFor(By.id("official-report-dialog"));
        waitFor(By.cssSelector("#official-number input")).sendKeys(number);
        WebElement area = waitFor(By.cssSelector("#official-recipients textarea"));
        for (String line : recipients.split("\n")) {
            area.sendKeys(line, org.openqa.selenium.Keys.ENTER);
        }
        waitFor(By.cssSelector("#official-signer-position input")).sendKeys(position);
        waitFor(By.cssSelector("#official-signer-name input")).sendKeys(name);
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
        return this;
    }

    /** Whether "Nhắc người quá hạn" can be clicked, and its tooltip. */
    public boolean remindEnabled() {
        return waitFor(By.id("remind-overdue")).getDomAttribute("disabled") == null;
    }

    public String exportLink(String id) {
        return waitFor(By.id(id)).getAttribute("href");
    }

    /** Chooses the kind of period ("Năm", "Quý", ...) in the period picker, as a person clicks it. */
    public UnitPage periodKind(String label) {
        click(By.id("period-kind"));
        waitUntil(d -> Boolean.TRUE.equals(js("""
                const item = Array.from(document.querySelectorAll('vaadin-select-item'))
                    .find(i => i.textContent.trim() === arguments[0]);
                if (!item) return false;
                item.click();
                return true;""", label)));
        return this;
    }

    public UnitPage year(int year) {
        WebElement field = waitVisible(By.cssSelector("#period-year input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(year), Keys.TAB);
        return this;
    }

    public UnitPage compareWithPrevious() {
        click(By.id("period-compare"));
        return this;
    }

    /** Clicks "Xem": the page reopens on the chosen period. */
    public UnitPage apply() {
        String before = driver.getCurrentUrl();
        click(By.id("period-apply"));
        waitUntil(d -> !d.getCurrentUrl().equals(before));
        return new UnitPage(driver);
    }

    public String periodShown() {
        return waitFor(By.id("period-shown")).getText();
    }

    /** The comparison table's cells, with the table scrolled into view. */
    public String comparisonText() {
        js("arguments[0].scrollIntoView({block: 'start'});", waitFor(By.id("comparison")));
        waitFor(By.id("compare-grid"));
        return gridText("compare-grid");
    }

    private String gridText(String id) {
        return String.valueOf(js("""
                const grid = document.getElementById(arguments[0]);
                return grid ? Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('\\n') : '';""", id));
    }
}
