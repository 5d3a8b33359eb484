package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.anju.testsupport.HeadlessChromium;
import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16 in real headless Chromium: the search box lists 安乐村 before 后安乐村, each hit with its
 * township; the import page has the header of every other page. Screenshots in
 * target/screenshots/search-exact-first.png and import-header.png.
 */
@OnH2Gis
class SearchAndImportHeaderInChromiumTest {

    @LocalServerPort
    int port;

    @TempDir
    Path profile;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.open(profile, 1280, 800);
    }

    @AfterEach
    void closeBrowserAndRemoveTheVillages() {
        browser.quit();
        jdbc.update("DELETE FROM admin_area WHERE code IN ('140825100203', '140825100204')");
    }

    private void screenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void typing安乐村ListsTheExactMatchFirst() throws Exception {
        jdbc.update("INSERT INTO admin_area (code, name, level, parent_code) VALUES ('140825100203', '后安乐村', 'VILLAGE', '140825100000')");
        jdbc.update("INSERT INTO admin_area (code, name, level, parent_code) VALUES ('140825100204', '安乐村', 'VILLAGE', '140825100000')");
        HeadlessChromium.logInAsAdministrator(browser, port, "/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                "true".equals(b.findElement(By.id("map")).getAttribute("data-ready")));

        browser.findElement(By.cssSelector("#search input")).sendKeys("安乐村");
        List<WebElement> hits = new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector(".search-hits button"));
            return found.size() == 2 ? found : null;
        });
        screenshot("search-exact-first.png");

        assertThat(hits.get(0).getText()).startsWith("行政村 安乐村").contains("龙兴镇");
        assertThat(hits.get(1).getText()).startsWith("行政村 后安乐村");
    }

    @Test
    void theImportPageHasTheHeaderOfTheOtherPages() throws Exception {
        HeadlessChromium.logInAsAdministrator(browser, port, "/import.html");
        WebElement nav = new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
            List<WebElement> links = b.findElements(By.cssSelector("#pages a"));
            return links.isEmpty() ? null : b.findElement(By.id("pages"));
        });
        screenshot("import-header.png");

        assertThat(nav.getText()).contains("地图").contains("数据导入");
        assertThat(nav.findElement(By.cssSelector("[aria-current=page]")).getAttribute("href")).endsWith("/import.html");
        assertThat(browser.findElement(By.id("user")).getText()).contains("admin");
    }

    private Object inPage(String module, String expression) {
        return browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('" + module + "').then((m) => done(" + expression + "), (e) => done('failed: ' + e));");
    }

    @Test
    void theBrowsersGeolocationErrorIsShownInThePagesLanguage() {
        HeadlessChromium.logInAsAdministrator(browser, port, "/field.html");

        assertThat(inPage("/js/field-position.js", "[1, 2, 3].map((code) => m.positionErrorText({ code, message: 'User denied Geolocation' }))"))
                .isEqualTo(List.of("未允许本页使用位置", "暂时无法定位（GPS信号弱？）", "定位超时"));
    }

    /** Relative luminance (WCAG) of a #rrggbb colour: what is left of a colour to a colour-blind eye. */
    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    @Test
    void sevenAndEightDegreeZonesDifferInLightnessAndBothAreInTheLegend() throws Exception {
        HeadlessChromium.logInAsAdministrator(browser, port, "/");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b ->
                "true".equals(b.findElement(By.id("map")).getAttribute("data-ready")));
        @SuppressWarnings("unchecked")
        var colours = (java.util.Map<String, String>) inPage("/js/style.js", "m.SEISMIC_COLOURS");

        double seven = luminance(colours.get("7"));
        double eight = luminance(colours.get("8"));
        // WCAG contrast ratio between the two fills: at least 3 (the old #ffd27f / #f29e4c gave 1.5)
        assertThat((Math.max(seven, eight) + 0.05) / (Math.min(seven, eight) + 0.05)).isGreaterThan(3.0);
        assertThat(browser.findElements(By.cssSelector(".swatch.seismic")).stream().map(e -> e.getAttribute("data-intensity")))
                .contains("7", "8");
        screenshot("seismic-zones.png");
    }
}
