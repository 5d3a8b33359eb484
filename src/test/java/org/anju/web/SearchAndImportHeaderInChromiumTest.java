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
}
