package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.anju.testsupport.Api;
import org.anju.testsupport.HeadlessChromium;
import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Issue 16's administrator, in real headless Chromium from an empty browser: the county administrator
 * creates a township account — for 龙兴镇 by mistake, then moved to 三泉镇 through 修改 — (a refused
 * password reset says what the server says), logs
 * out; the new account logs in and its map counts only its township's houses — the numbers checked
 * against the API as that account and as the administrator. And the disaster events: the list counts
 * each event's houses, an archived event leaves it and the map's event choice, and "on the map" still
 * shows it. Screenshots in target/screenshots. The account is deleted and the flood un-archived
 * afterwards, so the other specs find the fixture county as it was.
 */
@OnH2Gis
class AdministrationInChromiumTest {

    private static final String SANQUAN = "140825101000";
    private static final String PASSWORD = "Sanquan-Wangfang-2024";

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    ChromeDriver browser;
    String account;

    @AfterEach
    void closeBrowserAndUndoWhatTheTestDid() {
        if (browser != null) {
            browser.quit();
        }
        if (account != null) {
            jdbc.update("DELETE FROM account WHERE username = :u", Map.of("u", account));
        }
        jdbc.update("UPDATE disaster_event SET archived_at = NULL, archived_by = NULL", Map.of());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private WebDriverWait wait(int seconds) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void waitFor(String id, String data) {
        wait(30).until(b -> "true".equals(b.findElement(By.id(id)).getAttribute("data-" + data)));
    }

    private void screenshot(String name) throws Exception {
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(screenshots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private WebElement row(String css) {
        return wait(15).until(b -> b.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    private void logInThroughTheForm(String username, String password) {
        wait(15).until(b -> b.getCurrentUrl().contains("/login.html"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login-form button")).click();
        wait(15).until(b -> !b.getCurrentUrl().contains("/login"));
    }

    /** The bbox of the map's view, as main.js asks the statistics for it. */
    private String viewBbox() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const b = document.getElementById('map').anjuMap.getBounds();
                return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(6)).join(',');""");
    }

    @Test
    void theAdministratorCreatesATownshipAccountAndThatAccountSeesOnlyItsTownship() throws Exception {
        account = "sanquan-" + System.nanoTime() % 100_000;
        browser = HeadlessChromium.open(temp.resolve("profile"), 1400, 900);
        HeadlessChromium.logInAsAdministrator(browser, port, "/accounts.html");
        waitFor("accounts", "ready");
        assertThat(browser.findElements(By.cssSelector("#pages a[href='/accounts.html']"))).hasSize(1);

        WebElement form = browser.findElement(By.id("account-form"));
        form.findElement(By.name("username")).sendKeys(account);
        form.findElement(By.name("display_name")).sendKeys("三泉镇 王芳");
        new Select(form.findElement(By.name("role"))).selectByValue("TOWNSHIP_STAFF");
        assertThat(form.findElement(By.cssSelector("label.village")).isDisplayed()).as("a township needs no village").isFalse();
        new Select(form.findElement(By.name("township"))).selectByVisibleText("龙兴镇");
        form.findElement(By.name("password")).sendKeys(PASSWORD);
        screenshot("accounts-new-township-account.png");
        form.findElement(By.cssSelector("button[type='submit']")).click();

        // made for the wrong township first, then moved to 三泉镇 through 修改
        WebElement wrong = row("#account-rows tr[data-account='" + account + "']");
        assertThat(wrong.getText()).contains("龙兴镇", "140825100000");
        wrong.findElement(By.cssSelector("button[data-act='change']")).click();
        WebElement change = browser.findElement(By.cssSelector("tr.password-row form.change-form"));
        assertThat(new Select(change.findElement(By.name("role"))).getFirstSelectedOption().getAttribute("value"))
                .as("the form shows what the account has").isEqualTo("TOWNSHIP_STAFF");
        assertThat(new Select(change.findElement(By.name("township"))).getFirstSelectedOption().getText()).isEqualTo("龙兴镇");
        new Select(change.findElement(By.name("township"))).selectByVisibleText("三泉镇");
        screenshot("accounts-change.png");
        change.findElement(By.cssSelector("button[type='submit']")).click();
        wait(10).until(b -> b.findElement(By.id("account-message")).getText().contains("已修改账户 " + account));

        WebElement created = wait(10).until(b -> {
            WebElement r = b.findElement(By.cssSelector("#account-rows tr[data-account='" + account + "']"));
            return r.getText().contains(SANQUAN) ? r : null;
        });
        assertThat(created.getText()).contains("三泉镇 王芳", "乡镇工作人员", "三泉镇", SANQUAN, "启用中", "未登录过");
        JsonNode stored = null;
        for (JsonNode a : new Api(port).get("/api/accounts").json()) {
            stored = a.path("username").asString().equals(account) ? a : stored;
        }
        assertThat(stored.path("jurisdiction_code").asString()).isEqualTo(SANQUAN);

        // a common password is refused with the server's own reason; a good one is taken
        created.findElement(By.cssSelector("button[data-act='password']")).click();
        WebElement reset = browser.findElement(By.cssSelector("tr.password-row form"));
        reset.findElement(By.name("password")).sendKeys("password123");
        reset.findElement(By.cssSelector("button[type='submit']")).click();
        String refusal = wait(10).until(b -> {
            WebElement error = b.findElement(By.cssSelector("tr.password-row .error"));
            return error.isDisplayed() ? error.getText() : null;
        });
        String serverSays = new Api(port).put("/api/accounts/" + account + "/password", "{\"password\": \"password123\"}")
                .json().path("errors").get(0).path("message").asString();
        assertThat(refusal).isEqualTo(serverSays).contains("常见密码");
        screenshot("accounts-password-refused.png");
        reset.findElement(By.name("password")).clear();
        reset.findElement(By.name("password")).sendKeys(PASSWORD + "-2");
        reset.findElement(By.cssSelector("button[type='submit']")).click();
        wait(10).until(b -> b.findElement(By.id("account-message")).getText().contains("已为 " + account + " 设置新密码"));

        browser.findElement(By.cssSelector("#logout-form button")).click();
        wait(15).until(b -> b.getCurrentUrl().contains("/login.html?logout"));
        logInThroughTheForm(account, PASSWORD + "-2");
        wait(30).until(b -> "true".equals(b.findElement(By.id("map")).getAttribute("data-ready"))
                && b.findElement(By.id("summary")).getAttribute("data-houses") != null);
        assertThat(browser.findElement(By.id("user")).getText()).contains("三泉镇 王芳", "乡镇");
        assertThat(browser.findElements(By.cssSelector("#pages a[href='/accounts.html']"))).as("no account management").isEmpty();

        // the map counts the houses of its view; as the township account that is 三泉镇's only
        String bbox = viewBbox();
        Api township = new Api(port).as(account, PASSWORD + "-2");
        Api admin = new Api(port);
        int shown = Integer.parseInt(browser.findElement(By.id("summary")).getAttribute("data-houses"));
        int townshipSees = township.get("/api/houses/statistics?bbox=" + bbox).json().path("houses").asInt();
        int sanquanInView = admin.get("/api/houses/statistics?bbox=" + bbox + "&township=" + SANQUAN).json().path("houses").asInt();
        int everyoneInView = admin.get("/api/houses/statistics?bbox=" + bbox).json().path("houses").asInt();
        System.out.printf("view %s: the township account's map shows %d houses; 三泉镇 has %d there, the county %d%n",
                bbox, shown, sanquanInView, everyoneInView);
        assertThat(shown).isEqualTo(townshipSees).isEqualTo(sanquanInView).isPositive();
        assertThat(everyoneInView).as("the view holds other townships' houses too").isGreaterThan(sanquanInView);
        assertThat(township.get("/api/houses/140825-H1").status()).as("a 龙兴镇 house").isEqualTo(404);
        assertThat(township.get("/api/accounts").status()).isEqualTo(403);
        screenshot("map-township-account.png");
    }

    @Test
    void anArchivedEventLeavesTheListsAndTheMapButCanStillBeShown() throws Exception {
        Api api = new Api(port);
        JsonNode flood = api.get("/api/disaster-events").json().get(0);
        long id = flood.path("id").asLong();
        int houses = api.get("/api/disasters/" + id + "/affected?buffer=0").json().path("totals").path("houses").asInt();
        browser = HeadlessChromium.open(temp.resolve("profile"), 1400, 800);
        HeadlessChromium.logInAsAdministrator(browser, port, "/events.html");
        waitFor("events", "counted");
        WebElement listed = row("#event-rows tr[data-event='" + id + "']");
        assertThat(listed.getText()).contains(flood.path("name").asString(), "洪涝", flood.path("started_on").asString(), "当前");
        assertThat(listed.findElement(By.cssSelector("td.houses")).getText()).isEqualTo(String.valueOf(houses));
        screenshot("events-list.png");

        listed.findElement(By.cssSelector("button[data-act='archive']")).click();
        wait(10).until(b -> b.findElement(By.id("event-message")).getText().startsWith("已归档"));
        wait(10).until(b -> b.findElements(By.cssSelector("#event-rows tr[data-event='" + id + "']")).isEmpty());
        assertThat(api.get("/api/disaster-events?include_archived=true").json().get(0).path("archived").asBoolean()).isTrue();
        browser.findElement(By.id("show-archived")).click();
        WebElement archived = row("#event-rows tr.is-archived[data-event='" + id + "']");
        assertThat(archived.getText()).contains("已归档", "取消归档");
        screenshot("events-archived.png");

        archived.findElement(By.cssSelector("a.button")).click();
        wait(30).until(b -> "true".equals(b.findElement(By.id("map")).getAttribute("data-ready")));
        wait(15).until(b -> String.valueOf(b.findElement(By.id("map")).getAttribute("data-event")).startsWith(id + "/"));
        Select choice = new Select(browser.findElement(By.id("event-select")));
        assertThat(choice.getFirstSelectedOption().getText()).contains(flood.path("name").asString(), "（已归档）");
        assertThat(browser.findElement(By.id("event-archived")).isSelected()).isTrue();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('emergency').scrollIntoView()");
        screenshot("map-archived-event.png");

        // without "include archived" the map offers current events only: this one is gone from the choice
        browser.findElement(By.id("event-archived")).click();
        wait(10).until(b -> new Select(b.findElement(By.id("event-select"))).getOptions().stream()
                .noneMatch(o -> String.valueOf(id).equals(o.getAttribute("value"))));
        wait(10).until(b -> b.findElement(By.id("map")).getAttribute("data-event") == null);   // and no longer drawn
        List<String> offered = new Select(browser.findElement(By.id("event-select"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(offered).doesNotContain(String.valueOf(id));
    }
}
