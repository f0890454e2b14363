package vn.daotao.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** Fetches a file the way the browser would, with the browser's session cookie. */
final class Downloads {

    private Downloads() {}

    static HttpResponse<byte[]> get(WebDriver driver, String url) {
        String cookies = driver.manage().getCookies().stream()
                .map(Cookie::getName)
                .map(name -> name + "=" + driver.manage().getCookieNamed(name).getValue())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot fetch " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
