package org.anju.testsupport;

import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver, with the flags this machine needs
 * (no sandbox as root, no background networking: the network is closed) — for the browser tests
 * of the pages in {@code web/}; and the login form, as a county officer fills it in.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A new browser with an empty profile in {@code profile} and a window of {@code width} × {@code height}. */
    public static ChromeDriver open(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Opens {@code path}, which leads to the login form, logs in as the first-start administrator and
     * waits until the form has let the browser through (it stays on the page the login led to).
     */
    public static void logInAsAdministrator(ChromeDriver browser, int port, String path) {
        logIn(browser, port, path, "admin", Api.ADMIN_PASSWORD);
    }

    /** As {@link #logInAsAdministrator}, for the account {@code username}. */
    public static void logIn(ChromeDriver browser, int port, String path, String username, String password) {
        browser.get("http://127.0.0.1:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.getCurrentUrl().contains("/login.html"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login-form button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> !b.getCurrentUrl().contains("/login"));
    }
}
