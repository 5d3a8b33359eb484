package org.anju.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.privacy.PersonalDataMask;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 应急排查 on the fixture county (src/test/resources/fixture-county/README.md): flood FLOOD-TEST-1
 * covers H1 (D, occupied, HH1 who also owns the new A house H2), H2, H3 (C, vacant) in its deep
 * part and H7 (D, seasonal, HH5), H8 (A, HH6) in its shallow part.
 */
abstract class EmergencySpec extends ApiSpec {

    @Autowired
    JdbcTemplate jdbc;

    long floodId() {
        JsonNode events = api.get("/api/disaster-events").json();
        for (JsonNode e : events) {
            if (e.path("code").asString().equals("FLOOD-TEST-1")) {
                return e.path("id").asLong();
            }
        }
        throw new AssertionError("fixture flood missing");
    }

    static String polygon(double minLon, double minLat, double maxLon, double maxLat) {
        return "{\"type\": \"Polygon\", \"coordinates\": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}"
                .formatted(minLon, minLat, maxLon, minLat, maxLon, maxLat, minLon, maxLat, minLon, minLat);
    }

    private final List<Long> created = new ArrayList<>();

    long create(String body) {
        Response response = api.post("/api/disasters", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        created.add(response.json().path("id").asLong());
        return response.json().path("id").asLong();
    }

    @AfterEach
    void deleteCreatedEvents() {
        created.forEach(id -> assertThat(api.delete("/api/disasters/" + id).status()).isEqualTo(204));
    }

    @Test
    void totalsOfTheFixtureFlood() {
        JsonNode summary = api.get("/api/disasters/" + floodId() + "/affected").json();
        JsonNode t = summary.path("totals");

        assertThat(t.path("houses").asLong()).isEqualTo(5);
        assertThat(t.path("occupied").asLong()).as("H1, H2, H7 (seasonal), H8").isEqualTo(4);
        assertThat(t.path("occupied_dangerous").asLong()).as("H1, H7").isEqualTo(2);
        assertThat(t.path("occupied_unassessed").asLong()).isZero();
        assertThat(t.path("dangerous").asLong()).as("H1, H3, H7").isEqualTo(3);
        assertThat(t.path("households").asLong()).as("HH1, HH5, HH6").isEqualTo(3);
        assertThat(t.path("target_households").asLong()).as("HH1, HH5").isEqualTo(2);
        assertThat(t.path("persons").asLong()).isEqualTo(3 + 5 + 2);
    }

    @Test
    void bySeverityTownshipAndRankedVillages() {
        JsonNode summary = api.get("/api/disasters/" + floodId() + "/affected").json();

        JsonNode deep = summary.path("by_severity").get(0);
        assertThat(deep.path("rank").asInt()).isEqualTo(2);
        assertThat(deep.path("severity").asString()).isEqualTo("水深>1.5m");
        assertThat(deep.path("exposure").path("houses").asLong()).isEqualTo(3);
        assertThat(summary.path("by_severity").get(1).path("exposure").path("persons").asLong()).isEqualTo(7);

        assertThat(summary.path("by_township")).hasSize(2);
        assertThat(summary.path("by_township").get(0).path("name").asString()).isEqualTo("龙兴镇");
        JsonNode first = summary.path("villages").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("name").asString()).isEqualTo("东村");
        assertThat(first.path("parent_name").asString()).isEqualTo("龙兴镇");
    }

