package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.retrofit.PlanningVillages;
import org.anju.testsupport.Api;
import org.anju.testsupport.HeadlessChromium;
import org.anju.testsupport.OnH2Gis;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The planner's working day (issue 16, done when): "the planner fits a 500 万元 budget in a
 * township". From an empty browser a county planner logs in, chooses 龙兴镇 in the map's filter, types
 * 500 into the retrofit panel's budget, sees which villages fit with what is used and left, and
 * downloads the ranking as Excel, in real headless Chromium.
 *
 * <p>The fixture's 龙兴镇 holds one target-household candidate (H5 in 西村, 1.2 万元): four villages
 * are added with 200, 180, 100 and 30 candidates in 6-category households ({@link PlanningVillages};
 * 240, 216, 120 and 36 万元 at 1.2 万元 per house), so that 500 万元 is a real choice: 240 and 216 fit
 * (456), 120 does not (576) and is skipped, 36 (492) and 西村's 1.2 (493.2) still fit; 6.8 万元 left.
 */
@OnH2Gis
class RetrofitPlanningInChromiumTest {

    private static final String PLANNER = "county-planner";
    private static final String PASSWORD = "Ranking-Budget-500-wan";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    JdbcTemplate jdbc;

    ChromeDriver browser;
    PlanningVillages villages;

    @BeforeEach
    void aTownshipWithVillagesToChooseAmong() {
        villages = new PlanningVillages(jdbc);
        villages.removeAll();
        var kind = PlanningVillages.Kind.BRICK_WITHOUT_RING_BEAMS;
        villages.add("140825100211", "李家庄村", 111.005, 35.510, 200, kind, 200, "MINIMUM_LIVING")
                .add("140825100212", "王家沟村", 111.035, 35.510, 180, kind, 180, "POVERTY_ALLEVIATED")
                .add("140825100213", "赵家坡村", 111.065, 35.510, 100, kind, 100, "MONITORED")
                .add("140825100214", "石门村", 111.005, 35.530, 30, kind, 30, "NEAR_MINIMUM");
        var created = new Api(port).post("/api/accounts", """
                {"username": "%s", "display_name": "县规划员", "password": "%s", "role": "PLANNER"}"""
                .formatted(PLANNER, PASSWORD));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        browser = HeadlessChromium.open(temp.resolve("profile"), 1280, 900);
    }

    @AfterEach
    void closeAndRemove() {
        if (browser != null) {
            browser.quit();
        }
        villages.removeAll();
    }

