package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator makes an API token in the browser, sees its secret once, uses it from outside (200), revokes it
 * (401 from then on), and opens the API's description in Swagger UI.
 */
class ApiTokensIT extends BrowserTestBase {

    @Test
    void anAdministratorMakesUsesAndRevokesAToken() throws Exception {
        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/api-tokens");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("api-tokens-new")))
                .click();
        WebElement name =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#api-token-name input")));
        name.sendKeys("Phần mềm nhân sự Văn phòng");
        driver.findElement(By.cssSelector("#api-token-scopes vaadin-checkbox:first-of-type input"))
                .click();
        screenshot("api-token-new");
        driver.findElement(By.id("api-token-save")).click();
        WebElement secretField =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#api-token-secret input")));
        String secret = secretField.getAttribute("value");
        assertThat(secret).startsWith("dt_").hasSize(43);
        screenshot("api-token-secret");
        driver.findElement(By.id("api-token-secret-done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("api-token-secret-dialog")));
        String grid = driver.findElement(By.id("api-tokens-grid")).getText();
        assertThat(grid).contains("Phần mềm nhân sự Văn phòng", secret.substring(0, 10), "Đang dùng");
        assertThat(grid).doesNotContain(secret.substring(10));
        screenshot("api-tokens");

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest units = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/units?size=1"))
                .header("Authorization", "Bearer " + secret)
                .build();
        assertThat(http.send(units, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);

        driver.findElement(By.cssSelector("[id^='api-token-revoke-']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-token-revoke-confirm")));
        driver.findElement(By.cssSelector("#api-token-revoke-confirm [slot='confirm-button']"))
                .click();
        wait.until(d -> d.findElement(By.id("api-tokens-grid")).getText().contains("Đã thu hồi"));
        assertThat(http.send(units, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(401);

        open("/swagger-ui.html");
        wait.until(d -> d.getPageSource().contains("/api/v1/people/{employeeCode}"));
        screenshot("api-swagger-ui");
    }
}
