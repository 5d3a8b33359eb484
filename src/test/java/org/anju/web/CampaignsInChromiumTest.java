package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.testsupport.Api;
import org.anju.testsupport.HeadlessChromium;
import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Issue 16's working day in real headless Chromium, from an empty browser, every number checked
 * against the API: the county officer opens the missing cases of 龙兴镇 from the ledger (counted
 * first), opens a case from a house popup, creates the emergency campaign of the fixture flood from
 * the emergency panel in two clicks, follows it to its progress and assigns 东村 to the village's
 * inspector; the inspector, on a phone-sized window, works the campaign in check order; the officer
 * sees the result in the progress and closes the campaign, which leaves the field page; and creates a
 * concentrated inspection (after the rainy season) of a township from the campaigns page's form.
 *
 * <p>The fixture flood (FLOOD-TEST-1) hits H1 (东村, occupied D, 低保+监测), H2, H3 (东村) and H7, H8
 * (南村); the test adds its own house in 东村 inside it (occupied D, 低保), so that 东村's list shows
 * priority before house code: H1 and the test's house (priority 1) before H2 and H3. Everything the
 * test made or changed is undone afterwards (the fixture county has no case for the other specs).
 */
@OnH2Gis
class CampaignsInChromiumTest {

    private static final String LONGXING = "140825100000";
    private static final String DONGCUN = "140825100201";
    private static final String PASSWORD = "field-test-Pa55";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    ChromeDriver browser;
    Api api;
    String house;
    String inspector;
    Object h1InspectedOn;
    final Timestamp started = Timestamp.from(Instant.now());

