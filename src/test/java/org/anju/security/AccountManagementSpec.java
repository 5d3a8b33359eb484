package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.system.InvalidInputException;
import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.BrowserSession;
import org.anju.testsupport.RacingWriters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The county administrator's account management (issue 16) over real HTTP on both databases: the
 * list in words, jurisdictions of the right level, disabling and enabling — a disabled account cannot
 * log in by the form or by HTTP Basic and its open session ends at its next request —, and the two
 * rules that keep the county administrable (nobody disables himself; the last enabled administrator
 * stays). Every account made here is deleted afterwards and {@code admin} is enabled again, so the
 * other specs find the fixture county's accounts as they were.
 */
abstract class AccountManagementSpec extends ApiSpec {

    static final String PASSWORD = "Zhanghu-Pa55-2024!";

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    AccountEnabling enabling;

    private final List<String> made = new ArrayList<>();

    private String make(String username, String role, String jurisdiction) {
        Response r = api.post("/api/accounts", """
                {"username": "%s", "display_name": "测试%s", "password": "%s", "role": "%s"%s}""".formatted(username, username,
                PASSWORD, role, jurisdiction == null ? "" : ", \"jurisdiction_code\": \"" + jurisdiction + "\""));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        made.add(username);
        return username;
    }

    @AfterEach
    void removeTheAccountsMadeAndEnableAdminAgain() {
        SecurityContextHolder.clearContext();
        jdbc.update("UPDATE account SET enabled = TRUE WHERE username = 'admin'", Map.of());
        if (!made.isEmpty()) {
            jdbc.update("DELETE FROM account WHERE username IN (:made)", Map.of("made", made));
        }
    }

    private JsonNode listed(Api as, String username) {
        for (JsonNode a : as.get("/api/accounts").json()) {
            if (a.path("username").asString().equals(username)) {
                return a;
            }
        }
        return null;
    }

    private Response setEnabled(Api as, String username, boolean enabled) {
        return as.put("/api/accounts/" + username + "/enabled", "{\"enabled\": " + enabled + "}");
    }

    private List<String> auditActions(String target) {
        List<String> actions = new ArrayList<>();
        api.get("/api/audit?target=" + target.replace(" ", "%20")).json().forEach(e -> actions.add(e.path("action").asString()));
        return actions;
    }

    @Test
    void theListGivesRoleAndJurisdictionInWordsAndTheLastLogin() throws Exception {
        make("acct-sanquan", "TOWNSHIP_STAFF", "140825101000");
        make("acct-nancun", "VILLAGE_INSPECTOR", "140825101201");
        JsonNode township = listed(api, "acct-sanquan");
        assertThat(township.path("role").asString()).isEqualTo("TOWNSHIP_STAFF");
        assertThat(township.path("role_label").asString()).isEqualTo("乡镇工作人员");
        assertThat(township.path("jurisdiction_code").asString()).isEqualTo("140825101000");
        assertThat(township.path("jurisdiction_name").asString()).isEqualTo("三泉镇");
        assertThat(township.path("jurisdiction_level").asString()).isEqualTo("TOWNSHIP");
        assertThat(township.path("enabled").asBoolean()).isTrue();
        assertThat(township.path("last_login_at").isNull()).as("never logged in").isTrue();
        JsonNode village = listed(api, "acct-nancun");
        assertThat(village.path("jurisdiction_name").asString()).isEqualTo("南村");
        assertThat(village.path("jurisdiction_parent_name").asString()).isEqualTo("三泉镇");
        assertThat(listed(new Api(port).inEnglish(), "acct-sanquan").path("role_label").asString()).isEqualTo("township staff");
        assertThat(listed(api, "admin").path("jurisdiction_code").isNull()).as("every area").isTrue();
        assertThat(api.get("/api/accounts").body()).doesNotContain("password").doesNotContain("$2a$");

        HttpResponse<String> login = BrowserSession.atLoginPage(port).logIn("acct-sanquan", PASSWORD);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(listed(api, "acct-sanquan").path("last_login_at").asString()).isNotEmpty();
    }

