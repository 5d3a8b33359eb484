package org.anju.imports;

import static org.anju.imports.ImportSpec.errors;
import static org.anju.imports.OgrFiles.box;
import static org.anju.imports.OgrFiles.collection;
import static org.anju.imports.OgrFiles.feature;
import static org.anju.imports.OgrFiles.polygon;
import static org.anju.imports.OgrFiles.ring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/imports} with {@code layer=disasters}: a flood footprint as it arrives — a GBK
 * Shapefile in Gauss–Krüger from the water authority, GeoJSON, KML from Google Earth, a GeoPackage
 * — becomes a disaster event whose affected houses the emergency summary counts. On the fixture
 * county (src/test/resources/fixture-county/README.md): H1 (111.05, 35.55) D occupied, H2 (111.06,
 * 35.55) A, H3 (111.07, 35.56) C vacant, H7 (111.15, 35.55) D seasonal. Every event a test creates
 * is deleted afterwards.
 */
abstract class DisasterImportSpec extends ApiSpec {

    @Autowired
    JdbcTemplate jdbc;

    ImportClient imports;

    private long lastEventBefore;

    @BeforeEach
    void importClient() {
        imports = new ImportClient(port);
        lastEventBefore = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM disaster_event", Long.class);
    }

    @AfterEach
    void removeImportedEvents() {
        jdbc.update("DELETE FROM disaster_event WHERE id > ?", lastEventBefore);
    }

    /** Three depth classes, listed out of order: >1.5 m around H1, 0.5–1.5 m around H2 and H3, <0.5 m around H7. */
    static String waterDepthClasses() {
        return collection(
                box(111.055, 35.545, 111.075, 35.565, "{\"水深\": \"0.5–1.5米\"}"),
                box(111.045, 35.545, 111.055, 35.555, "{\"水深\": \">1.5米\"}"),
                box(111.145, 35.545, 111.155, 35.555, "{\"水深\": \"<0.5米\"}"));
    }

