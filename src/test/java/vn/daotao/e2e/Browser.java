package vn.daotao.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Chromium with the binaries found on PATH (Debian's chromium and chromedriver), or
 * those named by -Dchrome.binary / -Dchromedriver.binary. Selenium never downloads a browser here.
 */
final class Browser {

    private Browser() {}

    /** A started browser and the throw-away profile folder it uses. */
    record Session(ChromeDriver driver, Path profile) {
        void quit() {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot remove the Chromium profile " + profile, e);
            }
        }
    }

    static Session start() {
        File chrome = locate("chrome.binary", List.of("chromium", "chromium-browser", "google-chrome"));
        File driver = locate("chromedriver.binary", List.of("chromedriver"));
        Path profile;
        try {
            profile = Files.createTempDirectory("chrome-profile");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a Chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        profile.resolve("downloads").toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        // The console is read after each test: a Content-Security-Policy violation fails it.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-extensions",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        return new Session(new ChromeDriver(service, options), profile);
    }

    private static File locate(String property, List<String> names) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            File file = new File(configured);
            if (!file.canExecute()) {
                throw new IllegalStateException(property + " points to " + configured + ", which is not executable");
            }
            return file;
        }
        return names.stream()
                .map(Browser::onPath)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("None of " + names + " is on PATH. Install them "
                        + "(apt-get install -y chromium chromium-driver) or set -D" + property + "=/path/to/binary"));
    }

    private static Optional<File> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.isFile() && candidate.canExecute()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