    @Test
    void aTownshipAccountNeedsATownshipAndAVillageAccountAVillage() {
        Response townshipOnVillage = api.post("/api/accounts", """
                {"username": "acct-wrong1", "display_name": "x", "password": "%s", "role": "TOWNSHIP_STAFF",
                 "jurisdiction_code": "140825101201"}""".formatted(PASSWORD));
        assertThat(townshipOnVillage.status()).isEqualTo(422);
        assertThat(townshipOnVillage.json().path("errors").get(0).path("field").asString()).isEqualTo("jurisdiction_code");
        assertThat(townshipOnVillage.json().path("errors").get(0).path("message").asString())
                .isEqualTo("乡镇工作人员的管辖范围应为乡镇，而所选区划是行政村");
        Response villageOnTownship = new Api(port).inEnglish().post("/api/accounts", """
                {"username": "acct-wrong2", "display_name": "x", "password": "%s", "role": "VILLAGE_INSPECTOR",
                 "jurisdiction_code": "140825101000"}""".formatted(PASSWORD));
        assertThat(villageOnTownship.json().path("errors").get(0).path("message").asString())
                .isEqualTo("a village inspector account needs a village as its jurisdiction; the chosen area is a township");
        assertThat(listed(api, "acct-wrong1")).isNull();
        assertThat(listed(api, "acct-wrong2")).isNull();
    }

    @Test
    void aDisabledAccountCannotLogInByFormOrBasicAndItsOpenSessionEndsAtItsNextRequest() throws Exception {
        String name = make("acct-longxing", "TOWNSHIP_STAFF", "140825100000");
        BrowserSession browser = BrowserSession.atLoginPage(port);
        browser.logIn(name, PASSWORD);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);
        Api basic = new Api(port).as(name, PASSWORD);
        assertThat(basic.get("/api/me").status()).isEqualTo(200);
        assertThat(setEnabled(basic, name, false).status()).as("only the administrator").isEqualTo(403);

        Response disabled = setEnabled(api, name, false);
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(listed(api, name).path("enabled").asBoolean()).isFalse();

        assertThat(browser.get("/api/me").statusCode()).as("the open session ends").isEqualTo(401);
        HttpResponse<String> page = browser.send(browser.request("/").header("Accept", "text/html"));
        assertThat(page.statusCode()).as("the map leads to the login").isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login.html");
        assertThat(basic.get("/api/me").status()).isEqualTo(401);
        BrowserSession again = BrowserSession.atLoginPage(port);
        assertThat(again.logIn(name, PASSWORD).headers().firstValue("Location").orElse(""))
                .as("the right password is told the account is disabled").endsWith("/login.html?disabled");
        assertThat(again.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(BrowserSession.atLoginPage(port).logIn(name, "Wrong-Pa55-2024!").headers().firstValue("Location").orElse(""))
                .as("a wrong password is only a wrong password").endsWith("/login.html?error");
        JsonNode refused = api.get("/api/audit?action=LOGIN_FAILED&target=account/" + name).json();
        assertThat(refused.toString()).contains("DISABLED");

        Response enabled = setEnabled(api, name, true);
        assertThat(enabled.json().path("enabled").asBoolean()).isTrue();
        assertThat(basic.get("/api/me").status()).isEqualTo(200);
        assertThat(setEnabled(api, name, true).status()).as("enabling again changes nothing").isEqualTo(200);
        assertThat(auditActions("account " + name)).containsExactly("ACCOUNT_ENABLE", "ACCOUNT_DISABLE", "ACCOUNT_CREATE");

        assertThat(setEnabled(api, "nobody-here", false).status()).isEqualTo(404);
        Response notBoolean = api.put("/api/accounts/" + name + "/enabled", "{\"enabled\": \"no\"}");
        assertThat(notBoolean.status()).isEqualTo(422);
        assertThat(notBoolean.json().path("errors").get(0).path("field").asString()).isEqualTo("enabled");
    }