    @BeforeEach
    void houseAndInspector() {
        api = new Api(port);
        house = "UI-C" + System.nanoTime() % 1_000_000;
        var created = api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.065, 35.552]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "EARTH_WOOD", "address": "东村浏览器测试巷2号",
                                "grade": "D", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}
                """.formatted(house, DONGCUN));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var household = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "周浏览", "members": 2, "village_code": "%s",
                 "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}""".formatted(house, DONGCUN, house));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        inspector = "dongcun-" + System.nanoTime() % 100_000;
        var account = api.post("/api/accounts", """
                {"username": "%s", "display_name": "东村排查员小周", "password": "%s", "role": "VILLAGE_INSPECTOR",
                 "jurisdiction_code": "%s"}""".formatted(inspector, PASSWORD, DONGCUN));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        h1InspectedOn = jdbc.queryForObject("SELECT last_inspected_on FROM house WHERE code = '140825-H1'", Map.of(),
                Object.class);
    }

    @AfterEach
    void undoEverything() {
        if (browser != null) {
            browser.quit();
        }
        Map<String, Object> params = Map.of("houses", List.of("140825-H1", "140825-H6", house), "started", started,
                "inspector", inspector, "inspected", h1InspectedOn == null ? "" : h1InspectedOn);
        jdbc.update("DELETE FROM inspection_campaign WHERE created_at >= :started", params);   // tasks cascade
        String cases = "SELECT c.id FROM casework_case c JOIN house h ON h.id = c.house_id WHERE h.code IN (:houses)";
        jdbc.update("DELETE FROM casework_transition WHERE case_id IN (" + cases + ")", params);
        jdbc.update("DELETE FROM casework_document WHERE case_id IN (" + cases + ")", params);
        jdbc.update("DELETE FROM casework_case WHERE id IN (" + cases + ")", params);
        jdbc.update("UPDATE house SET has_open_case = FALSE WHERE code IN (:houses)", params);
        jdbc.update("UPDATE house SET last_inspected_on = " + (h1InspectedOn == null ? "NULL" : "CAST(:inspected AS DATE)")
                + " WHERE code = '140825-H1'", params);
        jdbc.update("DELETE FROM account WHERE username = :inspector", params);
        assertThat(api.delete("/api/households/" + house + "-HH").status()).isIn(204, 404);
        assertThat(api.delete("/api/houses/" + house).status()).isIn(204, 404);
        assertThat(api.get("/api/cases?limit=1").json().path("number_matched").asInt())
                .as("no other spec of the fixture county opens cases").isZero();
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void waitForReady(String elementId) {
        wait(30).until(b -> "true".equals(b.findElement(By.id(elementId)).getAttribute("data-ready")));
    }

    private void screenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Logs out (a new session) and in again as {@code username} in a window of the given size, at {@code path}. */
    private void switchTo(String username, String password, int width, int height, String path) {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(width, height));
        HeadlessChromium.logIn(browser, port, path, username, password);
    }

    private long floodId() {
        for (JsonNode e : api.get("/api/disaster-events").json()) {
            if (e.path("code").asString().equals("FLOOD-TEST-1")) {
                return e.path("id").asLong();
            }
        }
        throw new AssertionError("no fixture flood");
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }

    // ---- the working day ----------------------------------------------------------------------------

    @Test
    void theOfficerOpensTheMissingCasesAndRunsTheFloodsCampaignTheInspectorWorksItInCheckOrderOnAPhone() throws Exception {
        browser = HeadlessChromium.open(temp.resolve("profile"), 1400, 900);

        // 1. 案件台账 · 批量建档: 龙兴镇 — counted first (H1 and the test's house, both in 东村), then opened
        HeadlessChromium.logInAsAdministrator(browser, port, "/cases.html");
        waitForReady("ledger");
        browser.findElement(By.cssSelector("#bulk-open summary")).click();
        new Select(browser.findElement(By.cssSelector("#bulk-open-form select[name='township']"))).selectByValue(LONGXING);
        String toOpen = wait(15).until(b -> {
            String n = b.findElement(By.id("bulk-count")).getAttribute("data-to-open");
            return n == null || n.isEmpty() ? null : n;
        });
        JsonNode dryRun = api.post("/api/cases/open-missing?dry_run=true", "{\"area\": \"" + LONGXING + "\"}").json();
        assertThat(toOpen).isEqualTo(dryRun.path("to_open").asString()).isEqualTo("2");
        assertThat(browser.findElement(By.id("bulk-count")).getText()).contains("龙兴镇将建档 2 户").contains("东村：2 户");
        assertThat(api.get("/api/cases?limit=1").json().path("number_matched").asInt()).as("counting opens nothing").isZero();
        screenshot("ledger-bulk-open.png");
        browser.findElement(By.id("bulk-confirm")).click();
        WebElement opened = wait(20).until(b -> b.findElements(By.id("bulk-opened")).stream().findFirst().orElse(null));
        assertThat(opened.getAttribute("data-opened")).isEqualTo("2");
        wait(15).until(b -> b.findElement(By.id("list-count")).getText().equals("共 2 件"));
        assertThat(api.get("/api/cases?township=" + LONGXING).json().path("number_matched").asInt()).isEqualTo(2);
        assertThat(browser.findElement(By.id("case-rows")).getText()).contains("140825-H1").contains(house);
        wait(15).until(b -> b.findElement(By.id("bulk-count")).getText().contains("龙兴镇没有需要建档的农房"));

        // 2. the map: a house popup opens a case for H6 (西村, not graded, a 低保边缘 household lives there)
        browser.get("http://127.0.0.1:" + port + "/?house=140825-H6");
        waitForReady("map");
        WebElement button = wait(20).until(b -> b.findElements(By.cssSelector(".leaflet-popup-content .open-case-button"))
                .stream().findFirst().orElse(null));
        button.click();
        assertThat(browser.findElement(By.cssSelector(".open-case-form")).getText()).contains("县住建部门须一周内鉴定");
        browser.findElement(By.cssSelector(".open-case-form input[name='note']")).sendKeys("入户发现墙体开裂");
        browser.findElement(By.cssSelector(".open-case-form button[type='submit']")).click();
        WebElement popupCase = wait(15).until(b -> b.findElements(By.cssSelector(".leaflet-popup-content .opened-case"))
                .stream().findFirst().orElse(null));
        JsonNode h6 = api.get("/api/cases?house=140825-H6").json().path("items").get(0);
        assertThat(popupCase.getAttribute("data-case")).isEqualTo(h6.path("id").asString());
        assertThat(h6.path("state").asString()).isEqualTo("DISCOVERED");
        assertThat(popupCase.getText()).contains("案件 " + h6.path("id").asString()).contains("发现隐患");
        assertThat(popupCase.findElement(By.tagName("a")).getAttribute("href")).endsWith("/cases.html?case=" + h6.path("id").asString());
        screenshot("map-popup-open-case.png");

        // 3. 应急排查: the fixture flood, counted; 创建应急排查活动 and one confirmation
        long flood = floodId();
        new Select(browser.findElement(By.id("event-select"))).selectByValue(String.valueOf(flood));
        browser.findElement(By.id("event-run")).click();
        // the count may be drawn twice (the choice, then the button): click until its confirmation stays open
        wait(20).until(b -> {
            b.findElement(By.id("create-campaign")).click();
            return b.findElement(By.id("campaign-confirm")).isDisplayed();
        });
        JsonNode affected = api.get("/api/disasters/" + flood + "/affected?buffer=0").json();
        int houses = affected.path("totals").path("houses").asInt();
        assertThat(houses).as("H1, H2, H3, H7, H8 and the test's house").isEqualTo(6);
        assertThat(browser.findElement(By.id("campaign-confirm")).getText())
                .contains("范围内的 " + houses + " 户农房、" + affected.path("villages").size() + " 个村");
        screenshot("emergency-campaign-confirm.png");
        browser.findElement(By.cssSelector("#campaign-confirm button[type='submit']")).click();
        WebElement line = wait(20).until(b -> b.findElements(By.cssSelector("#event-campaign .campaign-line")).stream()
                .findFirst().orElse(null));
        JsonNode running = api.get("/api/inspections?state=OPEN&disaster_event=" + flood).json();
        assertThat(running).hasSize(1);
        long campaign = running.get(0).path("id").asLong();
        assertThat(running.get(0).path("tasks").asInt()).isEqualTo(houses);
        assertThat(running.get(0).path("kind").asString()).isEqualTo("EMERGENCY");
        assertThat(line.getText()).contains("已排查 0 / " + houses + " 户");

        // 4. its progress: villages in the ranking of the affected villages; 东村 to its inspector
        line.findElement(By.cssSelector("a.campaign-link")).click();
        waitForReady("campaigns");
        JsonNode progress = api.get("/api/inspections/" + campaign).json();
        List<String> shownVillages = wait(15).until(b -> {
            List<WebElement> rows = b.findElements(By.cssSelector("#campaign-villages tbody tr[data-village]"));
            return rows.isEmpty() ? null : rows.stream().map(r -> r.getAttribute("data-village")).toList();
        });
        assertThat(shownVillages).isEqualTo(progress.path("villages").findValuesAsString("village_code"));
        WebElement dongcun = browser.findElement(By.cssSelector("#campaign-villages tr[data-village='" + DONGCUN + "']"));
        assertThat(dongcun.findElement(By.cssSelector(".done-of")).getText()).isEqualTo("0/4");
        dongcun.findElement(By.cssSelector("button.assign")).click();
        WebElement assign = wait(15).until(b -> b.findElements(By.cssSelector("form.assign-form select[name='account'] option"))
                .size() > 1 ? b.findElement(By.cssSelector("form.assign-form")) : null);
        assign.findElement(By.name("team")).sendKeys("东村应急排查组");
        new Select(assign.findElement(By.name("account"))).selectByValue(inspector);
        assign.findElement(By.cssSelector("button[type='submit']")).click();
        wait(15).until(b -> b.findElement(By.cssSelector("#campaign-villages tr[data-village='" + DONGCUN + "'] .assigned"))
                .getText().contains("东村排查员小周"));
        JsonNode assigned = api.get("/api/inspections/" + campaign).json();
        for (JsonNode v : assigned.path("villages")) {
            if (v.path("village_code").asString().equals(DONGCUN)) {
                assertThat(v.path("assignee").asString()).isEqualTo(inspector);
                assertThat(v.path("team").asString()).isEqualTo("东村应急排查组");
            }
        }
        screenshot("campaign-progress.png");

        // 5. the inspector's phone: the campaign and 东村 (assigned to them), the houses in check order
        switchTo(inspector, PASSWORD, 390, 844, "/field.html");
        waitForReady("field");
        assertThat(new Select(browser.findElement(By.id("campaign"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(campaign));
        wait(15).until(b -> new Select(b.findElement(By.id("village"))).getFirstSelectedOption().getText().contains("分配给我"));
        JsonNode tasks = new Api(port).as(inspector, PASSWORD).get("/api/inspections/" + campaign + "/tasks?village=" + DONGCUN).json();
        List<String> order = tasks.path("features").findValuesAsString("house_code");
        assertThat(order).as("priority 1 (occupied D) before the others, whatever their code")
                .containsExactly("140825-H1", house, "140825-H2", "140825-H3");
        List<String> shown = wait(15).until(b -> {
            List<String> list = texts(b.findElements(By.cssSelector("#tasks button.task .who small")));
            return list.size() == 4 ? list : null;
        });
        assertThat(shown).isEqualTo(order);
        assertThat(browser.findElement(By.cssSelector("#tasks button.task")).getText()).contains("优先1·住人D级");
        browser.executeScript("document.getElementById('tasks').scrollIntoView()");
        screenshot("field-check-order-phone.png");
        browser.findElement(By.cssSelector("#tasks button.task")).click();
        WebElement form = wait(10).until(b -> b.findElement(By.id("task-form")));
        form.findElement(By.cssSelector("input[name='grade'][value='D'] + span")).click();
        form.findElement(By.cssSelector("input[name='occupancy'][value='OCCUPIED'] + span")).click();
        form.findElement(By.cssSelector("[data-step='1']")).click();
        form.findElement(By.cssSelector("[data-step='1']")).click();
        browser.findElement(By.id("save-task")).click();
        String saved = wait(20).until(b -> b.findElements(By.id("saved-message")).stream().map(WebElement::getText)
                .findFirst().orElse(null));
        assertThat(saved).as("H1 has its case already").isEqualTo("已保存。");
        List<String> after = texts(browser.findElements(By.cssSelector("#tasks button.task .who small")));
        assertThat(after).as("what is left to do, still in check order").containsExactly(house, "140825-H2", "140825-H3");
        screenshot("field-saved-phone.png");

        // 6. the officer sees the result in the progress, and closes the campaign: off the field page
        switchTo("admin", Api.ADMIN_PASSWORD, 1400, 900, "/campaigns.html?campaign=" + campaign);
        waitForReady("campaigns");
        WebElement row = wait(15).until(b -> b.findElement(By.cssSelector("#campaign-villages tr[data-village='" + DONGCUN + "']")));
        assertThat(row.findElement(By.cssSelector(".done-of")).getText()).isEqualTo("1/4");
        JsonNode done = api.get("/api/inspections/" + campaign).json();
        assertThat(done.path("done").asInt()).isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("[data-figure='campaign.evacuated']")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("[data-figure='campaign.problems']")).getText()).isEqualTo("1");
        screenshot("campaign-progress-result.png");
        browser.findElement(By.id("close-campaign")).click();
        browser.findElement(By.cssSelector("#close-form input[name='note']")).sendKeys("汛后复查转入常规排查");
        browser.findElement(By.cssSelector("#close-form button[type='submit']")).click();
        wait(15).until(b -> "true".equals(b.findElement(By.id("detail-pane")).getAttribute("data-closed")));
        assertThat(browser.findElement(By.id("detail-pane")).getText()).contains("由 县级管理员（admin） 结束").contains("汛后复查转入常规排查");
        assertThat(api.get("/api/inspections/" + campaign).json().path("closed").asBoolean()).isTrue();
        assertThat(new Api(port).as(inspector, PASSWORD).get("/api/inspections?state=OPEN").json()
                .findValuesAsString("id")).doesNotContain(String.valueOf(campaign));
        screenshot("campaign-closed.png");

        // 7. a concentrated inspection after the rainy season in 三泉镇, from the form: H7, H8, H10 (H9 is demolished)
        browser.findElement(By.id("new-campaign")).click();
        WebElement create = wait(15).until(b -> b.findElement(By.id("campaign-form")));
        create.findElement(By.cssSelector("input[name='kind'][value='AFTER_RAINY_SEASON']")).click();
        new Select(create.findElement(By.name("township"))).selectByValue("140825101000");
        assertThat(create.findElement(By.name("event")).isDisplayed()).as("an event only for an emergency").isFalse();
        String year = java.time.LocalDate.now().getYear() + "年";
        assertThat(create.findElement(By.name("name")).getAttribute("value")).isEqualTo(year + "三泉镇集中排查·雨季结束后");
        screenshot("campaign-new.png");
        create.findElement(By.cssSelector("button[type='submit']")).click();
        wait(20).until(b -> b.findElement(By.id("detail-pane")).getText().contains(year + "三泉镇集中排查·雨季结束后")
                && b.findElements(By.cssSelector("#campaign-villages tbody tr[data-village]")).size() == 1);
        long concentrated = Long.parseLong(browser.findElement(By.id("detail-pane")).getAttribute("data-campaign"));
        JsonNode rainy = api.get("/api/inspections/" + concentrated).json();
        assertThat(rainy.path("kind").asString()).isEqualTo("AFTER_RAINY_SEASON");
        assertThat(rainy.path("tasks").asInt()).isEqualTo(3);
        assertThat(browser.findElement(By.cssSelector("#campaign-villages .done-of")).getText()).isEqualTo("0/3");
    }
}
