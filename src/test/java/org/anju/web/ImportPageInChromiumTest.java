package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.anju.testsupport.Api;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 数据导入 in real headless Chromium: county staff choose a village's sheet, see the import run
 * (an asynchronous job with a progress bar) and read the row errors in a table; then import the
 * good rows with "skip bad rows". Screenshot in target/screenshots/import-page.png.
 */
@OnH2Gis
class ImportPageInChromiumTest {

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = HeadlessChromium.open(Files.createDirectories(temp.resolve("profile")), 1280, 900);
    }

    @AfterEach
    void closeBrowserAndRemoveImportedHouses() {
        browser.quit();
        jdbc.update("DELETE FROM house WHERE code LIKE 'IMP-W%'");
        jdbc.update("DELETE FROM disaster_event WHERE name = ?", PAGE_FLOOD);
    }

    private static final String PAGE_FLOOD = "导入页测试洪水";

    private void logIn() {
        HeadlessChromium.logInAsAdministrator(browser, port, "/import.html");
    }

    private String result() {
        return browser.findElement(By.id("import-result")).getText();
    }

    private void importFile(Path file) {
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        browser.findElement(By.id("import-start")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(b -> b.findElement(By.id("import-result")).isDisplayed()
                && b.findElement(By.id("import-start")).isEnabled());
    }

    @Test
    void countyStaffImportAFileFollowTheProgressAndReadTheRowErrors() throws Exception {
        Path sheet = temp.resolve("东村台账.csv");
        Files.writeString(sheet, """
                房屋编码,行政村代码,经度,纬度,房屋等级,是否住人
                IMP-W1,140825100201,111.051,35.551,C级,是
                IMP-W2,140825100201,111.052,35.552,E级,是
                IMP-W3,140825100201,121.5,31.2,B,否
                """, StandardCharsets.UTF_8);
        logIn();
        browser.get("http://127.0.0.1:" + port + "/");
        // the header's page links: 数据导入 for county staff
        By importLink = By.cssSelector("#pages a[href='/import.html']");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> !b.findElements(importLink).isEmpty()
                && b.findElement(importLink).isDisplayed());
        browser.findElement(importLink).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.getCurrentUrl().endsWith("/import.html")
                && b.findElement(By.id("user")).getText().contains("admin"));
        assertThat(browser.getPageSource()).contains("数据导入").contains("跳过错误行，写入其余各行");

        importFile(sheet);

        assertThat(browser.findElement(By.id("import-phase")).getText()).isEqualTo("完成");
        assertThat(browser.findElement(By.id("import-bar")).getAttribute("value")).isEqualTo("100");
        assertThat(browser.findElement(By.id("import-counts")).getText()).isEqualTo("已读取 3 行，其中 2 处错误");
        assertThat(result()).contains("有 2 行数据有误，未写入任何数据").contains("CSV").contains("读取行数");
        List<String> rows = browser.findElements(By.cssSelector(".import-errors tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("3 房屋等级 E级");
        assertThat(rows.get(1)).isEqualTo("4 geometry 121.5, 31.2 坐标不在测试县境内");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "import-page.png"), browser.getScreenshotAs(OutputType.BYTES));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house WHERE code LIKE 'IMP-W%'", Integer.class)).isZero();

        new Select(browser.findElement(By.id("import-mode"))).selectByValue("skip-invalid");
        importFile(sheet);

        assertThat(result()).contains("导入完成：新增 1 条，更新 0 条，跳过错误行 2 行。");
        assertThat(jdbc.queryForList("SELECT code FROM house WHERE code LIKE 'IMP-W%'", String.class))
                .containsExactly("IMP-W1");

        browser.findElement(By.id("language")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.findElement(By.id("import-start")).getText()
                .equals("Import"));
        assertThat(browser.getPageSource()).contains("skip bad rows, write the others");
    }

    @Test
    void aDisasterFootprintWithItsEventNameAndType() throws Exception {
        Path flood = temp.resolve("洪水范围.geojson");
        Files.writeString(flood, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"水深": ">1.5m"}, "geometry": {"type": "Polygon", "coordinates":
                    [[[111.145, 35.545], [111.165, 35.545], [111.165, 35.565], [111.145, 35.565], [111.145, 35.545]]]}}]}
                """, StandardCharsets.UTF_8);
        logIn();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.findElement(By.id("user")).getText().contains("admin"));
        assertThat(browser.findElement(By.id("import-event-name")).isDisplayed()).isFalse();

        new Select(browser.findElement(By.id("import-layer"))).selectByValue("disasters");
        browser.findElement(By.id("import-event-name")).sendKeys(PAGE_FLOOD);
        new Select(browser.findElement(By.id("import-event-type"))).selectByValue("FLOOD");
        importFile(flood);

        assertThat(result()).contains("导入完成：新增 1 条").contains(PAGE_FLOOD + "（1 个范围部分）");
        assertThat(jdbc.queryForObject("SELECT type FROM disaster_event WHERE name = ?", String.class, PAGE_FLOOD))
                .isEqualTo("FLOOD");
    }
}