    @Test
    void aPasswordResetEndsTheAccountsOpenSessions() throws Exception {
        String name = make("acct-reset", "TOWNSHIP_STAFF", "140825100000");
        BrowserSession browser = BrowserSession.atLoginPage(port);
        browser.logIn(name, PASSWORD);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(200);

        Response reset = api.put("/api/accounts/" + name + "/password", "{\"password\": \"Neu-Pa55wort-2025!\"}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(browser.get("/api/me").statusCode()).as("whoever knew the old password is out").isEqualTo(401);
        BrowserSession again = BrowserSession.atLoginPage(port);
        again.logIn(name, "Neu-Pa55wort-2025!");
        assertThat(again.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(new Api(port).as(name, PASSWORD).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aTownshipOfficerMovedToAnotherTownshipSeesOnlyTheNewOneAndHisOldSessionEnds() throws Exception {
        String name = make("acct-moved", "TOWNSHIP_STAFF", "140825100000");
        BrowserSession browser = BrowserSession.atLoginPage(port);
        browser.logIn(name, PASSWORD);
        assertThat(browser.get("/api/me").body()).contains("140825100000");

        Response moved = api.put("/api/accounts/" + name, """
                {"role": "TOWNSHIP_STAFF", "jurisdiction_code": "140825101000"}""");
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().path("jurisdiction_name").asString()).isEqualTo("三泉镇");
        assertThat(moved.json().path("display_name").asString()).as("kept when not given").isEqualTo("测试" + name);
        assertThat(browser.get("/api/me").statusCode()).as("the session with the old township ends").isEqualTo(401);
        BrowserSession again = BrowserSession.atLoginPage(port);
        again.logIn(name, PASSWORD);
        assertThat(again.get("/api/me").body()).contains("140825101000").doesNotContain("140825100000");
        Api basic = new Api(port).as(name, PASSWORD);
        assertThat(basic.get("/api/houses?township=140825100000").json().path("features"))
                .as("the old township is out of reach").isEmpty();
        assertThat(basic.get("/api/houses?township=140825101000").json().path("features")).isNotEmpty();

        Response same = api.put("/api/accounts/" + name, """
                {"role": "TOWNSHIP_STAFF", "jurisdiction_code": "140825101000", "display_name": "测试%s"}""".formatted(name));
        assertThat(same.status()).isEqualTo(200);
        assertThat(again.get("/api/me").statusCode()).as("setting what holds ends no session").isEqualTo(200);
        assertThat(auditActions("account " + name)).containsExactly("ACCOUNT_CHANGE", "ACCOUNT_CREATE");
        JsonNode change = api.get("/api/audit?action=ACCOUNT_CHANGE&target=account%20" + name).json().get(0);
        assertThat(change.toString()).contains("140825100000").contains("140825101000");

        Response unfit = api.put("/api/accounts/" + name, """
                {"role": "VILLAGE_INSPECTOR", "jurisdiction_code": "140825101000"}""");
        assertThat(unfit.status()).isEqualTo(422);
        assertThat(unfit.json().path("errors").get(0).path("message").asString())
                .isEqualTo("村排查员的管辖范围应为行政村，而所选区划是乡镇");
        assertThat(api.put("/api/accounts/nobody-here", "{\"role\": \"PLANNER\"}").status()).isEqualTo(404);
        assertThat(new Api(port).as(name, PASSWORD).put("/api/accounts/" + name, "{\"role\": \"COUNTY_ADMIN\"}").status())
                .as("only the administrator").isEqualTo(403);
    }

    /**
     * An administrator cannot change his own role; another administrator's he can. (The last enabled
     * administrator can then only lose the role in a race of two administrators demoting each other,
     * refused with 409 like the disabling race below, through the same locks.)
     */
    @Test
    void anAdministratorCannotChangeHisOwnRole() {
        Response self = api.put("/api/accounts/admin", "{\"role\": \"COUNTY_STAFF\"}");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().path("errors").get(0).path("message").asString()).startsWith("不能改变自己正在使用的账户的角色");
        assertThat(api.get("/api/me").status()).isEqualTo(200);
        String other = make("acct-admin-z", "COUNTY_ADMIN", null);
        Response demoted = api.put("/api/accounts/" + other, "{\"role\": \"COUNTY_STAFF\"}");
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        assertThat(demoted.json().path("role").asString()).isEqualTo("COUNTY_STAFF");
        assertThat(new Api(port).as(other, PASSWORD).get("/api/accounts").status()).isEqualTo(403);
    }

    @Test
    void anAdministratorCannotDisableHimself() {
        List<String> before = auditActions("account admin");
        Response self = setEnabled(api, "admin", false);
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().path("errors").get(0).path("message").asString()).isEqualTo("不能停用自己正在使用的账户");
        assertThat(api.get("/api/me").status()).isEqualTo(200);
        assertThat(auditActions("account admin")).as("nothing written").isEqualTo(before);
    }

    /**
     * With nobody disabling himself, the last administrator can only be reached by two administrators
     * disabling each other at the same moment, each request let in while both were enabled: the
     * second then finds that the other is the last one. Raced three times over HTTP (one wins each
     * time; the other is refused — 409, or 401 when its own account was disabled before it got in);
     * and once exactly, as the service sees the loser of such a race.
     */
    @Test
    void theLastEnabledAdministratorStaysEvenWhenTwoDisableEachOtherAtOnce() throws Exception {
        String x = make("acct-admin-x", "COUNTY_ADMIN", null);
        String y = make("acct-admin-y", "COUNTY_ADMIN", null);
        Api asX = new Api(port).as(x, PASSWORD);
        Api asY = new Api(port).as(y, PASSWORD);
        assertThat(setEnabled(asX, "admin", false).status()).isEqualTo(200);
        for (int round = 0; round < 3; round++) {
            List<Response> answers = RacingWriters.atOnce(2, i -> i == 0 ? setEnabled(asX, y, false) : setEnabled(asY, x, false));
            List<Integer> statuses = answers.stream().map(Response::status).toList();
            assertThat(statuses).as(answers.toString()).containsOnlyOnce(200);
            Response loser = answers.get(statuses.indexOf(200) == 0 ? 1 : 0);
            assertThat(loser.status()).as(loser.toString()).isIn(409, 401);
            if (loser.status() == 409) {
                assertThat(loser.json().path("errors").get(0).path("message").asString()).startsWith("这是最后一个启用的县级管理员账户");
            }
            Integer enabledAdministrators = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM account WHERE role = 'COUNTY_ADMIN' AND enabled = TRUE", Map.of(), Integer.class);
            assertThat(enabledAdministrators).isEqualTo(1);
            Api winner = statuses.get(0) == 200 ? asX : asY;
            assertThat(setEnabled(winner, statuses.get(0) == 200 ? y : x, true).status()).isEqualTo(200);
        }

        // the loser's request, exactly: let in as y, whose account has been disabled since
        assertThat(setEnabled(asX, y, false).status()).isEqualTo(200);
        AnjuUser loserOfTheRace = new AnjuUser(y, "y", "", Role.COUNTY_ADMIN, null, true, 0);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(loserOfTheRace, null, loserOfTheRace.getAuthorities()));
        assertThatThrownBy(() -> enabling.set(x, false)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageKey())
                        .isEqualTo("account.lastAdministrator"));
        SecurityContextHolder.clearContext();
        assertThat(asX.get("/api/me").status()).isEqualTo(200);
    }
}
