package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a county officer does on the map, in real headless Chromium driven by Debian's chromedriver:
 * click a dangerous house and read who lives there (masked), switch to English.
 */
@OnH2Gis
class MapInteractionInChromiumTest {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    private void openMap() {
        browser.get("http://127.0.0.1:" + port + "/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                b.findElement(By.id("summary")).getText().contains("显示农房"));
    }

    @Test
    void clickingAnOccupiedDangerousHouseShowsWhoLivesThere() throws Exception {
        openMap();
        // H1 (111.05, 35.55), D, where 王建国's household (监测对象 + 低保) lives
        Long[] xy = houseScreenPosition(111.05, 35.55);
        // Selenium offsets are from the element's centre
        new Actions(browser).moveToElement(browser.findElement(By.id("map")),
                (int) (xy[0] - mapWidth() / 2), (int) (xy[1] - mapHeight() / 2)).click().perform();
        String popup = new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> {
            var popups = b.findElements(By.cssSelector(".leaflet-popup-content"));
            return popups.isEmpty() || !popups.get(0).getText().contains("王建国") ? null : popups.get(0).getText();
        });
        assertThat(popup).contains("D级 整栋危房").contains("1408**********1000").contains("138****0001")
                .doesNotContain("140825196001011000").contains("防止返贫监测帮扶对象");
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve("map-popup.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void switchingToEnglish() {
        openMap();
        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                b.findElement(By.id("summary")).getText().contains("Houses shown"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Anju · Rural house safety");
        assertThat(browser.findElement(By.id("legend")).getText()).contains("D dangerous");
        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElement(By.tagName("h1")).getText().startsWith("安居"));
    }

    /** Pixel position of a lon/lat inside the map element, from the page's own Leaflet map. */
    private Long[] houseScreenPosition(double lon, double lat) {
        Object result = ((JavascriptExecutor) browser).executeScript(
                "const p = document.getElementById('map').anjuMap.latLngToContainerPoint([arguments[1], arguments[0]]); return [Math.round(p.x), Math.round(p.y)];",
                lon, lat);
        List<?> xy = (List<?>) result;
        return new Long[] {((Number) xy.get(0)).longValue(), ((Number) xy.get(1)).longValue()};
    }

    private long mapWidth() {
        return browser.findElement(By.id("map")).getSize().getWidth();
    }

    private long mapHeight() {
        return browser.findElement(By.id("map")).getSize().getHeight();
    }
}
