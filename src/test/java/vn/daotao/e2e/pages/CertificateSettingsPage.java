package vn.daotao.e2e.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /admin/certificate-settings: the template form, the seal upload and the sample link. */
public class CertificateSettingsPage extends Page {

    public CertificateSettingsPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("settings-title"));
        waitUntil(d -> !value("settings-organisation").isBlank());
    }

    public String value(String id) {
        return String.valueOf(js("return document.getElementById(arguments[0]).value;", id));
    }

    public CertificateSettingsPage type(String id, String text) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        waitUntil(d -> value(id).equals(text));
        return this;
    }

    /** Puts the file into the upload's file input, as choosing it in the file dialog would. */
    public CertificateSettingsPage uploadSeal(Path png) {
        WebElement input = (WebElement) js("""
                const upload = document.getElementById('settings-seal-upload');
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""");
        input.sendKeys(png.toAbsolutePath().toString());
        waitFor(By.id("settings-seal-image"));
        return this;
    }

    public String save() {
        click(By.id("settings-save"));
        return waitUntil(d -> {
            Object text = js("""
                    return Array.from(document.querySelectorAll('vaadin-notification-card'))
                        .map(c => c.textContent.trim()).join(' ');""");
            return String.valueOf(text).isBlank() ? null : String.valueOf(text);
        });
    }

    public String sampleHref() {
        return waitFor(By.id("settings-sample")).getAttribute("href");
    }
}
