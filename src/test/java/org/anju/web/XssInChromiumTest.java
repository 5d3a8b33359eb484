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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names that are markup (issue 7: "a household named {@code <script>}"), in real headless Chromium:
 * a house address, a household head and a village named {@code <script>…</script>} and
 * {@code <img src=x onerror=…>} are shown as the text they are — in the map popup, the search
 * results, the case ledger and the import report — no element is made from them and
 * {@code window.__xss} stays undefined. The Content-Security-Policy would block the scripts anyway;
 * these checks do not rely on it: they look for the elements the markup would have created.
 */
@OnH2Gis
class XssInChromiumTest {

    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    /** 西村: the spec's house stands at a place of its own there. */
    static final String XICUN = "140825100202";
    static final String HOUSE = "XSS-H1";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;
    Api api;
    long caseId;

    @BeforeEach
    void aHouseholdNamedAsMarkup() throws Exception {
        api = new Api(port);
        var house = api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.0347, 35.6747]},
                 "properties": {"code": "%s", "village_code": "%s", "address": %s, "structure": "EARTH_WOOD",
                                "grade": "D", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}
                """.formatted(HOUSE, XICUN, Api.JSON.writeValueAsString(SCRIPT + IMG)));
        assertThat(house.status()).as(house.toString()).isEqualTo(201);
        var household = api.post("/api/households", """
                {"code": "XSS-HH1", "head_name": %s, "members": 2, "village_code": "%s",
                 "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}
                """.formatted(Api.JSON.writeValueAsString(IMG), XICUN, HOUSE));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        var opened = api.post("/api/cases", "{\"house\": \"" + HOUSE + "\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        caseId = opened.json().path("id").asLong();
        jdbc.update("UPDATE admin_area SET name = ? WHERE code = ?", "西村" + SCRIPT, XICUN);

        browser = HeadlessChromium.open(Files.createDirectories(temp.resolve("profile")), 1400, 900);
    }

    @AfterEach
    void closeAndRemove() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.update("UPDATE admin_area SET name = ? WHERE code = ?", "西村", XICUN);
        jdbc.update("DELETE FROM casework_transition WHERE case_id = ?", caseId);
        jdbc.update("DELETE FROM casework_document WHERE case_id = ?", caseId);
        jdbc.update("DELETE FROM inspection_task WHERE case_id = ?", caseId);
        jdbc.update("DELETE FROM casework_case WHERE id = ?", caseId);
        assertThat(api.delete("/api/households/XSS-HH1").status()).isIn(204, 404);
        assertThat(api.delete("/api/houses/" + HOUSE).status()).isIn(204, 404);
        jdbc.update("DELETE FROM house WHERE code LIKE 'XSS-IMP%'");
    }

    @Test
    void theMapPopupShowsTheNamesAsText() {
        logInAndOpen("/?house=" + HOUSE);
        String popup = wait(30).until(b -> {
            var popups = b.findElements(By.cssSelector(".leaflet-popup-content"));
            return popups.isEmpty() || !popups.get(0).getText().contains(HOUSE) ? null : popups.get(0).getText();
        });
        assertThat(popup).contains(SCRIPT + IMG).contains(IMG).contains("西村" + SCRIPT);
        assertNoMarkupRan();
    }

    @Test
    void searchResultsShowTheNamesAsText() {
        logInAndOpen("/");
        wait(30).until(b -> "true".equals(b.findElement(By.id("map")).getAttribute("data-ready")));
        browser.findElement(By.cssSelector("#search input")).sendKeys("<img");
        String hits = wait(15).until(b -> {
            String text = b.findElement(By.cssSelector(".search-hits")).getText();
            return text.contains("onerror") ? text : null;
        });
        assertThat(hits).contains(IMG);
        assertNoMarkupRan();
    }

    @Test
    void theCaseLedgerShowsTheNamesAsText() {
        logInAndOpen("/cases.html?case=" + caseId);
        wait(30).until(b -> "true".equals(b.findElement(By.id("ledger")).getAttribute("data-ready")));
        String detail = wait(30).until(b -> {
            String text = b.findElement(By.id("detail-pane")).getText();
            return text.contains("案件 " + caseId) ? text : null;
        });
        assertThat(detail).contains(IMG);
        browser.findElement(By.name("house")).sendKeys(HOUSE);
        String row = wait(15).until(b -> b.findElements(By.cssSelector("#case-rows tr[data-case='" + caseId + "']"))
                .stream().findFirst().map(r -> r.getText()).orElse(null));
        assertThat(row).contains(IMG).contains("西村" + SCRIPT);
        assertNoMarkupRan();
    }

    @Test
    void theImportReportShowsTheRejectedValuesAsText() throws Exception {
        Path sheet = temp.resolve("xss.csv");
        Files.writeString(sheet, """
                房屋编码,行政村代码,经度,纬度,房屋等级,是否住人,地址
                XSS-IMP1,140825100202,111.034,35.674,"%s",是,"%s"
                """.formatted(IMG.replace("\"", "\"\""), SCRIPT), StandardCharsets.UTF_8);
        logInAndOpen("/import.html");
        wait(15).until(b -> b.findElement(By.id("user")).getText().contains("admin"));
        browser.findElement(By.id("import-file")).sendKeys(sheet.toString());
        browser.findElement(By.id("import-start")).click();
        wait(60).until(b -> b.findElement(By.id("import-result")).isDisplayed() && b.findElement(By.id("import-start")).isEnabled());
        List<String> rows = browser.findElements(By.cssSelector(".import-errors tbody tr")).stream().map(r -> r.getText()).toList();
        assertThat(rows).anyMatch(r -> r.contains(IMG));
        assertNoMarkupRan();
    }

    /** No script ran and no element was made from a name: no {@code img[src=x]}, no inline script. */
    private void assertNoMarkupRan() {
        assertThat(browser.executeScript("return typeof window.__xss")).isEqualTo("undefined");
        assertThat((List<?>) browser.executeScript("return Array.from(document.querySelectorAll('img[src=\"x\"], "
                + "script:not([src])')).map(e => e.outerHTML + ' in ' + (e.parentElement && e.parentElement.outerHTML.slice(0, 300)))"))
                .as("elements made from names").isEmpty();
    }

    private void logInAndOpen(String path) {
        HeadlessChromium.logInAsAdministrator(browser, port, path);
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait((WebDriver) browser, Duration.ofSeconds(seconds));
    }
}