    @Test
    void thePlannerFitsA500WanBudgetInATownship() throws Exception {
        long started = System.nanoTime();
        // from an empty browser: the map sends the planner to the login form
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(b -> b.getCurrentUrl().contains("/login.html"));
        browser.findElement(By.name("username")).sendKeys(PLANNER);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button")).click();
        wait.until(b -> !b.getCurrentUrl().contains("/login"));
        wait.until(b -> "true".equals(b.findElement(By.id("map")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("user")).getText()).contains("县规划员").contains("规划");
        assertThat(browser.findElement(By.id("panel")).getText()).as("the planner's map loads every panel it may see")
                .doesNotContain("数据加载失败");
        screenshot("retrofit-planner-map.png");

        // the township, in the map's filter: the retrofit panel follows it
        new Select(browser.findElement(By.cssSelector("#filter-form select[name=township]"))).selectByVisibleText("龙兴镇");
        wait.until(b -> b.findElement(By.id("retrofit-scope")).getText().equals("范围：龙兴镇")
                && rows().size() == 5);
        WebElement panel = browser.findElement(By.id("retrofit"));
        scrollTo(panel);
        screenshot("retrofit-township.png");

        WebElement budget = browser.findElement(By.cssSelector("#retrofit-options input[name=budget]"));
        budget.sendKeys("500", Keys.TAB);
        WebElement fit = wait.until(b -> b.findElements(By.cssSelector("#retrofit-summary .budget-fit")).stream()
                .findFirst().orElse(null));
        assertThat(fit.getText()).isEqualTo("预算 500 万元：可安排 4 个村、候选农房 411 户；已用 493.2 万元，剩余 6.8 万元。");
        assertThat(fit.getAttribute("data-used-wan")).isEqualTo("493.2");

        // what the panel shows, row by row, against the rule applied here to the API's own costs
        List<String> shown = new ArrayList<>();
        rows().forEach(r -> shown.add(r.getText().replace('\n', ' ')));
        assertThat(shown).containsExactly(
                "1 李家庄村 200户 240 240 是",
                "2 王家沟村 180户 216 456 是",
                "3 赵家坡村 100户 120 — 否",
                "4 石门村 30户 36 492 是",
                "5 西村 1户 1.2 493.2 是");
        JsonNode answer = new Api(port).as(PLANNER, PASSWORD)
                .get("/api/retrofit/candidates?township=" + PlanningVillages.LONGXING + "&budget_wan=500").json();
        long left = 5_000_000;
        List<String> byRule = new ArrayList<>();
        for (JsonNode v : answer.path("villages")) {
            long cost = v.path("budget_yuan").decimalValue().longValueExact();
            assertThat(cost).isEqualTo(v.path("candidates").asLong() * 12_000);
            boolean fits = cost <= left;
            left -= fits ? cost : 0;
            byRule.add(v.path("name").asString() + " " + (fits ? "是" : "否"));
        }
        assertThat(byRule).containsExactly("李家庄村 是", "王家沟村 是", "赵家坡村 否", "石门村 是", "西村 是");
        assertThat(left).isEqualTo(68_000);
        assertThat(browser.findElements(By.cssSelector("#retrofit p.downloads.targets")))
                .as("a planner sees no household data, so no house list to download").isEmpty();
        scrollTo(fit);
        screenshot("retrofit-budget-500.png");

        // the ranking as Excel, downloaded by a click like the planner's
        browser.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", temp.toAbsolutePath().toString()));
        WebElement xlsx = browser.findElement(By.cssSelector("#retrofit p.downloads.villages a.download[href*='villages.xlsx']"));
        assertThat(xlsx.getAttribute("href")).contains("township=" + PlanningVillages.LONGXING).contains("budget_wan=500")
                .contains("lang=zh-CN");
        xlsx.click();
        Path file = wait.until(b -> {
            try (var files = Files.list(temp)) {
                return files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertThat(file.getFileName().toString()).isEqualTo("抗震改造试点村排名.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<String> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                lines.add(text.formatCellValue(row.getCell(3)) + " " + text.formatCellValue(row.getCell(8)) + " "
                        + text.formatCellValue(row.getCell(9)) + " " + text.formatCellValue(row.getCell(10)));
            }
            assertThat(lines).containsExactly("行政村 补助估算（万元） 累计补助（万元） 是否在预算内",
                    "李家庄村 240 240 是", "王家沟村 216 456 是", "赵家坡村 120  否", "石门村 36 492 是",
                    "西村 1.2 493.2 是");
        }
        System.out.printf("planner's 500 万元 walk: %.1f s%n", (System.nanoTime() - started) / 1e9);

        // in English: the same fit in English words and numbers, and the ranking with English headers
        browser.findElement(By.id("language")).click();
        wait.until(b -> b.findElement(By.tagName("h1")).getText().startsWith("Anju")
                && b.findElements(By.cssSelector("#retrofit-summary table.retrofit-ranking")).size() == 1);
        new Select(browser.findElement(By.cssSelector("#filter-form select[name=township]"))).selectByVisibleText("龙兴镇");
        wait.until(b -> b.findElement(By.id("retrofit-scope")).getText().equals("Area: 龙兴镇") && rows().size() == 5);
        browser.findElement(By.cssSelector("#retrofit-options input[name=budget]")).sendKeys("500", Keys.TAB);
        WebElement english = wait.until(b -> b.findElements(By.cssSelector("#retrofit-summary .budget-fit")).stream()
                .findFirst().orElse(null));
        assertThat(english.getText()).isEqualTo("Budget 5 million yuan — villages within: 4, candidate houses: 411; "
                + "used 4.93 million yuan, left 68,000 yuan.");
        assertThat(rows().get(4).getText()).contains("1 house").doesNotContain("houses");
        scrollTo(english);
        screenshot("retrofit-budget-500-en.png");
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector("#retrofit p.downloads.villages a[href*='villages.csv']").href)
                  .then((r) => r.text()).then(done, (e) => done(String(e)));""");
        assertThat(csv.lines().findFirst().orElse("")).startsWith("Rank,Township,Village code,Village,")
                .contains("\"Cumulative subsidy (10,000 yuan)\",Within budget");
        assertThat(csv).contains(",赵家坡村,100,100,").contains(",no,").contains(",yes,");
        System.out.printf("… and in English: %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#retrofit-summary table.retrofit-ranking tbody tr"));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    private void screenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