    @Test
    void gbkShapefileInGaussKrugerBecomesAnEventWhoseRanksFollowTheWaterDepth() throws Exception {
        byte[] zip;
        try (OgrFiles ogr = new OgrFiles()) {
            zip = ogr.convert(waterDepthClasses(), "ESRI Shapefile", "汾河洪水范围.shp", 4546, "-lco", "ENCODING=GBK");
        }

        ImportClient.Answer answer = imports.upload("汾河洪水范围.zip", zip, Map.of("layer", "disasters",
                "name", "2024年7月汾河洪水", "type", "洪涝", "started_on", "2024-07-20"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode report = answer.report();
        assertThat(report.path("format").asString()).isEqualTo("ESRI Shapefile (zip)");
        assertThat(report.path("crs").path("srid").asInt()).isEqualTo(4546);
        assertThat(report.path("mapping").path("水深").asString()).isEqualTo("severity");
        assertThat(report.path("rows_read").asInt()).isEqualTo(3);
        assertThat(report.path("inserted").asInt()).isEqualTo(3);
        assertThat(report.path("events")).hasSize(1);
        long id = report.path("event_id").asLong();
        assertThat(report.path("events").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(report.path("events").get(0).path("created").asBoolean()).isTrue();

        JsonNode event = event(id);
        assertThat(event.path("name").asString()).isEqualTo("2024年7月汾河洪水");
        assertThat(event.path("type").asString()).isEqualTo("FLOOD");
        assertThat(event.path("started_on").asString()).isEqualTo("2024-07-20");
        assertThat(parts(id)).containsExactly("<0.5米|1", "0.5–1.5米|2", ">1.5米|3");

        JsonNode summary = api.get("/api/disasters/" + id + "/affected").json();
        assertThat(summary.path("totals").path("houses").asLong()).as("H1, H2, H3, H7").isEqualTo(4);
        assertThat(summary.path("totals").path("occupied_dangerous").asLong()).as("H1, H7").isEqualTo(2);
        JsonNode deepest = summary.path("by_severity").get(0);
        assertThat(deepest.path("severity").asString()).isEqualTo(">1.5米");
        assertThat(deepest.path("exposure").path("houses").asLong()).as("H1").isEqualTo(1);
    }

    @Test
    void geoJsonInWebMercatorTakesTheEventFromItsColumnsAndRepairsABowTie() throws Exception {
        // self-intersecting at (111.15, 35.55) = H7; a bow-tie repairs into two triangles touching there
        String bowtie = "{\"type\": \"Polygon\", \"coordinates\": [[[111.148, 35.548], [111.152, 35.552], "
                + "[111.152, 35.548], [111.148, 35.552], [111.148, 35.548]]]}";
        String event = "\"灾害名称\": \"测试内涝\", \"灾害类型\": \"内涝\", \"发生日期\": \"2024/8/1\"";
        byte[] geojson;
        try (OgrFiles ogr = new OgrFiles()) {
            geojson = ogr.convert(collection(
                    box(111.045, 35.545, 111.055, 35.555, "{" + event + ", \"淹没深度\": 0.3}"),
                    feature(bowtie, "{" + event + ", \"淹没深度\": 1.2}")), "GeoJSON", "内涝.geojson", 3857);
        }

        ImportClient.Answer answer = imports.upload("内涝.geojson", geojson, Map.of("layer", "disasters"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode report = answer.report();
        assertThat(report.path("crs").path("srid").asInt()).isEqualTo(3857);
        assertThat(report.path("repaired").asInt()).isEqualTo(1);
        assertThat(report.path("notes").toString()).contains("已自动修复", "第 2 行");
        long id = report.path("event_id").asLong();
        JsonNode stored = event(id);
        assertThat(stored.path("name").asString()).isEqualTo("测试内涝");
        assertThat(stored.path("type").asString()).isEqualTo("WATERLOGGING");
        assertThat(stored.path("started_on").asString()).isEqualTo("2024-08-01");
        assertThat(stored.path("code").asString()).startsWith("EVENT-");
        assertThat(parts(id)).containsExactly("0.3|1", "1.2|2");
    }

    @Test
    void kmlPolygonsFromGoogleEarthWithTheirNamesMappedToSeverity() {
        String kml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>滑坡隐患</name>
                  <Placemark><name>重度</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
                    111.045,35.545,0 111.055,35.545,0 111.055,35.555,0 111.045,35.555,0 111.045,35.545,0
                  </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
                  <Placemark><name>轻度</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
                    111.055,35.545 111.075,35.545 111.075,35.565 111.055,35.565 111.055,35.545
                  </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
                </Document></kml>
                """;

        ImportClient.Answer answer = imports.upload("滑坡.kml", kml.getBytes(StandardCharsets.UTF_8), Map.of(
                "layer", "disasters", "type", "LANDSLIDE", "name", "东村滑坡", "mapping", "{\"名称\": \"severity\"}"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("crs").path("srid").asInt()).isEqualTo(4326);
        long id = answer.report().path("event_id").asLong();
        assertThat(parts(id)).containsExactly("轻度|1", "重度|2");
        assertThat(api.get("/api/disasters/" + id + "/affected").json().path("by_severity").get(0)
                .path("exposure").path("houses").asLong()).as("H1 in 重度").isEqualTo(1);
    }

    @Test
    void geoPackageMultiPolygonWithAHoleLeavesTheHouseInTheHoleOut() throws Exception {
        String withHole = "{\"type\": \"MultiPolygon\", \"coordinates\": [[" + ring(111.04, 35.54, 111.08, 35.57) + ", "
                + ring(111.058, 35.548, 111.062, 35.552) + "], [" + ring(111.145, 35.545, 111.155, 35.555) + "]]}";
        byte[] gpkg;
        try (OgrFiles ogr = new OgrFiles()) {
            gpkg = ogr.convert(collection(feature(withHole, "{\"event_type\": \"FLOOD\", \"event_name\": \"洞\"}")),
                    "GPKG", "flood.gpkg", 4546);
        }

        ImportClient.Answer answer = imports.upload("flood.gpkg", gpkg, Map.of("layer", "disasters"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("format").asString()).isEqualTo("GeoPackage");
        long id = answer.report().path("event_id").asLong();
        assertThat(api.get("/api/disasters/" + id + "/affected").json().path("totals").path("houses").asLong())
                .as("H1, H3, H7 — not H2 in the hole").isEqualTo(3);
    }

    @Test
    void reImportingAnEventCodeReplacesItsFootprintAndKeepsTheEvent() {
        String first = collection(
                box(111.045, 35.545, 111.055, 35.555, "{\"灾害事件编码\": \"IMP-FLOOD-1\", \"灾害等级\": \"重\"}"),
                box(111.055, 35.545, 111.075, 35.565, "{\"灾害事件编码\": \"IMP-FLOOD-1\", \"灾害等级\": \"中\"}"),
                box(111.145, 35.545, 111.155, 35.555, "{\"灾害事件编码\": \"IMP-FLOOD-1\", \"灾害等级\": \"轻\"}"));
        ImportClient.Answer created = imports.upload("flood.geojson", first.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "disasters", "type", "FLOOD", "name", "初报范围"));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        long id = created.report().path("event_id").asLong();

        ImportClient.Answer corrected = imports.upload("flood.geojson", collection(
                box(111.045, 35.545, 111.075, 35.565, "{\"灾害事件编码\": \"IMP-FLOOD-1\", \"灾害名称\": \"核实范围\"}"))
                .getBytes(StandardCharsets.UTF_8), Map.of("layer", "disasters"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.report().path("inserted").asInt()).isZero();
        assertThat(corrected.report().path("updated").asInt()).isEqualTo(1);
        assertThat(corrected.report().path("event_id").asLong()).isEqualTo(id);
        assertThat(corrected.report().path("events").get(0).path("created").asBoolean()).isFalse();
        assertThat(corrected.report().path("notes").toString()).contains("3 个原范围部分");
        JsonNode event = event(id);
        assertThat(event.path("name").asString()).isEqualTo("核实范围");
        assertThat(event.path("type").asString()).as("kept").isEqualTo("FLOOD");
        assertThat(event.path("parts").asInt()).isEqualTo(1);
        assertThat(api.get("/api/disasters/" + id + "/affected").json().path("totals").path("houses").asLong())
                .as("H1, H2, H3").isEqualTo(3);
    }

    // ------------------------------------------------------------------ bad files leave everything as it was

    @Test
    void badGeometriesAreNamedByRowAndNothingIsWritten() {
        String before = disasterChecksum();
        String file = collection(
                box(111.045, 35.545, 111.055, 35.555, "{\"severity\": \"ok\"}"),
                feature("{\"type\": \"Point\", \"coordinates\": [111.05, 35.55]}", "{\"severity\": \"点\"}"),
                box(35.54, 111.04, 35.55, 111.05, "{\"severity\": \"颠倒\"}"),
                feature("{\"type\": \"Polygon\", \"coordinates\": [[[111.05, 35.55], [111.06, 35.55], [111.07, 35.55], "
                        + "[111.05, 35.55]]]}", "{\"severity\": \"一条线\"}"),
                box(111.045, 35.545, 111.055, 35.555, "{\"severity\": \"" + "很深".repeat(30) + "\"}"));

        ImportClient.Answer answer = imports.upload("bad.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "disasters", "type", "FLOOD", "name", "坏文件"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(errors(answer.report())).containsExactly(
                "2|geometry|Point|几何类型应为 Polygon/MultiPolygon",
                "3|geometry|35.54, 111.04 … 35.55, 111.05|坐标不在中国境内，疑似经纬度颠倒（应先经度后纬度）",
                "4|geometry||几何无效且无法修复为面",
                "5|severity|" + "很深".repeat(30) + "|超过最大长度 50");
        assertThat(answer.report().path("events").isMissingNode()).isTrue();
        assertThat(disasterChecksum()).isEqualTo(before);
    }

    @Test
    void skipInvalidWritesTheGoodPartsAndListsTheBadOnes() {
        String file = collection(
                box(111.045, 35.545, 111.055, 35.555, "{}"),
                feature("{\"type\": \"Point\", \"coordinates\": [111.05, 35.55]}", "{}"));

        ImportClient.Answer answer = imports.upload("partly.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "disasters", "type", "FLOOD", "mode", "skip-invalid"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(1);
        assertThat(answer.report().path("rejected").asInt()).isEqualTo(1);
        assertThat(event(answer.report().path("event_id").asLong()).path("name").asString())
                .as("named after the file").isEqualTo("partly");
    }

    @Test
    void aShapefileWithoutPrjInPlainGaussKrugerNeedsTheSridParameter() throws Exception {
        String before = disasterChecksum();
        byte[] zip;
        try (OgrFiles ogr = new OgrFiles()) {
            zip = ogr.convert(waterDepthClasses(), "ESRI Shapefile", "noprj.shp", 4546);
        }
        byte[] withoutPrj = withoutEntry(zip, ".prj");

        ImportClient.Answer refused = imports.upload("noprj.zip", withoutPrj, Map.of("layer", "disasters", "type", "FLOOD"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.report().path("errors").get(0).path("field").asString()).isEqualTo("srid");
        assertThat(refused.report().path("errors").get(0).path("message").asString()).contains("无法判断坐标系");
        assertThat(disasterChecksum()).isEqualTo(before);

        ImportClient.Answer accepted = imports.upload("noprj.zip", withoutPrj,
                Map.of("layer", "disasters", "type", "FLOOD", "srid", "4546"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.report().path("crs").path("source").asString()).isEqualTo("parameter");
    }

    @Test
    void rowsOfOneEventMustAgreeAndANewEventNeedsAType() {
        String before = disasterChecksum();
        String file = collection(
                box(111.045, 35.545, 111.055, 35.555, "{\"灾害名称\": \"甲\"}"),
                box(111.055, 35.545, 111.075, 35.565, "{\"灾害名称\": \"乙\"}"));

        ImportClient.Answer answer = imports.upload("two.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "disasters"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        List<String> errors = errors(answer.report());
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("1|type||新灾害事件 EVENT-").contains("须指定类型：填写参数 type");
        assertThat(errors.get(1))
                .isEqualTo("2|灾害名称|乙|同一灾害事件的各行应一致：第 1 行为\"甲\"（不同事件请用\"灾害事件编码\"列区分）");
        assertThat(disasterChecksum()).isEqualTo(before);
    }

    @Test
    void parametersAreCheckedBeforeAnythingIsRead() {
        byte[] file = collection(box(111.045, 35.545, 111.055, 35.555, "{}")).getBytes(StandardCharsets.UTF_8);

        ImportClient.Answer badType = imports.upload("f.geojson", file, Map.of("layer", "disasters", "type", "陨石"));
        assertThat(badType.status()).as(badType.toString()).isEqualTo(400);
        assertThat(errors(badType.report())).containsExactly(
                "0|type|陨石|无法识别的取值，可选：洪涝, 内涝, 滑坡, 泥石流, 地震, 风灾, 雪灾/冰冻, 其他");

        ImportClient.Answer disordered = imports.upload("f.geojson", file, Map.of("layer", "disasters", "type", "FLOOD",
                "started_on", "2024-07-20", "ended_on", "2024-07-01"));
        assertThat(disordered.status()).isEqualTo(400);
        assertThat(errors(disordered.report())).containsExactly("0|ended_on|2024-07-01|结束日期早于开始日期");

        ImportClient.Answer notForHouses = imports.upload("f.geojson", file, Map.of("layer", "houses", "name", "x"));
        assertThat(notForHouses.status()).isEqualTo(400);
        assertThat(notForHouses.report().path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void aDryRunListsTheEventItWouldCreateAndWritesNothing() {
        String before = disasterChecksum();

        ImportClient.Answer answer = imports.upload("f.geojson", waterDepthClasses().getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "disasters", "type", "FLOOD", "name", "演练", "dryRun", "true"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(3);
        assertThat(answer.report().path("written").asBoolean()).isFalse();
        JsonNode planned = answer.report().path("events").get(0);
        assertThat(planned.path("name").asString()).isEqualTo("演练");
        assertThat(planned.path("parts").asInt()).isEqualTo(3);
        assertThat(planned.path("id").isNull()).isTrue();
        assertThat(answer.report().path("event_id").isMissingNode()).isTrue();
        assertThat(disasterChecksum()).isEqualTo(before);
    }

    @Test
    void anEmergencyTeamImportsFootprintsButNotHouses() {
        var response = api.post("/api/accounts", """
                {"username": "yingji-import", "display_name": "应急队伍", "password": "Yingji-2024!x", "role": "EMERGENCY_TEAM"}
                """);
        assertThat(response.status()).as(response.body()).isIn(201, 409);
        ImportClient team = new ImportClient(port).as("yingji-import", "Yingji-2024!x");
        byte[] file = collection(box(111.045, 35.545, 111.055, 35.555, "{}")).getBytes(StandardCharsets.UTF_8);

        assertThat(team.upload("f.geojson", file, Map.of("layer", "disasters", "type", "FLOOD")).status()).isEqualTo(200);
        assertThat(team.upload("h.csv", "code\nIMP-1\n".getBytes(StandardCharsets.UTF_8), Map.of("layer", "houses"))
                .status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode event(long id) {
        for (JsonNode e : api.get("/api/disaster-events").json()) {
            if (e.path("id").asLong() == id) {
                return e;
            }
        }
        throw new AssertionError("no event " + id);
    }

    /** "severity|rank" of the event's parts, by rank. */
    private List<String> parts(long id) {
        return jdbc.query("SELECT severity, severity_rank FROM disaster_footprint WHERE event_id = ? ORDER BY severity_rank, id",
                (rs, n) -> rs.getString(1) + "|" + rs.getObject(2), id);
    }

    /** Every stored event and footprint part, as one string. */
    private String disasterChecksum() {
        List<String> rows = new ArrayList<>();
        jdbc.query("""
                SELECT e.code, e.type, e.name, e.started_on, e.ended_on, e.version, f.severity, f.severity_rank,
                       ST_AsText(f.area) AS area
                FROM disaster_event e LEFT JOIN disaster_footprint f ON f.event_id = e.id
                ORDER BY e.code, f.id
                """, rs -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.append(rs.getObject(i)).append('|');
            }
            rows.add(row.toString());
        });
        return String.join("\n", rows);
    }

    private static byte[] withoutEntry(byte[] zip, String suffix) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream copy = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().endsWith(suffix)) {
                    TestShapefile.entry(copy, entry.getName(), in.readAllBytes());
                }
            }
        }
        return out.toByteArray();
    }
}