    @Test
    void theVillagesInTheOrderToCheckThemAsExcelKmlAndGeoJson() {
        JsonNode ranking = api.get("/api/disasters/" + floodId() + "/affected").json().path("villages");

        List<String> lines = api.get("/api/disasters/" + floodId() + "/affected/villages.csv").body().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF排查顺序,乡镇,村代码,行政村,有人居住的C/D级危房,重点对象及优先户");
        assertThat(lines).hasSize(1 + ranking.size());
        for (int i = 0; i < ranking.size(); i++) {
            JsonNode v = ranking.get(i);
            assertThat(lines.get(i + 1)).startsWith(String.join(",", String.valueOf(i + 1), v.path("parent_name").asString(),
                    v.path("code").asString(), v.path("name").asString(),
                    v.path("exposure").path("occupied_dangerous").asString(),
                    v.path("exposure").path("vulnerable_households").asString()));
        }

        // each village at a point inside its own boundary, so a phone map app shows it where it is
        JsonNode features = api.get("/api/disasters/" + floodId() + "/affected/villages.geojson").json().path("features");
        assertThat(features).hasSize(ranking.size());
        for (JsonNode f : features) {
            String code = f.path("properties").path("village_code").asString();
            JsonNode xy = f.path("geometry").path("coordinates");
            Long inside = jdbc.queryForObject("SELECT COUNT(*) FROM admin_area WHERE code = ? AND ST_Intersects(boundary, "
                    + "ST_GeomFromText(?, 4490))", Long.class, code, "POINT(" + xy.get(0) + " " + xy.get(1) + ")");
            assertThat(inside).as(code).isEqualTo(1);
        }

        Response kml = api.get("/api/disasters/" + floodId() + "/affected/villages.kml");
        assertThat(kml.status()).isEqualTo(200);
        // named by their place in the order, "1. 东村"
        assertThat(kml.body()).contains("<name>1. 东村</name>").contains(". 南村</name>").contains("有人居住的C/D级危房");
        var xlsx = api.getBytes("/api/disasters/" + floodId() + "/affected/villages.xlsx?sheet_per_township=true");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith(0x50, 0x4B);
        assertThat(api.get("/api/disasters/" + floodId() + "/affected/villages.doc").status()).isEqualTo(400);
        assertThat(api.get("/api/disasters/999999/affected/villages.csv").status()).isEqualTo(404);
    }

    @Test
    void targetListPutsOccupiedDangerousHousesFirstWithTheReason() {
        Response csv = api.get("/api/disasters/" + floodId() + "/affected/targets.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).contains("优先级").contains("排查原因").contains("户主姓名");
        List<String> houses = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> houses.add(l.split(",")[2]));
        assertThat(houses).containsExactly("140825-H1", "140825-H7", "140825-H2", "140825-H3", "140825-H8");
        assertThat(lines.get(1)).contains("有人居住的D级危房；建新未拆旧").contains("王建国")
                .contains("1408**********1000").doesNotContain("140825196001011000");
    }

