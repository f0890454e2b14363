package vn.daotao.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /certificates */
public class CertificatesPage extends Page {

    public CertificatesPage(WebDriver driver) {
        super(driver);
        waitFor(By.id("certificates-title"));
    }

    public String downloadLink(String serial) {
        return waitFor(By.id("cert-download-" + serial)).getAttribute("href");
    }

    public String cardText(String serial) {
        return driver.findElement(By.id("certificate-" + serial)).getText();
    }
}
