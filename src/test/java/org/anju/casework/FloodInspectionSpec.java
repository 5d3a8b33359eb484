package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The "done when": a county officer runs an emergency inspection campaign after a flood, with
 * field results coming in from phones (应急排查, seeds 000/001: 灾情后要第一时间研判评估…及时劝离).
 *
 * <p>The flood is a strip across the border of 东村 and 西村 (lon 111.0931–111.0939, lat 35.5985–35.6015),
 * away from the fixture's houses; the houses of this spec are made here:
 * <pre>
 *  house   village  on record  household        in the strip  phone finding             expected
 *  W-1     西村     B          低保 (target)    yes           C, occupied, 3 劝离       problem, case opened
 *  W-2     西村     B          低保 (target)    yes           — (not yet visited)       to do
 *  E-1     东村     B          低保 (target)    yes           D, occupied, photo+GPS    problem, case opened
 *  E-2     东村     B          no category      yes           C, occupied               problem, no case
 *  E-3     东村     A          低保 (target)    yes           A, occupied               done
 *  E-4     东村     B          低保 (target)    no (outside)  —                         no task
 *  E-5     东村     D          nobody           yes, demolished                         no task
 * </pre>
 */
abstract class FloodInspectionSpec extends ApiSpec {

    static final String DONGCUN = InspectionFieldSpec.DONGCUN;
    static final String XICUN = InspectionFieldSpec.XICUN;
    static final String FLOOD = "{\"type\": \"Polygon\", \"coordinates\": [[[111.0931, 35.5985], [111.0939, 35.5985], "
            + "[111.0939, 35.6015], [111.0931, 35.6015], [111.0931, 35.5985]]]}";

    CaseworkFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseworkFixtures(api, port);
    }

    /** A house of {@code grade} at lon/lat in {@code village} with a household of no target category. */
    String houseWithOtherHousehold(String village, String grade, double lon, double lat) {
        String house = "FL-O" + System.nanoTime() % 1000000;
        assertThat(api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "BRICK_WOOD",
                                "grade": "%s", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}
                """.formatted(lon, lat, house, village, grade)).status()).isEqualTo(201);
        Response hh = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "孙测试", "members": 4, "village_code": "%s", "residence_house": "%s"}
                """.formatted(house, village, house));
        assertThat(hh.status()).as(hh.toString()).isEqualTo(201);
        return house;
    }

    String demolishedHouse(String village, double lon, double lat) {
        String house = "FL-X" + System.nanoTime() % 1000000;
        assertThat(api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "EARTH_WOOD",
                                "grade": "D", "assessed_on": "2022-03-01", "occupancy": "DEMOLISHED"}}
                """.formatted(lon, lat, house, village)).status()).isEqualTo(201);
        return house;
    }

    static Map<String, JsonNode> byHouse(JsonNode tasks) {
        Map<String, JsonNode> map = new HashMap<>();
        tasks.path("features").forEach(f -> map.put(f.path("properties").path("house_code").asString(), f));
        return map;
    }

    static JsonNode village(JsonNode progress, String code) {
        for (JsonNode v : progress.path("villages")) {
            if (v.path("village_code").asString().equals(code)) {
                return v;
            }
        }
        throw new AssertionError("no village " + code + " in " + progress);
    }

    Response record(Api phone, long campaign, JsonNode task, String body) {
        return phone.post("/api/inspections/" + campaign + "/tasks/" + task.path("id").asLong() + "/result", body);
    }

    @Test
    void afterAFloodTheCountyRunsAnEmergencyCampaignAndFollowsTheResultsFromPhonesVillageByVillage() {
        String w1 = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0933, 35.6005);
        String w2 = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0937, 35.6010);
        String e1 = fixtures.houseWithTargetHousehold(DONGCUN, "B", "2024-03-01", 111.0933, 35.5990);
        String e2 = houseWithOtherHousehold(DONGCUN, "B", 111.0935, 35.5992);
        String e3 = fixtures.houseWithTargetHousehold(DONGCUN, "A", "2024-03-01", 111.0937, 35.5994);
        String outside = fixtures.houseWithTargetHousehold(DONGCUN, "B", "2024-03-01", 111.0950, 35.5990);
        String demolished = demolishedHouse(DONGCUN, 111.0934, 35.5996);

        // 1. the footprint of the flood, drawn or uploaded on the map
        Response event = api.post("/api/disasters", """
                {"type": "Feature", "geometry": %s,
                 "properties": {"name": "测试县7月洪涝（排查用）", "type": "FLOOD", "started_on": "%s",
                                "severity": "水深>1m", "severity_rank": 2}}""".formatted(FLOOD, LocalDate.now()));
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        long floodId = event.json().path("id").asLong();

        // 2. the emergency campaign: one task per house the flood hit, none for the demolished or the dry one
        Response created = api.post("/api/inspections", """
                {"name": "7月洪涝应急排查", "kind": "EMERGENCY", "area": "140825000000", "disaster_event": %d,
                 "due_on": "%s"}""".formatted(floodId, LocalDate.now().plusDays(3)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long campaign = created.json().path("id").asLong();
        JsonNode all = api.get("/api/inspections/" + campaign + "/tasks").json();
        assertThat(byHouse(all).keySet()).containsExactlyInAnyOrder(w1, w2, e1, e2, e3)
                .doesNotContain(outside, demolished);
        assertThat(created.json().path("tasks").asLong()).as("the emergency summary's houses")
                .isEqualTo(api.get("/api/disasters/" + floodId + "/affected").json().path("totals").path("houses").asLong());
        assertThat(all.path("features")).allSatisfy(f -> {
            assertThat(f.path("geometry").path("type").asString()).as("on the map").isEqualTo("Point");
            assertThat(f.path("properties").path("status").asString()).isEqualTo("TODO");
        });

        // 3. each village's tasks go to its team
        for (String[] assignment : new String[][] {{DONGCUN, "东村抢险排查组"}, {XICUN, "西村抢险排查组"}}) {
            Response assigned = api.put("/api/inspections/" + campaign + "/assignments",
                    "{\"village\": \"%s\", \"team\": \"%s\"}".formatted(assignment[0], assignment[1]));
            assertThat(assigned.status()).isEqualTo(200);
        }
        assertThat(village(api.get("/api/inspections/" + campaign).json(), DONGCUN).path("team").asString())
                .isEqualTo("东村抢险排查组");

        // 4. results from the phones of the village inspectors, each seeing only its village
        String dongcunInspector = fixtures.account("VILLAGE_INSPECTOR", DONGCUN);
        Api dongcun = new Api(port).as(dongcunInspector, CaseworkFixtures.PASSWORD);
        Api xicun = new Api(port).as(fixtures.account("VILLAGE_INSPECTOR", XICUN), CaseworkFixtures.PASSWORD);
        Map<String, JsonNode> east = byHouse(dongcun.get("/api/inspections/" + campaign + "/tasks").json());
        Map<String, JsonNode> west = byHouse(xicun.get("/api/inspections/" + campaign + "/tasks").json());
        assertThat(east.keySet()).containsExactlyInAnyOrder(e1, e2, e3);
        assertThat(west.keySet()).containsExactlyInAnyOrder(w1, w2);

        Response foundD = record(dongcun, campaign, east.get(e1), """
                {"grade": "D", "occupancy": "OCCUPIED", "evacuated_persons": 0, "lon": 111.09331, "lat": 35.59902,
                 "note": "墙体泡水开裂", "version": 0}""");
        assertThat(foundD.status()).as(foundD.toString()).isEqualTo(200);
        String photos = "/api/inspections/" + campaign + "/tasks/" + east.get(e1).path("id").asLong() + "/photos";
        Response photo = fixtures.multipart(photos, Map.of("lon", "111.09331", "lat", "35.59902", "accuracy", "6"),
                "file", "后墙.jpg", "image/jpeg", CaseworkFixtures.JPEG, CaseworkFixtures.basic(dongcunInspector));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        Response foundC = record(dongcun, campaign, east.get(e2), """
                {"grade": "C", "occupancy": "OCCUPIED", "version": 0}""");
        Response foundA = record(dongcun, campaign, east.get(e3), """
                {"grade": "A", "occupancy": "OCCUPIED", "version": 0}""");
        Response evacuated = record(xicun, campaign, west.get(w1), """
                {"grade": "C", "occupancy": "OCCUPIED", "evacuated_persons": 3, "lon": 111.0933, "lat": 35.6005,
                 "note": "已劝离3人至村委会", "version": 0}""");
        for (Response r : List.of(foundC, foundA, evacuated)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
        }
        assertThat(record(xicun, campaign, east.get(e3), "{\"occupancy\": \"OCCUPIED\", \"version\": 1}").status())
                .as("another village's task: as if it did not exist").isEqualTo(404);

        // 5. C/D of a target household opens a case, with a week to assess; a household of no category does not
        assertThat(foundC.json().path("case_opened").isNull()).isTrue();
        assertThat(foundA.json().path("case_opened").isNull()).isTrue();
        for (Response r : List.of(foundD, evacuated)) {
            JsonNode c = api.get("/api/cases/" + r.json().path("case_opened").asLong()).json();
            assertThat(c.path("state").asString()).isEqualTo("DISCOVERED");
            assertThat(c.path("deadline_rule").asString()).isEqualTo("ASSESSMENT");
            assertThat(c.path("deadline_on").asString()).isEqualTo(LocalDate.now().plusDays(7).toString());
        }
        Response corrected = record(dongcun, campaign, east.get(e1), """
                {"grade": "D", "occupancy": "VACANT", "evacuated_persons": 2, "note": "已劝离", "version": 1}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().path("case_opened").isNull()).as("one case per house").isTrue();

        // 6. progress by village: done / to do / problems, and the map's tasks by status
        JsonNode progress = api.get("/api/inspections/" + campaign).json();
        JsonNode dong = village(progress, DONGCUN);
        JsonNode xi = village(progress, XICUN);
        assertThat(List.of(dong.path("tasks").asInt(), dong.path("done").asInt(), dong.path("to_do").asInt(),
                dong.path("problems").asInt(), dong.path("evacuated_persons").asInt(), dong.path("cases_opened").asInt()))
                .as("东村: tasks, done, to do, problems, evacuated, cases").containsExactly(3, 3, 0, 2, 2, 1);
        assertThat(List.of(xi.path("tasks").asInt(), xi.path("done").asInt(), xi.path("to_do").asInt(),
                xi.path("problems").asInt(), xi.path("evacuated_persons").asInt(), xi.path("cases_opened").asInt()))
                .as("西村").containsExactly(2, 1, 1, 1, 3, 1);
        assertThat(progress.path("done").asInt()).isEqualTo(4);
        assertThat(byHouse(api.get("/api/inspections/" + campaign + "/tasks?status=TODO").json()).keySet())
                .containsExactly(w2);
        JsonNode done = byHouse(api.get("/api/inspections/" + campaign + "/tasks?status=DONE").json()).get(e1);
        assertThat(done.path("properties").path("found_grade").asString()).isEqualTo("D");
        assertThat(done.path("properties").path("photos").asInt()).isEqualTo(1);
        assertThat(done.path("properties").path("team").asString()).isEqualTo("东村抢险排查组");

        JsonNode map = api.get("/api/inspections/" + campaign + "/villages").json();
        assertThat(map.path("features")).hasSize(2);
        JsonNode xiOnMap = map.path("features").get(1).path("properties");
        assertThat(xiOnMap.path("village_name").asString()).isEqualTo("西村");
        assertThat(List.of(xiOnMap.path("done").asInt(), xiOnMap.path("to_do").asInt(), xiOnMap.path("problems").asInt()))
                .containsExactly(1, 1, 1);
        assertThat(xiOnMap.path("label_lon").asDouble()).as("the mean of W-1 and W-2").isCloseTo(111.0935,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(map.path("features").get(0).path("geometry").path("type").asString())
                .as("the village's boundary").isIn("Polygon", "MultiPolygon");
        JsonNode xiOnly = xicun.get("/api/inspections/" + campaign + "/villages").json();
        assertThat(xiOnly.path("features").findValuesAsString("village_code")).containsExactly(XICUN);

        // 7. the cases are in the ledger's list of the township, due within the week
        Set<String> due = new TreeSet<>();
        for (String township : List.of("140825100000")) {
            api.get("/api/cases?due_within=7&township=" + township + "&limit=200").json().path("items")
                    .forEach(c -> due.add(c.path("house_code").asString()));
        }
        assertThat(due).as("东村 and 西村 are both in 龙兴镇").contains(e1, w1).doesNotContain(e2, e3, w2);
    }

    /** An occupied house not yet assessed, with a 低保 household: priority 3. */
    String unassessedHouseWithTargetHousehold(String village, double lon, double lat) {
        String house = "FL-U" + System.nanoTime() % 1000000;
        assertThat(api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "EARTH_WOOD",
                                "grade": "UNASSESSED", "occupancy": "OCCUPIED"}}
                """.formatted(lon, lat, house, village)).status()).isEqualTo(201);
        Response hh = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "周测试", "members": 1, "village_code": "%s",
                 "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}""".formatted(house, village, house));
        assertThat(hh.status()).as(hh.toString()).isEqualTo(201);
        return house;
    }

    static List<String> houseCodes(JsonNode tasks) {
        return tasks.path("features").findValuesAsString("house_code");
    }

    @Test
    void theFieldListOfAnEmergencyCampaignIsInCheckOrderVillageByVillageInTheRankingOfTheAffectedVillages() {
        // a second strip, lon 111.0941–111.0947: 西村 has three occupied C/D houses, 东村 two, so 西村 is checked first
        String eastB = fixtures.houseWithTargetHousehold(DONGCUN, "B", "2024-03-01", 111.0942, 35.5990);
        String eastA = houseWithOtherHousehold(DONGCUN, "A", 111.0943, 35.5991);
        String eastD = fixtures.houseWithTargetHousehold(DONGCUN, "D", "2024-03-01", 111.0944, 35.5992);
        String eastUnassessed = unassessedHouseWithTargetHousehold(DONGCUN, 111.0945, 35.5993);
        String eastC = houseWithOtherHousehold(DONGCUN, "C", 111.0946, 35.5994);
        String westC = houseWithOtherHousehold(XICUN, "C", 111.0942, 35.6005);
        String westD = houseWithOtherHousehold(XICUN, "D", 111.0944, 35.6008);
        String westTargetD = fixtures.houseWithTargetHousehold(XICUN, "D", "2024-03-01", 111.0946, 35.6011);
        Response event = api.post("/api/disasters", """
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[111.0941, 35.5985],
                   [111.0947, 35.5985], [111.0947, 35.6015], [111.0941, 35.6015], [111.0941, 35.5985]]]},
                 "properties": {"name": "测试县8月洪涝（排查顺序）", "type": "FLOOD", "started_on": "%s"}}"""
                .formatted(LocalDate.now()));
        assertThat(event.status()).as(event.toString()).isEqualTo(201);
        long floodId = event.json().path("id").asLong();
        Response created = api.post("/api/inspections", """
                {"name": "8月洪涝应急排查", "kind": "EMERGENCY", "area": "140825000000", "disaster_event": %d}"""
                .formatted(floodId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long campaign = created.json().path("id").asLong();

        JsonNode tasks = api.get("/api/inspections/" + campaign + "/tasks").json();
        assertThat(houseCodes(tasks)).as("occupied D, occupied C, not assessed with a 低保 household, 低保, the rest;"
                        + " equal priorities by code").containsExactly(
                westD, westTargetD, westC, eastD, eastC, eastUnassessed, eastB, eastA);
        assertThat(tasks.path("features").findValuesAsString("priority"))
                .containsExactly("1", "1", "2", "1", "2", "3", "4", "5");
        assertThat(houseCodes(api.get("/api/inspections/" + campaign + "/tasks?village=" + DONGCUN).json()))
                .as("one village's list on the phone").containsExactly(eastD, eastC, eastUnassessed, eastB, eastA);

        List<String> ranking = api.get("/api/disasters/" + floodId + "/affected").json().path("villages")
                .findValuesAsString("code");
        JsonNode villages = api.get("/api/inspections/" + campaign).json().path("villages");
        assertThat(villages.findValuesAsString("village_code")).as("the affected villages' ranking")
                .containsExactly(XICUN, DONGCUN).isEqualTo(ranking);
        assertThat(villages.findValuesAsString("check_order")).containsExactly("1", "2");

        // once 西村's D houses are done, the list starts with what is left to do, still in check order
        for (String done : List.of(westD, westTargetD)) {
            JsonNode task = byHouse(tasks).get(done);
            assertThat(record(api, campaign, task, "{\"grade\": \"D\", \"occupancy\": \"VACANT\", \"version\": 0}")
                    .status()).isEqualTo(200);
        }
        assertThat(houseCodes(api.get("/api/inspections/" + campaign + "/tasks").json())).containsExactly(
                westC, eastD, eastC, eastUnassessed, eastB, eastA, westD, westTargetD);
    }
}
