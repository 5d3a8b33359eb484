package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.anju.testsupport.Api;
import org.anju.testsupport.HeadlessChromium;
import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The 整改台账 screen in real headless Chromium: a township officer registers a problem found on a
 * patrol in 西村, assigns it, starts the rectification, uploads the evidence and applies for closing
 * (申请销号) — with the server's refusal shown when the evidence is missing; then the county reviews and
 * closes it (销号). Checked against the API; screenshots in target/screenshots. The problem, its files
 * and history are deleted afterwards (the fixture county is shared with the other browser tests).
 */
@OnH2Gis
class ProblemsInChromiumTest {

    private static final String DESCRIPTION = "巡查发现西村H4户C级危房仍有人居住，未落实管控措施";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    ChromeDriver browser;

    @AfterEach
    void closeBrowserAndDeleteTheProblem() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        Map<String, Object> params = Map.of("description", DESCRIPTION);
        String ofTest = "SELECT id FROM problem WHERE description = :description";
        for (String stored : jdbc.queryForList("SELECT stored_name FROM problem_document WHERE problem_id IN (" + ofTest + ")",
                params, String.class)) {
            Files.deleteIfExists(Path.of("data", "problems", "documents", stored.substring(0, 2), stored));
        }
        for (String table : List.of("problem_document", "problem_transition", "problem_link")) {
            jdbc.update("DELETE FROM " + table + " WHERE problem_id IN (" + ofTest + ")", params);
        }
        jdbc.update("DELETE FROM problem WHERE description = :description", params);
    }

    private WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void screenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Waits until the problem shown is in {@code state}; on a timeout the page is kept as a screenshot. */
    private void waitForState(String state) throws Exception {
        try {
            waitUpTo(20).until(b -> b.findElements(By.id("problem-state")).stream()
                    .anyMatch(e -> state.equals(e.getAttribute("data-state"))));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("problems-timeout-" + state + ".png");
            throw new AssertionError("not " + state + ": " + browser.findElement(By.id("ledger")).getText(), e);
        }
    }

    /** Clicks the step's button, fills the form's fields and confirms. */
    private void takeStep(String action, Map<String, String> fields) {
        waitUpTo(15).until(b -> b.findElement(By.cssSelector("button.action[data-action='" + action + "']"))).click();
        WebElement form = browser.findElement(By.id("problem-action-form"));
        fields.forEach((name, value) -> {
            WebElement field = form.findElement(By.name(name));
            if ("date".equals(field.getAttribute("type"))) {
                // typed keys follow the browser's date format (mm/dd/yyyy here): set the ISO value as a picker does
                browser.executeScript("arguments[0].value = arguments[1]", field, value);
            } else {
                field.clear();
                field.sendKeys(value);
            }
        });
        form.findElement(By.cssSelector("button[type='submit']")).click();
    }

    @Test
    void aTownshipOfficerRegistersAndRectifiesAProblemAndTheCountyClosesIt() throws Exception {
        Api admin = new Api(port);
        String username = "ui-township-" + System.nanoTime() % 100000;
        var account = admin.post("/api/accounts", """
                {"username": "%s", "display_name": "龙兴镇周干事", "password": "ui-Problem-Pa55", "role": "TOWNSHIP_STAFF",
                 "jurisdiction_code": "140825100000"}""".formatted(username));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);

        browser = HeadlessChromium.open(temp.resolve("profile"), 1400, 1000);
        HeadlessChromium.logIn(browser, port, "/problems.html", username, "ui-Problem-Pa55");
        browser.get("http://127.0.0.1:" + port + "/problems.html");
        waitUpTo(30).until(b -> "true".equals(b.findElement(By.id("ledger")).getAttribute("data-ready")));
        assertThat(browser.findElement(By.id("pages")).getText()).contains("整改台账");
        assertThat(browser.findElements(By.id("finding-import"))).as("finding lists are the county's").isEmpty();

        browser.findElement(By.cssSelector("#problem-new summary")).click();
        WebElement form = browser.findElement(By.id("problem-form"));
        new Select(form.findElement(By.name("source"))).selectByValue("PATROL");
        form.findElement(By.name("description")).sendKeys(DESCRIPTION);
        new Select(form.findElement(By.name("township"))).selectByValue("140825100000");
        new Select(form.findElement(By.name("village"))).selectByVisibleText("西村");
        form.findElement(By.name("houses")).sendKeys("140825-H4");
        screenshot("problems-register.png");
        form.findElement(By.cssSelector("button[type='submit']")).click();
        waitForState("REGISTERED");
        long id = Long.parseLong(browser.findElement(By.id("detail-pane")).getAttribute("data-problem"));
        assertThat(browser.findElement(By.id("detail-pane")).getText()).contains(DESCRIPTION).contains("巡查")
                .contains("140825-H4").contains("西村");
        waitUpTo(10).until(b -> b.findElement(By.cssSelector("#problem-rows tr[data-problem='" + id + "']")).getText()
                .contains("登记"));

        takeStep("ASSIGN", Map.of("responsible_unit", "西村村委会", "responsible_person", "王村长",
                "deadline_on", LocalDate.now().plusDays(20).toString()));
        waitForState("ASSIGNED");
        takeStep("START", Map.of("progress", "已劝离住户，暂住亲属家"));
        waitForState("RECTIFYING");

        // 申请销号 without evidence: the server refuses and the page says why
        takeStep("REQUEST_CLOSE", Map.of("measures", "住户已搬离，危房已封闭并设警示标志"));
        String refusal = waitUpTo(15).until(b -> {
            WebElement error = b.findElement(By.cssSelector("#problem-action-form .error"));
            return error.isDisplayed() ? error.getText() : null;
        });
        assertThat(refusal).isEqualTo("申请销号前请上传至少一份整改佐证材料");
        browser.findElement(By.cssSelector("#problem-action-form button[data-cancel]")).click();

        Path photo = Files.write(temp.resolve("封闭警示照片.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.findElement(By.cssSelector("#problem-upload input[type='file']")).sendKeys(photo.toString());
        browser.findElement(By.cssSelector("#problem-upload button[type='submit']")).click();
        waitUpTo(20).until(b -> b.findElement(By.id("problem-document-list")).getText().contains("封闭警示照片.pdf"));
        takeStep("REQUEST_CLOSE", Map.of("measures", "住户已搬离，危房已封闭并设警示标志"));
        waitForState("CLOSE_REQUESTED");
        assertThat(browser.findElement(By.id("problem-actions")).getText()).contains("复核、销号由县级办理");
        screenshot("problems-close-requested.png");

        // the main map: the layer 整改问题 (off by default) shows the open problem at H4's point
        JsonNode shown = admin.get("/api/problems/" + id).json();
        browser.get("http://127.0.0.1:" + port + "/#16/" + shown.path("lat").asDouble() + "/" + shown.path("lon").asDouble());
        WebElement toggle = waitUpTo(30).until(b -> b.findElements(By.cssSelector(".leaflet-control-layers-overlays label"))
                .stream().filter(l -> l.getText().contains("整改问题")).findFirst().orElse(null));
        WebElement map = browser.findElement(By.id("map"));
        assertThat(map.getAttribute("data-problems")).as("off by default").isNull();
        browser.executeScript("arguments[0].querySelector('input').click()", toggle);
        waitUpTo(20).until(b -> "1".equals(map.getAttribute("data-problems")));
        browser.findElement(By.cssSelector(".problem-marker")).click();
        String popup = waitUpTo(10).until(b -> b.findElement(By.cssSelector(".leaflet-popup-content")).getText());
        assertThat(popup).contains("问题 " + id).contains("申请销号").contains(DESCRIPTION).contains("在整改台账中查看");
        screenshot("problems-map.png");

        // the county reviews and closes it
        browser.quit();
        browser = HeadlessChromium.open(temp.resolve("profile-county"), 1400, 1000);
        HeadlessChromium.logInAsAdministrator(browser, port, "/problems.html?problem=" + id);
        browser.get("http://127.0.0.1:" + port + "/problems.html?problem=" + id);
        waitForState("CLOSE_REQUESTED");
        takeStep("REVIEW", Map.of("note", "县住建局现场复核，住户已搬离"));
        waitForState("REVIEWED");
        takeStep("CLOSE", Map.of());
        waitForState("CLOSED");
        String history = browser.findElement(By.id("problem-history")).getText();
        assertThat(history).contains("复核 → 销号").contains("申请销号").contains("龙兴镇周干事（" + username + "）")
                .contains("县级管理员（admin）").contains("县住建局现场复核");
        screenshot("problems-closed.png");

        JsonNode stored = admin.get("/api/problems/" + id).json();
        assertThat(stored.path("state").asString()).isEqualTo("CLOSED");
        assertThat(stored.path("area_code").asString()).isEqualTo("140825100202");
        assertThat(stored.path("responsible_person").asString()).isEqualTo("王村长");
        assertThat(stored.path("measures").asString()).isEqualTo("住户已搬离，危房已封闭并设警示标志");
        assertThat(browser.findElement(By.id("problem-download")).getAttribute("href")).contains("/api/problems/ledger.xlsx")
                .contains("lang=zh-CN");
    }
}
