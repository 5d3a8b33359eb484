package org.anju.imports;

import static org.anju.imports.ImportSpec.errors;
import static org.anju.imports.OgrFiles.box;
import static org.anju.imports.OgrFiles.collection;
import static org.anju.imports.OgrFiles.feature;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * {@code POST /api/imports} with {@code layer=seismic-zones}: a zoning map (GB 18306) from the
 * earthquake bureau, zones replaced by source. Every zone a test writes has a source starting with
 * {@code IMP} and is deleted afterwards, so the fixture's zones (source 测试) stay.
 */
abstract class SeismicZoneImportSpec extends ApiSpec {

    static final String SOURCE = "IMP 区划图（测试）";

    @Autowired
    JdbcTemplate jdbc;

    ImportClient imports;

    @BeforeEach
    void importClient() {
        imports = new ImportClient(port);
    }

    @AfterEach
    void removeImportedZones() {
        jdbc.update("DELETE FROM seismic_zone WHERE source LIKE 'IMP%'");
    }

    static String twoZones(String southIntensity, String southPga, String northIntensity, String northPga) {
        return collection(
                box(111.0, 35.5, 111.2, 35.62, "{\"抗震设防烈度\": \"" + southIntensity + "\", \"设计基本地震加速度\": \"" + southPga + "\"}"),
                box(111.0, 35.62, 111.2, 35.7, "{\"抗震设防烈度\": \"" + northIntensity + "\", \"设计基本地震加速度\": \"" + northPga + "\"}"));
    }

    @Test
    void geoPackageInGaussKrugerWithRomanIntensitiesImports() throws Exception {
        byte[] gpkg;
        try (OgrFiles ogr = new OgrFiles()) {
            gpkg = ogr.convert(twoZones("Ⅷ度", "0.20g", "7度", "0.15g"), "GPKG", "zones.gpkg", 4546);
        }

        ImportClient.Answer answer = imports.upload("zones.gpkg", gpkg, Map.of("layer", "seismic-zones", "source", SOURCE));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("crs").path("srid").asInt()).isEqualTo(4546);
        assertThat(answer.report().path("mapping").path("抗震设防烈度").asString()).isEqualTo("intensity");
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(2);
        assertThat(zones()).containsExactly("7|0.15|" + SOURCE, "8|0.20|" + SOURCE);
        JsonNode eight = api.get("/api/seismic-zones?min_intensity=8").json();
        assertThat(eight.path("features").toString()).contains(SOURCE);
    }

    @Test
    void eitherIntensityOrPgaGivesTheOther() {
        String file = collection(
                box(111.0, 35.5, 111.2, 35.62, "{\"pga\": 0.3}"),
                box(111.0, 35.62, 111.2, 35.7, "{\"intensity\": 7}"));

        ImportClient.Answer answer = imports.upload("IMP 区划.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "seismic-zones"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("notes").toString()).contains("较低值");
        assertThat(zones()).as("source named after the file").containsExactly("7|0.10|IMP 区划", "8|0.30|IMP 区划");
    }

    @Test
    void reImportingASourceReplacesItsZones() {
        imports.upload("z.geojson", twoZones("8", "0.2", "7", "0.15").getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "seismic-zones", "source", SOURCE));

        ImportClient.Answer answer = imports.upload("z.geojson", collection(
                box(111.0, 35.5, 111.2, 35.7, "{\"抗震设防烈度\": \"8\", \"设计基本地震加速度\": \"0.30g\"}"))
                .getBytes(StandardCharsets.UTF_8), Map.of("layer", "seismic-zones", "source", SOURCE));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("updated").asInt()).isEqualTo(1);
        assertThat(answer.report().path("notes").toString()).contains("2 个分区");
        assertThat(zones()).containsExactly("8|0.30|" + SOURCE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM seismic_zone WHERE source = '测试'", Integer.class))
                .as("other sources untouched").isEqualTo(2);
    }

    @Test
    void aDryRunOfAStoredSourceSaysWhatItWouldReplaceAndChangesNothing() {
        String before = checksum();

        ImportClient.Answer answer = imports.upload("z.geojson", twoZones("8", "0.2", "7", "0.15").getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "seismic-zones", "source", "测试", "dryRun", "true"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("updated").asInt()).as("zones of a stored source").isEqualTo(2);
        assertThat(answer.report().path("notes").toString()).contains("2 个分区");
        assertThat(answer.report().path("written").asBoolean()).isFalse();
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void badZonesAreNamedByRowAndNothingChanges() {
        String before = checksum();
        String file = collection(
                box(111.0, 35.5, 111.2, 35.6, "{\"烈度\": \"10\", \"加速度\": null}"),
                box(111.0, 35.5, 111.2, 35.6, "{\"烈度\": \"8\", \"加速度\": \"0.15g\"}"),
                box(111.0, 35.5, 111.2, 35.6, "{\"烈度\": null, \"加速度\": \"0.25g\"}"),
                feature("{\"type\": \"LineString\", \"coordinates\": [[111.0, 35.5], [111.1, 35.6]]}",
                        "{\"烈度\": \"7\", \"加速度\": \"0.1g\"}"),
                box(111.0, 35.5, 111.2, 35.6, "{\"烈度\": \"七\", \"加速度\": null}"));

        ImportClient.Answer answer = imports.upload("bad.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "seismic-zones", "source", SOURCE));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(errors(answer.report())).containsExactly(
                "1|烈度|10|应在 6 到 9 之间",
                "2|加速度|0.15|8 度对应的设计基本地震加速度应为 0.20g / 0.30g",
                "3|加速度|0.25g|设计基本地震加速度应为 0.05g、0.10g、0.15g、0.20g、0.30g 或 0.40g（GB 18306）",
                "4|geometry|LineString|几何类型应为 Polygon/MultiPolygon",
                "5|烈度|七|应为整数");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void projectedCoordinatesWithoutCrsAreRefusedAsAWhole() {
        String before = checksum();
        String file = collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[500000, 3930000], [510000, 3930000], "
                + "[510000, 3940000], [500000, 3930000]]]}", "{\"intensity\": 8}"));

        ImportClient.Answer answer = imports.upload("gk.geojson", file.getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "seismic-zones", "source", SOURCE));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("field").asString()).isEqualTo("srid");
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    void aFileWithoutIntensityOrPgaSaysWhichColumnItNeeds() {
        ImportClient.Answer answer = imports.upload("z.geojson", collection(box(111.0, 35.5, 111.2, 35.6, "{\"名称\": \"x\"}"))
                .getBytes(StandardCharsets.UTF_8), Map.of("layer", "seismic-zones"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("message").asString()).contains("抗震设防烈度");
    }

    private List<String> zones() {
        return jdbc.query("SELECT intensity, pga, source FROM seismic_zone WHERE source LIKE 'IMP%' ORDER BY intensity, id",
                (rs, n) -> rs.getInt(1) + "|" + rs.getBigDecimal(2).toPlainString() + "|" + rs.getString(3));
    }

    private String checksum() {
        return String.join("\n", jdbc.query("SELECT intensity, pga, source, ST_AsText(area) FROM seismic_zone ORDER BY id",
                (rs, n) -> rs.getInt(1) + "|" + rs.getBigDecimal(2) + "|" + rs.getString(3) + "|" + rs.getString(4)));
    }
}
