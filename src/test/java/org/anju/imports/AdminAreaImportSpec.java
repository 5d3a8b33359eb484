package org.anju.imports;

import static org.anju.imports.ImportSpec.errors;
import static org.anju.imports.OgrFiles.box;
import static org.anju.imports.OgrFiles.collection;
import static org.anju.imports.OgrFiles.feature;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/imports} with {@code layer=admin-areas}: township and village boundaries with
 * their statistical division codes, upserted by code. On the fixture county (测试县 140825000000:
 * 龙兴镇 140825100000 with 东村 …201 and 西村 …202, 三泉镇 140825101000 with 南村 …201). Tests add the
 * township 泽掌镇 140825102000 east of the county and its villages; every area a test adds is
 * deleted afterwards, and tests that would change a fixture area only do a dry run.
 */
abstract class AdminAreaImportSpec extends ApiSpec {

    @Autowired
    JdbcTemplate jdbc;

    ImportClient imports;

    private Set<String> codesBefore;

    @BeforeEach
    void importClient() {
        imports = new ImportClient(port);
        codesBefore = new TreeSet<>(jdbc.queryForList("SELECT code FROM admin_area", String.class));
    }

    @AfterEach
    void removeImportedAreas() {
        for (String level : List.of("VILLAGE", "TOWNSHIP", "COUNTY", "CITY", "PROVINCE")) {
            for (String code : jdbc.queryForList("SELECT code FROM admin_area WHERE level = ?", String.class, level)) {
                if (!codesBefore.contains(code)) {
                    jdbc.update("DELETE FROM admin_area WHERE code = ?", code);
                }
            }
        }
    }

    /** 泽掌镇 (9-digit code, as land-survey data writes it) and two villages, east of the county. */
    static String zezhang() {
        return collection(
                box(111.2, 35.5, 111.3, 35.7, "{\"代码\": \"140825102\", \"名称\": \"泽掌镇\", \"级别\": \"镇\"}"),
                box(111.2, 35.5, 111.3, 35.6, "{\"代码\": \"140825102201\", \"名称\": \"泽掌村\", \"级别\": \"村\"}"),
                box(111.2, 35.6, 111.3, 35.7, "{\"代码\": \"140825102202\", \"名称\": \"北王马村\", \"级别\": \"行政村\"}"));
    }

