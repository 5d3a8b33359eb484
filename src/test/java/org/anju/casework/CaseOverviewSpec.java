package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case ledger at a glance (the map layer and the dashboard), run on both databases in the casework
 * specs' database. Each map test puts its houses in a small box of its own in 西村 and looks only
 * there; the dashboard is checked against the ledger's own list and deadline endpoints.
 */
abstract class CaseOverviewSpec extends ApiSpec {

    static final String XICUN = "140825100202";
    static final String LONGXING = "140825100000";
    static final String SANQUAN = "140825101000";

    CaseworkFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseworkFixtures(api, port);
    }

    static String box(double lon, double lat) {
        return "%s,%s,%s,%s".formatted(lon - 0.0005, lat - 0.0005, lon + 0.0005, lat + 0.0005);
    }

    static List<String> houses(JsonNode collection) {
        List<String> codes = new ArrayList<>();
        collection.path("features").forEach(f -> codes.add(f.path("properties").path("house_code").asString()));
        return codes;
    }

    @Test
    void theMapShowsTheOpenCasesInTheBoxMostUrgentFirstWithTheUrgencyOfTheirDeadline() {
        double lon = 111.0815;
        double lat = 35.6415;
        // graded D in March 2024 and never followed up: opened by "open missing", due 2024-11-30 (Xinjiang phase)
        String forgotten = fixtures.houseWithTargetHousehold(XICUN, "D", "2024-03-01", lon, lat);
        Response opened = api.post("/api/cases/open-missing", "{\"area\": \"" + XICUN + "\"}");
        assertThat(opened.json().path("opened").asInt()).as(opened.toString()).isEqualTo(1);
        // found today, graded B: the county has a week to assess it — due soon
        String found = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", lon + 0.0002, lat);
        fixtures.openCase(found);
        // a rejected case is no longer open: not on the map
        String rejected = fixtures.houseWithTargetHousehold(XICUN, "D", "2024-03-01", lon - 0.0002, lat);
        long rejectedId = fixtures.openCase(rejected).path("id").asLong();
        fixtures.move(rejectedId, "REJECT", ", \"reason\": \"另有安全住房\"");

        JsonNode map = api.get("/api/cases/map?bbox=" + box(lon, lat)).json();
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(houses(map)).as("the overdue one first").containsExactly(forgotten, found);
        JsonNode first = map.path("features").get(0);
        assertThat(first.path("geometry").path("coordinates").get(0).asDouble()).isCloseTo(lon, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(first.path("properties").path("urgency").asString()).isEqualTo("OVERDUE");
        assertThat(first.path("properties").path("deadline_on").asString()).isEqualTo("2024-11-30");
        assertThat(first.path("properties").path("state").asString()).isEqualTo("ASSESSED");
        JsonNode second = map.path("features").get(1).path("properties");
        assertThat(second.path("urgency").asString()).isEqualTo("DUE_SOON");
        assertThat(second.path("deadline_on").asString()).isEqualTo(LocalDate.now().plusDays(7).toString());
        assertThat(map.path("numberMatched").asInt()).isEqualTo(2);
        assertThat(map.path("by_urgency").path("OVERDUE").asInt()).isEqualTo(1);
        assertThat(map.path("by_urgency").path("DUE_SOON").asInt()).isEqualTo(1);
        assertThat(map.toString()).as("no personal data on the map").doesNotContain("钱测试");

        assertThat(houses(api.get("/api/cases/map?urgency=OVERDUE&bbox=" + box(lon, lat)).json()))
                .containsExactly(forgotten);
        JsonNode limited = api.get("/api/cases/map?limit=1&bbox=" + box(lon, lat)).json();
        assertThat(houses(limited)).containsExactly(forgotten);
        assertThat(limited.path("numberMatched").asInt()).as("counts all that match, so the client knows").isEqualTo(2);
        assertThat(limited.path("numberReturned").asInt()).isEqualTo(1);
        assertThat(houses(api.get("/api/cases/map?township=" + SANQUAN + "&bbox=" + box(lon, lat)).json())).isEmpty();
    }

    @Test
    void theMapKeepsToTheJurisdictionOfTheAccount() {
        double lon = 111.0835;
        double lat = 35.6435;
        String house = fixtures.houseWithTargetHousehold(XICUN, "D", "2024-03-01", lon, lat);
        fixtures.openCase(house);
        Api longxing = new Api(port).as(fixtures.account("COUNTY_STAFF", LONGXING), CaseworkFixtures.PASSWORD);
        Api sanquan = new Api(port).as(fixtures.account("COUNTY_STAFF", SANQUAN), CaseworkFixtures.PASSWORD);

        assertThat(houses(longxing.get("/api/cases/map?bbox=" + box(lon, lat)).json())).containsExactly(house);
        assertThat(houses(sanquan.get("/api/cases/map?bbox=" + box(lon, lat)).json())).isEmpty();
        assertThat(sanquan.get("/api/cases?house=" + house).json().path("number_matched").asInt())
                .as("the ledger's list too").isZero();
        JsonNode summary = sanquan.get("/api/cases/summary").json();
        assertThat(summary.path("by_township").toString()).doesNotContain(LONGXING);
        Response township = new Api(port).as(fixtures.account("TOWNSHIP_STAFF", LONGXING), CaseworkFixtures.PASSWORD)
                .get("/api/cases/map?bbox=" + box(lon, lat));
        assertThat(houses(township.json())).as("township staff see their township's cases").containsExactly(house);
        Response otherTownship = new Api(port).as(fixtures.account("TOWNSHIP_STAFF", SANQUAN), CaseworkFixtures.PASSWORD)
                .get("/api/cases/map?bbox=" + box(lon, lat));
        assertThat(houses(otherTownship.json())).isEmpty();
    }

    @Test
    void badMapParametersAre400AndNameTheParameter() {
        Response bbox = api.get("/api/cases/map?bbox=111,35,110");
        assertThat(bbox.status()).isEqualTo(400);
        assertThat(bbox.json().path("errors").get(0).path("field").asString()).isEqualTo("bbox");
        Response urgency = api.get("/api/cases/map?urgency=LATE");
        assertThat(urgency.status()).isEqualTo(400);
        assertThat(urgency.json().path("errors").get(0).path("field").asString()).isEqualTo("urgency");
        assertThat(api.get("/api/cases/map?limit=0").status()).isEqualTo(400);
        assertThat(api.get("/api/cases/summary?months=61").status()).isEqualTo(400);
        assertThat(api.get("/api/cases/summary?township=12345").status()).isEqualTo(400);
    }

    @Test
    void theDashboardCountsAgreeWithTheLedgersListsAndDeadlines() {
        String house = fixtures.houseWithTargetHousehold(XICUN, "D", "2024-03-01", 111.0855, 35.6455);
        fixtures.openCase(house);

        JsonNode summary = api.get("/api/cases/summary").json();
        long open = 0;
        for (CaseState state : CaseState.values()) {
            long listed = api.get("/api/cases?limit=1&state=" + state).json().path("number_matched").asLong();
            assertThat(summary.path("by_state").path(state.name()).asLong()).as(state.name()).isEqualTo(listed);
            open += state.ended() ? 0 : listed;
        }
        JsonNode totals = summary.path("totals");
        assertThat(totals.path("open").asLong()).isEqualTo(open).isPositive();
        assertThat(totals.path("cases").asLong()).isEqualTo(api.get("/api/cases?limit=1").json().path("number_matched").asLong());
        assertThat(totals.path("overdue").asLong())
                .isEqualTo(api.get("/api/cases?limit=1&overdue=true").json().path("number_matched").asLong());
        assertThat(totals.path("due_soon").asLong())
                .isEqualTo(api.get("/api/cases?limit=1&due_within=7").json().path("number_matched").asLong());
        assertThat(totals.path("closed").asLong()).isEqualTo(summary.path("by_state").path("CLOSED").asLong());

        JsonNode deadlines = api.get("/api/cases/deadlines").json();
        for (JsonNode township : deadlines.path("by_township")) {
            JsonNode row = null;
            for (JsonNode r : summary.path("by_township")) {
                if (r.path("township_code").asString().equals(township.path("township_code").asString())) {
                    row = r;
                }
            }
            assertThat(row).as(township.toString()).isNotNull();
            assertThat(row.path("open").asLong()).isEqualTo(township.path("open_cases").asLong());
            assertThat(row.path("overdue").asLong()).isEqualTo(township.path("overdue").asLong());
            assertThat(row.path("due_soon").asLong()).isEqualTo(township.path("due_soon").asLong());
        }

        JsonNode xicun = api.get("/api/cases/summary?village=" + XICUN).json();
        assertThat(xicun.path("totals").path("cases").asLong())
                .isEqualTo(api.get("/api/cases?limit=1&village=" + XICUN).json().path("number_matched").asLong());
        assertThat(xicun.path("by_township")).hasSize(1);
        assertThat(xicun.path("by_township").get(0).path("township_name").asString()).isEqualTo("龙兴镇");
    }

    @Test
    void theMonthlyTrendCountsTheStartsOfEachMonth() {
        JsonNode before = api.get("/api/cases/summary?months=3").json().path("monthly");
        assertThat(before).hasSize(3);
        YearMonth now = YearMonth.now();
        assertThat(before.get(2).path("month").asString()).isEqualTo(now.toString());
        assertThat(before.get(0).path("month").asString()).isEqualTo(now.minusMonths(2).toString());

        String house = fixtures.houseWithTargetHousehold(XICUN, "D", "2024-03-01", 111.0875, 35.6475);
        fixtures.startConstruction(fixtures.openCase(house).path("id").asLong());

        JsonNode after = api.get("/api/cases/summary?months=3").json().path("monthly");
        assertThat(after.get(2).path("started").asLong() - before.get(2).path("started").asLong()).isEqualTo(1);
        assertThat(after.get(2).path("completed").asLong()).isEqualTo(before.get(2).path("completed").asLong());
        assertThat(after.get(1).path("started").asLong()).isEqualTo(before.get(1).path("started").asLong());
        JsonNode year = api.get("/api/cases/summary").json().path("monthly");
        assertThat(year).hasSize(12);
        assertThat(year.get(11).path("started").asLong()).isEqualTo(after.get(2).path("started").asLong());
    }

    @Test
    void theLedgersWordsComeInTheCallersLanguage() {
        JsonNode zh = api.get("/api/cases/labels").json();
        assertThat(zh.path("states").path("CLOSED").asString()).isEqualTo("销号");
        assertThat(zh.path("actions").path("COUNTY_APPROVE").asString()).isEqualTo("县级审批通过");
        assertThat(zh.path("documents").path("GRADE_ASSESSMENT").asString()).isEqualTo("住房安全性鉴定（评定）表");
        assertThat(zh.path("methods").path("NEW_SITE").asString()).isEqualTo("选址新建");
        assertThat(zh.path("open_states").toString()).contains("DISCOVERED").doesNotContain("CLOSED");
        JsonNode en = new Api(port).inEnglish().get("/api/cases/labels").json();
        assertThat(en.path("methods").path("NEW_SITE").asString()).isEqualTo("build on a new site");
        assertThat(en.path("states").path("DISCOVERED").asString()).isEqualTo("discovered");
    }
}
