package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the casework screens need from the API (issue 16): a dry run of "open the missing cases" that
 * counts before anything is opened; campaigns followed (done / tasks, overdue), assigned to teams or
 * accounts, and closed — a closed campaign leaves the field page and takes no more results, photos or
 * assignments, its results stay; one running emergency campaign per disaster event.
 *
 * <p>Its houses lie away from the other specs' houses, at lon 111.096–111.098 in 东村 (below lat 35.60)
 * and 西村; the flood of the closing spec is the strip lon 111.0961–111.0967, lat 35.5985–35.6015, with
 * the other specs' houses east of it. Every C/D house of a target household it makes ends with a case,
 * so that the other specs' "open missing" over 西村 finds only theirs.
 */
abstract class CampaignLifecycleSpec extends ApiSpec {

    static final String DONGCUN = InspectionFieldSpec.DONGCUN;
    static final String XICUN = InspectionFieldSpec.XICUN;
    static final String LONGXING = "140825100000";

    CaseworkFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseworkFixtures(api, port);
    }

    static long toOpenIn(JsonNode dryRun, String village) {
        for (JsonNode v : dryRun.path("by_village")) {
            if (v.path("village_code").asString().equals(village)) {
                return v.path("to_open").asLong();
            }
        }
        return 0;
    }

    Response dryRun(String area) {
        return api.post("/api/cases/open-missing?dry_run=true", "{\"area\": \"%s\"}".formatted(area));
    }

    @Test
    void theMissingCasesOfAnAreaAreCountedVillageByVillageBeforeAnythingIsOpened() {
        long before = toOpenIn(dryRun(LONGXING).json(), XICUN);
        String forgotten = fixtures.houseWithTargetHousehold(XICUN, "D", "2024-03-01", 111.0972, 35.6012);

        Response counted = dryRun(LONGXING);
        assertThat(counted.status()).as(counted.toString()).isEqualTo(200);
        JsonNode count = counted.json();
        assertThat(count.path("dry_run").asBoolean()).isTrue();
        assertThat(toOpenIn(count, XICUN)).as("the new D house of a 低保 household").isEqualTo(before + 1);
        long sum = 0;
        for (JsonNode v : count.path("by_village")) {
            assertThat(v.path("township_name").asString()).isEqualTo("龙兴镇");
            assertThat(v.path("village_name").asString()).isIn("东村", "西村");
            sum += v.path("to_open").asLong();
        }
        assertThat(count.path("to_open").asLong()).as("the villages add up").isEqualTo(sum);
        assertThat(api.get("/api/cases?house=" + forgotten).json().path("number_matched").asInt())
                .as("a dry run opens nothing").isZero();
        assertThat(toOpenIn(dryRun(XICUN).json(), XICUN)).as("a village alone").isEqualTo(before + 1);

        fixtures.openCase(forgotten);
        assertThat(toOpenIn(dryRun(LONGXING).json(), XICUN)).as("a house with a case is no longer missing")
                .isEqualTo(before);

        Api township = new Api(port).as(fixtures.account("TOWNSHIP_STAFF", LONGXING), CaseworkFixtures.PASSWORD);
        assertThat(township.post("/api/cases/open-missing?dry_run=true", "{\"area\": \"" + LONGXING + "\"}").status())
                .as("opening in bulk is the county's, counting it too").isEqualTo(403);
        assertThat(dryRun("1408251").status()).isEqualTo(422);
    }

    /** An emergency campaign over two houses of this spec, one per village: started 10 days ago, due yesterday. */
    long overdueEmergencyCampaign(long event) {
        Response created = api.post("/api/inspections", """
                {"name": "测试县9月洪涝应急排查", "kind": "EMERGENCY", "area": "140825000000", "disaster_event": %d,
                 "started_on": "%s", "due_on": "%s"}""".formatted(event, LocalDate.now().minusDays(10),
                LocalDate.now().minusDays(1)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    long floodOverTheStrip(String name) {
        Response event = api.post("/api/disasters", """
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[111.0961, 35.5985],
                   [111.0967, 35.5985], [111.0967, 35.6015], [111.0961, 35.6015], [111.0961, 35.5985]]]},
                 "properties": {"name": "%s", "type": "FLOOD", "started_on": "%s"}}"""
                .formatted(name, LocalDate.now().minusDays(11)));
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        return event.json().path("id").asLong();
    }

    static JsonNode village(JsonNode campaign, String code) {
        return FloodInspectionSpec.village(campaign, code);
    }

    static JsonNode withId(JsonNode campaigns, long id) {
        for (JsonNode c : campaigns) {
            if (c.path("id").asLong() == id) {
                return c;
            }
        }
        return null;
    }

    /** The audit entries of {@code action} on the campaign. */
    List<JsonNode> audit(String action, long campaign) {
        List<JsonNode> entries = new java.util.ArrayList<>();
        for (JsonNode e : api.get("/api/audit?action=" + action + "&target=inspection%20" + campaign).json()) {
            if (e.path("target").asString().equals("inspection " + campaign)) {
                entries.add(e);
            }
        }
        return entries;
    }

    @Test
    void aClosedCampaignLeavesTheFieldPageTakesNoMoreResultsAndKeepsItsOwn() {
        String east = fixtures.houseWithTargetHousehold(DONGCUN, "B", "2024-03-01", 111.0963, 35.5990);
        String west = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0965, 35.6008);
        long flood = floodOverTheStrip("测试县9月洪涝（活动结束）");
        long campaign = overdueEmergencyCampaign(flood);

        // past its due day with everything to do: the campaign and both its villages are overdue
        JsonNode progress = api.get("/api/inspections/" + campaign).json();
        assertThat(progress.path("kind_label").asString()).isEqualTo("应急排查");
        assertThat(progress.path("disaster_event_name").asString()).isEqualTo("测试县9月洪涝（活动结束）");
        assertThat(List.of(progress.path("tasks").asInt(), progress.path("done").asInt())).containsExactly(2, 0);
        assertThat(progress.path("overdue").asBoolean()).isTrue();
        assertThat(progress.path("closed").asBoolean()).isFalse();
        assertThat(village(progress, DONGCUN).path("overdue").asBoolean()).isTrue();
        assertThat(village(progress, XICUN).path("overdue").asBoolean()).isTrue();

        // one running emergency campaign per event
        Response second = api.post("/api/inspections", """
                {"name": "重复", "kind": "EMERGENCY", "area": "140825000000", "disaster_event": %d}""".formatted(flood));
        assertThat(second.status()).isEqualTo(409);
        assertThat(CaseworkSpec.messages(second)).singleElement().asString().contains("测试县9月洪涝应急排查");

        Map<String, JsonNode> tasks = FloodInspectionSpec.byHouse(api.get("/api/inspections/" + campaign + "/tasks").json());
        Response recorded = api.post("/api/inspections/" + campaign + "/tasks/" + tasks.get(east).path("id").asLong()
                + "/result", "{\"grade\": \"B\", \"occupancy\": \"OCCUPIED\", \"version\": 0}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        progress = api.get("/api/inspections/" + campaign).json();
        assertThat(village(progress, DONGCUN).path("overdue").asBoolean()).as("东村 is done").isFalse();
        assertThat(village(progress, XICUN).path("overdue").asBoolean()).isTrue();
        assertThat(progress.path("overdue").asBoolean()).isTrue();
        assertThat(withId(api.get("/api/inspections?state=OPEN").json(), campaign)).as("running").isNotNull();

        // closed: with who and when, audited; no longer among the running ones, nor overdue
        assertThat(api.post("/api/inspections/" + campaign + "/close", "{\"closed_on\": \"%s\"}"
                .formatted(LocalDate.now().minusDays(11))).status()).as("before its start").isEqualTo(422);
        Response closed = api.post("/api/inspections/" + campaign + "/close", "{\"note\": \"汛情结束，转入常规排查\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("closed").asBoolean()).isTrue();
        assertThat(closed.json().path("closed_on").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(closed.json().path("closed_by").asString()).contains("admin");
        assertThat(closed.json().path("close_note").asString()).isEqualTo("汛情结束，转入常规排查");
        assertThat(closed.json().path("overdue").asBoolean()).isFalse();
        assertThat(village(closed.json(), XICUN).path("overdue").asBoolean()).isFalse();
        assertThat(withId(api.get("/api/inspections?state=OPEN").json(), campaign)).as("off the field page").isNull();
        assertThat(withId(api.get("/api/inspections?state=CLOSED").json(), campaign)).isNotNull();
        assertThat(withId(api.get("/api/inspections").json(), campaign)).as("still listed for the county").isNotNull();
        List<JsonNode> audit = audit("INSPECTION_CLOSE", campaign);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).path("detail").asString()).contains("汛情结束，转入常规排查").contains("\"done\":1");

        // nothing more comes in; what came in stays
        Response late = api.post("/api/inspections/" + campaign + "/tasks/" + tasks.get(west).path("id").asLong()
                + "/result", "{\"grade\": \"B\", \"occupancy\": \"OCCUPIED\", \"version\": 0}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(CaseworkSpec.messages(late)).singleElement().asString()
                .isEqualTo("排查活动“测试县9月洪涝应急排查”已于 " + LocalDate.now() + " 结束，不再接收排查结果、照片和任务分配");
        Response photo = fixtures.multipart("/api/inspections/" + campaign + "/tasks/" + tasks.get(west).path("id").asLong()
                + "/photos", Map.of(), "file", "墙.jpg", "image/jpeg", CaseworkFixtures.JPEG, Api.ADMIN_AUTHORIZATION);
        assertThat(photo.status()).isEqualTo(409);
        assertThat(api.put("/api/inspections/" + campaign + "/assignments", "{\"village\": \"%s\", \"team\": \"迟到组\"}"
                .formatted(XICUN)).status()).isEqualTo(409);
        assertThat(api.post("/api/inspections/" + campaign + "/close", "{}").status()).as("closed once").isEqualTo(409);
        JsonNode kept = FloodInspectionSpec.byHouse(api.get("/api/inspections/" + campaign + "/tasks").json()).get(east);
        assertThat(kept.path("properties").path("status").asString()).isEqualTo("DONE");
        assertThat(kept.path("properties").path("found_grade").asString()).isEqualTo("B");

        // the event may have a new emergency campaign now
        Response again = api.post("/api/inspections", """
                {"name": "测试县9月洪涝复查", "kind": "EMERGENCY", "area": "140825000000", "disaster_event": %d}"""
                .formatted(flood));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(api.post("/api/inspections/" + again.json().path("id").asLong() + "/close", "{}").status()).isEqualTo(200);
    }

    @Test
    void aVillageGoesToATeamOrToAnAccountWhoseJurisdictionCoversIt() {
        fixtures.houseWithTargetHousehold(DONGCUN, "B", "2024-03-01", 111.0974, 35.5995);
        Response created = api.post("/api/inspections", """
                {"name": "东村以人找房", "kind": "PERSON_TO_HOUSE", "area": "%s"}""".formatted(DONGCUN));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long campaign = created.json().path("id").asLong();
        String dongcun = fixtures.account("VILLAGE_INSPECTOR", DONGCUN);
        String xicun = fixtures.account("VILLAGE_INSPECTOR", XICUN);
        String township = fixtures.account("TOWNSHIP_STAFF", LONGXING);
        String planner = fixtures.account("PLANNER", LONGXING);

        JsonNode candidates = api.get("/api/inspections/" + campaign + "/assignees?village=" + DONGCUN).json();
        List<String> usernames = candidates.findValuesAsString("username");
        assertThat(usernames).contains(dongcun, township).doesNotContain(xicun, planner);
        assertThat(usernames.indexOf(dongcun)).as("the village's own first").isLessThan(usernames.indexOf(township));
        assertThat(new Api(port).as(township, CaseworkFixtures.PASSWORD)
                .get("/api/inspections/" + campaign + "/assignees?village=" + DONGCUN).status()).isEqualTo(403);

        String path = "/api/inspections/" + campaign + "/assignments";
        for (String refused : List.of(xicun, planner, "nobody-here")) {
            Response r = api.put(path, "{\"village\": \"%s\", \"account\": \"%s\"}".formatted(DONGCUN, refused));
            assertThat(r.status()).as(refused + ": " + r).isEqualTo(422);
        }
        Response assigned = api.put(path, "{\"village\": \"%s\", \"team\": \"东村巡查组\", \"account\": \"%s\"}"
                .formatted(DONGCUN, dongcun));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().path("tasks").asInt()).isPositive();
        JsonNode v = village(api.get("/api/inspections/" + campaign).json(), DONGCUN);
        assertThat(v.path("team").asString()).isEqualTo("东村巡查组");
        assertThat(v.path("assignee").asString()).isEqualTo(dongcun);
        assertThat(v.path("assignee_name").asString()).isEqualTo("测试VILLAGE_INSPECTOR");
        assertThat(audit("INSPECTION_ASSIGN", campaign)).hasSize(1);
        assertThat(audit("INSPECTION_CREATE", campaign)).hasSize(1);

        assertThat(api.put(path, "{\"village\": \"%s\"}".formatted(DONGCUN)).status()).isEqualTo(200);
        v = village(api.get("/api/inspections/" + campaign).json(), DONGCUN);
        assertThat(v.path("assignee").isNull()).as("both replaced: cleared").isTrue();
        assertThat(v.path("team").isNull()).isTrue();
        assertThat(api.post("/api/inspections/" + campaign + "/close", "{}").status()).isEqualTo(200);
    }
}