    @Test
    void gbkShapefileInGaussKrugerAddsATownshipWithItsVillages() throws Exception {
        byte[] zip;
        try (OgrFiles ogr = new OgrFiles()) {
            zip = ogr.convert(zezhang(), "ESRI Shapefile", "泽掌镇.shp", 4546, "-lco", "ENCODING=GBK");
        }

        ImportClient.Answer answer = imports.upload("泽掌镇.zip", zip, Map.of("layer", "admin-areas"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode report = answer.report();
        assertThat(report.path("crs").path("srid").asInt()).isEqualTo(4546);
        assertThat(report.path("mapping").path("代码").asString()).isEqualTo("code");
        assertThat(report.path("inserted").asInt()).isEqualTo(3);
        assertThat(report.path("notes").toString()).contains("补 0");
        JsonNode village = api.get("/api/areas/140825102201").json();
        assertThat(village.path("properties").path("name").asString()).isEqualTo("泽掌村");
        assertThat(village.path("properties").path("level").asString()).isEqualTo("VILLAGE");
        assertThat(village.path("properties").path("parent_code").asString()).isEqualTo("140825102000");
        assertThat(village.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(api.get("/api/areas/140825102000").json().path("properties").path("children").asInt()).isEqualTo(2);
        assertThat(api.get("/api/areas/140825102000").json().path("properties").path("parent_code").asString())
                .isEqualTo("140825000000");
    }

    @Test
    void aSheetWithoutGeometryRenamesAndKeepsTheBoundary() {
        imports.upload("z.geojson", zezhang().getBytes(StandardCharsets.UTF_8), Map.of("layer", "admin-areas"));
        String boundary = boundary("140825102201");

        ImportClient.Answer answer = imports.upload("更名.csv", """
                村代码,村名称
                140825102201,泽掌新村
                """.getBytes(StandardCharsets.UTF_8), Map.of("layer", "admin-areas"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("updated").asInt()).isEqualTo(1);
        assertThat(answer.report().path("inserted").asInt()).isZero();
        assertThat(api.get("/api/areas/140825102201").json().path("properties").path("name").asString()).isEqualTo("泽掌新村");
        assertThat(boundary("140825102201")).isEqualTo(boundary);
    }

    @Test
    void codesThatDoNotFitTheHierarchyAreNamedByRowAndNothingChanges() {
        String before = checksum();
        String file = collection(
                box(111.2, 35.5, 111.3, 35.7, "{\"code\": \"140825102000\", \"name\": \"泽掌镇\"}"),
                box(111.2, 35.5, 111.3, 35.6, "{\"code\": \"140825102201\", \"name\": \"泽掌村\"}"),
                box(111.2, 35.6, 111.3, 35.7, "{\"code\": \"140825102201\", \"name\": \"重复\"}"),
                box(111.3, 35.5, 111.4, 35.6, "{\"code\": \"140825109201\", \"name\": \"无乡镇\"}"),
                box(111.3, 35.6, 111.4, 35.7, "{\"code\": \"140825102203\", \"name\": \"级别错\", \"level\": \"乡镇\"}"),
                box(111.3, 35.6, 111.4, 35.7, "{\"code\": \"1408251022\", \"name\": \"位数错\"}"),
                box(111.3, 35.6, 111.4, 35.7, "{\"code\": \"140825102204\", \"name\": \"上级错\", \"parent_code\": \"140825101000\"}"),
                box(35.6, 111.3, 35.7, 111.4, "{\"code\": \"140825102205\", \"name\": \"颠倒\"}"),
                box(111.3, 35.6, 111.4, 35.7, "{\"code\": \"140825000201\", \"name\": \"越级\"}"),
                box(111.3, 35.6, 111.4, 35.7, "{\"code\": \"140825102206\"}"));

        ImportClient.Answer answer = imports.upload("areas.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "admin-areas"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(errors(answer.report())).containsExactly(
                "3|code|140825102201|编码在文件中重复（第 2 行已有）",
                "4|code|140825109201|上级区划 140825109000 不存在（既不在数据库中，也不在文件中）",
                "5|level|乡镇|代码 140825102203 是行政村级代码，与此级别不符",
                "6|code|1408251022|行政区划代码应为 12 位数字",
                "7|parent_code|140825101000|与代码 140825102204 不符：上级区划代码应为 140825102000",
                "8|geometry|35.6, 111.3 … 35.7, 111.4|坐标不在中国境内，疑似经纬度颠倒（应先经度后纬度）",
                "9|code|140825000201|代码不符合区划代码层级：行政村的上一级应是乡镇，而代码中的上一级 140825000000 是县",
                "10|name||新区划须填写名称");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void skipInvalidWritesTheGoodAreasAndListsTheBadOnes() {
        String file = collection(
                box(111.2, 35.5, 111.3, 35.7, "{\"code\": \"140825102000\", \"name\": \"泽掌镇\"}"),
                box(111.2, 35.5, 111.3, 35.6, "{\"code\": \"140825109201\", \"name\": \"无乡镇\"}"));

        ImportClient.Answer answer = imports.upload("areas.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "admin-areas", "mode", "skip-invalid"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(1);
        assertThat(answer.report().path("rejected").asInt()).isEqualTo(1);
        assertThat(api.get("/api/areas/140825102000").status()).isEqualTo(200);
        assertThat(api.get("/api/areas/140825109201").status()).isEqualTo(404);
    }

    @Test
    void aNewVillageBoundaryThatLeavesAHouseOutsideIsNotedInADryRun() {
        String before = checksum();
        // 东村 without its western strip: H1 (111.05, 35.55) falls outside
        String file = collection(box(111.06, 35.5, 111.1, 35.6, "{\"code\": \"140825100201\"}"));

        ImportClient.Answer answer = imports.upload("东村.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "admin-areas", "dryRun", "true"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("updated").asInt()).isEqualTo(1);
        assertThat(answer.report().path("notes").toString()).contains("有 1 户农房不在其行政村的新界线内");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void projectedCoordinatesWithoutCrsAreRefusedAsAWhole() {
        String before = checksum();
        String file = collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[500000, 3930000], [510000, 3930000], "
                + "[510000, 3940000], [500000, 3930000]]]}", "{\"code\": \"140825102201\", \"name\": \"x\"}"));

        ImportClient.Answer answer = imports.upload("gk.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "admin-areas"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("field").asString()).isEqualTo("srid");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void anAccountImportsOnlyAreasOfItsJurisdiction() {
        var response = api.post("/api/accounts", """
                {"username": "sanquan-county-staff", "display_name": "三泉镇（县住建局派驻）", "password": "Sanquan-2024!x",
                 "role": "COUNTY_STAFF", "jurisdiction_code": "140825101000"}
                """);
        assertThat(response.status()).as(response.body()).isIn(201, 409);
        ImportClient staff = new ImportClient(port).as("sanquan-county-staff", "Sanquan-2024!x");

        ImportClient.Answer answer = staff.upload("z.geojson", zezhang().getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "admin-areas"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(errors(answer.report())).contains("1|代码|140825102000|不在本账号的管辖范围（140825101000）内");
    }

    private String boundary(String code) {
        return jdbc.queryForObject("SELECT ST_AsText(boundary) FROM admin_area WHERE code = ?", String.class, code);
    }

    private String checksum() {
        return String.join("\n", jdbc.query("""
                SELECT code, name, level, parent_code, ST_AsText(boundary) FROM admin_area ORDER BY code
                """, (rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                + "|" + rs.getString(5)));
    }
}