    @Test
    void targetListAsGeoJson() {
        JsonNode targets = api.get("/api/disasters/" + floodId() + "/affected/targets.geojson").json();
        assertThat(targets.path("features")).hasSize(5);
        JsonNode h7 = targets.path("features").get(1);
        assertThat(h7.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(111.15);
        assertThat(h7.path("properties").path("severity").asString()).isEqualTo("水深<0.5m");
        assertThat(h7.path("properties").path("category").asString()).isEqualTo("脱贫享受政策户");
    }

    /** The names of the placemarks of a KML, in document order. */
    static List<String> placemarkNames(String kml) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("<Placemark><name>([^<]*)</name>").matcher(kml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void onAPhoneMapEachHouseIsNamedByItsPriorityItsMaskedHeadAndItsVillage() {
        JsonNode features = api.get("/api/disasters/" + floodId() + "/affected/targets.geojson").json().path("features");
        List<String> expected = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode p = f.path("properties");
            String head = p.path("head_name").asString("");
            expected.add("优先" + p.path("priority").asInt() + " "
                    + (head.isEmpty() ? p.path("house_code").asString() : PersonalDataMask.name(head)) + " "
                    + p.path("village").asString());
        }
        Response kml = api.get("/api/disasters/" + floodId() + "/affected/targets.kml");
        assertThat(kml.status()).isEqualTo(200);
        assertThat(placemarkNames(kml.body())).containsExactlyInAnyOrderElementsOf(expected)
                .contains("优先1 王*国 东村", "优先5 140825-H3 东村");
        assertThat(kml.body()).doesNotContain("<name>优先1 王建国").contains("户主姓名：王建国");
        // one shared style per grade, whatever the number of houses; nothing to fetch from the internet
        assertThat(kml.body().split("<Style ", -1)).hasSize(1 + 5);
        assertThat(kml.body()).doesNotContain("<href>").doesNotContain("<Icon>");

        Response english = api.get("/api/disasters/" + floodId() + "/affected/targets.kml?lang=en");
        assertThat(placemarkNames(english.body())).contains("Priority 1 王*国 东村");
        assertThat(english.body()).contains("D dangerous");
    }

    @Test
    void maxPriorityLeavesTheLowerPrioritiesOffTheListInEveryFormat() {
        String base = "/api/disasters/" + floodId() + "/affected/targets";
        JsonNode all = api.get(base + ".geojson").json().path("features");
        for (int max = 1; max <= 5; max++) {
            List<String> expected = new ArrayList<>();
            for (JsonNode f : all) {
                if (f.path("properties").path("priority").asInt() <= max) {
                    expected.add(f.path("properties").path("house_code").asString());
                }
            }
            List<String> got = new ArrayList<>();
            api.get(base + ".geojson?max_priority=" + max).json().path("features")
                    .forEach(f -> got.add(f.path("properties").path("house_code").asString()));
            assertThat(got).as("max_priority=%d", max).containsExactlyElementsOf(expected);
        }
        assertThat(placemarkNames(api.get(base + ".kml?max_priority=4").body()))
                .containsExactlyInAnyOrder("优先1 王*国 东村", "优先1 " + PersonalDataMask.name(
                        all.get(1).path("properties").path("head_name").asString()) + " 南村");
        assertThat(api.get(base + ".csv?max_priority=4").body().lines()).hasSize(1 + 2);
        var kmz = api.getBytes(base + ".kmz?max_priority=4&buffer=0");
        assertThat(kmz.status()).isEqualTo(200);
        assertThat(kmz.contentType()).isEqualTo("application/vnd.google-earth.kmz");
        assertThat(kmz.body()).startsWith('P', 'K');
        // the summary is not narrowed
        assertThat(api.get("/api/disasters/" + floodId() + "/affected").json().path("totals").path("houses").asLong())
                .isEqualTo(5);

        for (String bad : List.of("0", "6", "abc", "1.5", "-1", "99")) {
            Response refused = api.get(base + ".kml?max_priority=" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("max_priority");
            assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("1").contains("5");
        }
        assertThat(api.get(base + ".kml?lang=fr").status()).isEqualTo(400);
    }

    /** A valid GB 11643 ID number (checksum computed). */
    static String idNumber(int n) {
        String body = "14082519800101" + "%03d".formatted(n);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /**
     * H8 (A, occupied, HH6 of no category) gets two more households: T-EM-A (低保边缘, 4 persons) and
     * T-EM-B (低保, 1 person). The list shows the one of highest category priority — T-EM-B, though
     * T-EM-A comes first by code —, counts all three, and H8 moves up to priority 4.
     */
    @Test
    void aHouseWithSeveralHouseholdsShowsTheMainOneAndCountsThemAll() {
        String household = """
                {"code": "%s", "head_name": "%s", "id_number": "%s", "members": %d, "village_code": "140825101201",
                 "categories": ["%s"], "residence_house": "140825-H8"}""";
        assertThat(api.post("/api/households", household.formatted("T-EM-A", "甲测试", idNumber(901), 4, "NEAR_MINIMUM"))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/households", household.formatted("T-EM-B", "乙测试", idNumber(902), 1, "MINIMUM_LIVING"))
                .status()).isEqualTo(201);
        try {
            JsonNode targets = api.get("/api/disasters/" + floodId() + "/affected/targets.geojson").json();
            List<String> houses = new ArrayList<>();
            targets.path("features").forEach(f -> houses.add(f.path("properties").path("house_code").asString()));
            assertThat(houses).containsExactly("140825-H1", "140825-H7", "140825-H8", "140825-H2", "140825-H3");
            JsonNode h8 = targets.path("features").get(2).path("properties");
            assertThat(h8.path("head_name").asString()).isEqualTo("乙测试");
            assertThat(h8.path("category").asString()).isEqualTo("低保户");
            assertThat(h8.path("priority").asInt()).isEqualTo(4);
            assertThat(h8.path("households").asInt()).isEqualTo(3);
            assertThat(h8.path("persons").asInt()).isEqualTo(2 + 4 + 1);

            JsonNode totals = api.get("/api/disasters/" + floodId() + "/affected").json().path("totals");
            assertThat(totals.path("households").asLong()).isEqualTo(3 + 2);
            assertThat(totals.path("target_households").asLong()).isEqualTo(2 + 2);
            assertThat(totals.path("vulnerable_households").asLong()).isEqualTo(2 + 2);
            assertThat(totals.path("persons").asLong()).isEqualTo(10 + 5);
        } finally {
            assertThat(api.delete("/api/households/T-EM-A").status()).isEqualTo(204);
            assertThat(api.delete("/api/households/T-EM-B").status()).isEqualTo(204);
        }
    }

    @Test
    void aDrawnPolygonWithABufferInMetres() {
        // 181 m east of H5 (111.06, 35.65); H4 is about 1,090 m and H6 about 1,140 m away
        long id = create("""
                {"type": "Feature", "geometry": %s,
                 "properties": {"name": "测试滑坡", "type": "LANDSLIDE", "started_on": "2024-07-01"}}
                """.formatted(polygon(111.062, 35.649, 111.064, 35.651)));

        assertThat(api.get("/api/disasters/" + id + "/affected").json().path("totals").path("houses").asLong()).isZero();
        assertThat(api.get("/api/disasters/" + id + "/affected?buffer=150").json().path("totals").path("houses").asLong()).isZero();
        assertThat(api.get("/api/disasters/" + id + "/affected?buffer=200").json().path("totals").path("houses").asLong()).isEqualTo(1);
        assertThat(api.get("/api/disasters/" + id + "/affected?buffer=1200").json().path("totals").path("houses").asLong()).isEqualTo(3);
    }

    @Test
    void aHouseOnlyInTheBufferGetsNoSeverityClassOfTheFootprintButItsOwn() {
        // two parts of 水深>1m: one around H5 (111.06, 35.65), one 181 m east of it; a 1,200 m buffer reaches H4 and H6
        long id = create("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": %s,
                   "properties": {"name": "测试洪水（缓冲区）", "type": "FLOOD", "started_on": "2024-07-01",
                                  "severity": "水深>1m", "severity_rank": 2}},
                  {"type": "Feature", "geometry": %s, "properties": {"severity": "水深>1m", "severity_rank": 2}}]}
                """.formatted(polygon(111.0595, 35.6495, 111.0605, 35.6505), polygon(111.062, 35.649, 111.064, 35.651)));
        JsonNode inside = api.get("/api/disasters/" + id + "/affected").json();
        assertThat(inside.path("totals").path("houses").asLong()).isEqualTo(1);
        assertThat(inside.path("by_severity").findValuesAsString("severity")).containsExactly("水深>1m");

        JsonNode widened = api.get("/api/disasters/" + id + "/affected?buffer=1200").json();
        assertThat(widened.path("totals").path("houses").asLong()).as("H5 inside, H4 and H6 only in the buffer").isEqualTo(3);
        assertThat(widened.path("by_severity").findValuesAsString("severity")).containsExactly("水深>1m", "缓冲区内");
        assertThat(widened.path("by_severity").get(1).path("rank").asInt()).isEqualTo(-1);
        assertThat(widened.path("by_severity").get(1).path("exposure").path("houses").asLong()).isEqualTo(2);
        JsonNode targets = api.get("/api/disasters/" + id + "/affected/targets.geojson?buffer=1200").json();
        assertThat(targets.path("features").findValuesAsString("severity"))
                .containsExactlyInAnyOrder("水深>1m", "缓冲区内", "缓冲区内");
    }

    @Test
    void theBufferDrawnOnTheMapIsEachPartWidenedInMetres() {
        long id = create("""
                {"type": "Feature", "geometry": %s,
                 "properties": {"name": "测试滑坡（缓冲区图形）", "type": "LANDSLIDE", "started_on": "2024-07-01"}}
                """.formatted(polygon(111.0595, 35.6495, 111.0605, 35.6505)));
        JsonNode buffer = api.get("/api/disasters/" + id + "/affected/buffer?buffer=1200").json();
        assertThat(buffer.path("features")).hasSize(1);
        JsonNode ring = buffer.path("features").get(0).path("geometry").path("coordinates").get(0);
        double west = 180;
        double south = 90;
        for (JsonNode point : ring) {
            west = Math.min(west, point.get(0).asDouble());
            south = Math.min(south, point.get(1).asDouble());
        }
        // 1,200 m is 0.01327° of longitude at 35.65° N and 0.01081° of latitude
        assertThat(west).isCloseTo(111.0595 - 0.01327, org.assertj.core.data.Offset.offset(0.0002));
        assertThat(south).isCloseTo(35.6495 - 0.01081, org.assertj.core.data.Offset.offset(0.0002));
        assertThat(api.get("/api/disasters/" + id + "/affected/buffer?buffer=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/disasters/999999/affected/buffer?buffer=10").status()).isEqualTo(404);
    }

    @Test
    void aFeatureCollectionWithSeverityClassesAndARepairedBowtie() {
        // self-intersecting at (111.1515, 35.55); H7 (111.15, 35.55) lies in its western lobe
        String bowtie = "{\"type\": \"Polygon\", \"coordinates\": [[[111.1495, 35.548], [111.1535, 35.552], "
                + "[111.1535, 35.548], [111.1495, 35.552], [111.1495, 35.548]]]}";
        Response created = api.post("/api/disasters", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": %s,
                   "properties": {"name": "测试内涝", "type": "WATERLOGGING", "severity": "积水>0.5m", "severity_rank": 2}},
                  {"type": "Feature", "geometry": %s, "properties": {"severity": "积水<0.5m", "severity_rank": 1}}]}
                """.formatted(bowtie, polygon(111.155, 35.555, 111.165, 35.565)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        this.created.add(created.json().path("id").asLong());
        assertThat(created.json().path("parts").asInt()).isEqualTo(2);
        assertThat(created.json().path("repaired_parts").toString()).isEqualTo("[0]");
        JsonNode summary = api.get("/api/disasters/" + created.json().path("id").asLong() + "/affected").json();
        assertThat(summary.path("totals").path("houses").asLong()).as("H7 in the repaired bow-tie, H8").isEqualTo(2);
        assertThat(summary.path("by_severity").get(0).path("severity").asString()).isEqualTo("积水>0.5m");
    }

    @Test
    void badFootprintsAreRefusedAndNothingIsStored() {
        int before = api.get("/api/disaster-events").json().size();
        Response swapped = api.post("/api/disasters", """
                {"type": "Feature", "geometry": %s, "properties": {"name": "x", "type": "FLOOD"}}
                """.formatted(polygon(35.5, 111.0, 35.6, 111.1)));
        assertThat(swapped.status()).isEqualTo(422);
        assertThat(swapped.json().path("errors").get(0).path("message").asString()).contains("经纬度颠倒");

        Response noType = api.post("/api/disasters", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.1, 35.6]}, "properties": {"name": "x"}}
                """);
        assertThat(noType.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        noType.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("properties.type", "geometry");

        assertThat(api.get("/api/disaster-events").json().size()).isEqualTo(before);
    }

    @Test
    void unknownEventFormatOrBuffer() {
        assertThat(api.get("/api/disasters/999999/affected").status()).isEqualTo(404);
        assertThat(api.get("/api/disasters/" + floodId() + "/affected?buffer=-5").status()).isEqualTo(400);
        assertThat(api.get("/api/disasters/" + floodId() + "/affected/targets.doc").status()).isEqualTo(400);
    }


    @Test
    void peopleLivingInDangerousHousesIncludingBuiltNewStillInOld() {
        JsonNode summary = api.get("/api/living-in-danger").json();
        assertThat(summary.path("totals").path("houses").asLong()).as("H1, H4, H7, H10").isEqualTo(4);
        assertThat(summary.path("totals").path("persons").asLong()).isEqualTo(3 + 4 + 5 + 3);
        assertThat(summary.path("built_new_still_in_old").asLong()).as("HH1").isEqualTo(1);

        List<String> lines = api.get("/api/living-in-danger/targets.csv").body().lines().toList();
        List<String> houses = new ArrayList<>();
        lines.subList(1, lines.size()).forEach(l -> houses.add(l.split(",")[2]));
        assertThat(houses).containsExactly("140825-H1", "140825-H7", "140825-H4", "140825-H10");
        assertThat(placemarkNames(api.get("/api/living-in-danger/targets.kml?max_priority=1").body()))
                .as("occupied D only: H1, H7").hasSize(2).allMatch(name -> name.startsWith("优先1 "));
        assertThat(api.get("/api/living-in-danger/targets.kml?max_priority=x").status()).isEqualTo(400);

        JsonNode township = api.get("/api/living-in-danger?township=140825101000").json();
        assertThat(township.path("totals").path("houses").asLong()).as("H7, H10").isEqualTo(2);
        assertThat(api.get("/api/living-in-danger?village=140825100202").json().path("totals").path("houses").asLong())
                .as("H4").isEqualTo(1);
    }

    @Test
    void holesAndMultiplePartsAcrossVillagesAndTownships() {
        // part 1: around 东村's houses with a hole around H2 (111.06, 35.55); part 2: around H7 in 南村
        long id = create("""
                {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [
                  [[[111.04, 35.54], [111.08, 35.54], [111.08, 35.57], [111.04, 35.57], [111.04, 35.54]],
                   [[111.059, 35.549], [111.059, 35.551], [111.061, 35.551], [111.061, 35.549], [111.059, 35.549]]],
                  [[[111.145, 35.545], [111.155, 35.545], [111.155, 35.555], [111.145, 35.555], [111.145, 35.545]]]]},
                 "properties": {"name": "测试多部分", "type": "FLOOD"}}
                """);
        JsonNode summary = api.get("/api/disasters/" + id + "/affected").json();

        assertThat(summary.path("totals").path("houses").asLong()).as("H1, H3, H7 — not H2 in the hole").isEqualTo(3);
        assertThat(summary.path("by_township")).hasSize(2);
        List<String> lines = api.get("/api/disasters/" + id + "/affected/targets.csv").body().lines().toList();
        assertThat(lines).hasSize(4).noneMatch(l -> l.contains("140825-H2,"));
    }

    @Test
    void aSelfTouchingRingIsRepairedNotMiscounted() {
        // the ring touches itself at (111.06, 35.565), enclosing an inverted hole around H2 (111.06, 35.55)
        Response created = api.post("/api/disasters", """
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[
                  [111.04, 35.54], [111.08, 35.54], [111.08, 35.565], [111.06, 35.565], [111.065, 35.545],
                  [111.055, 35.545], [111.06, 35.565], [111.04, 35.565], [111.04, 35.54]]]},
                 "properties": {"name": "测试自接触", "type": "FLOOD"}}
                """);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        this.created.add(created.json().path("id").asLong());
        JsonNode totals = api.get("/api/disasters/" + created.json().path("id").asLong() + "/affected").json().path("totals");
        assertThat(totals.path("houses").asLong()).as("H1 and H3 inside, H2 in the inverted hole").isEqualTo(2);
        assertThat(created.json().path("repaired_parts").toString()).isEqualTo("[0]");
    }
}
