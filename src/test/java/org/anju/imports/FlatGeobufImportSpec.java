package org.anju.imports;

import static org.anju.imports.OgrFiles.box;
import static org.anju.imports.OgrFiles.collection;
import static org.anju.imports.OgrFiles.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;

import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * FlatGeobuf files, as GDAL writes them (with its spatial index, in a Gauss–Krüger CRS), import
 * into every layer. Everything a test writes is deleted afterwards.
 */
abstract class FlatGeobufImportSpec extends ApiSpec {

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
    void removeImportedRows() {
        jdbc.update("DELETE FROM household WHERE code LIKE 'IMP-%'");
        jdbc.update("DELETE FROM house WHERE code LIKE 'IMP-%'");
        jdbc.update("DELETE FROM disaster_event WHERE id > ?", lastEventBefore);
        jdbc.update("DELETE FROM seismic_zone WHERE source LIKE 'IMP%'");
        jdbc.update("DELETE FROM admin_area WHERE code LIKE '140825102%' AND level = 'VILLAGE'");
        jdbc.update("DELETE FROM admin_area WHERE code LIKE '140825102%'");
    }

    private static byte[] flatGeobuf(String geojson, int srid) throws Exception {
        try (OgrFiles ogr = new OgrFiles()) {
            return ogr.convert(geojson, "FlatGeobuf", "layer.fgb", srid);
        }
    }

    @Test
    void housesInGaussKrugerWithASpatialIndex() throws Exception {
        byte[] fgb = flatGeobuf(collection(
                feature("{\"type\": \"Point\", \"coordinates\": [111.051, 35.551]}",
                        "{\"房屋编码\": \"IMP-FGB1\", \"行政村\": \"东村\", \"房屋等级\": \"C级\", \"是否住人\": \"是\", \"层数\": 2, \"建筑面积\": 96.5}"),
                feature("{\"type\": \"Point\", \"coordinates\": [111.161, 35.561]}",
                        "{\"房屋编码\": \"IMP-FGB2\", \"行政村\": \"南村\", \"房屋等级\": \"B\", \"是否住人\": \"否\", \"层数\": 1, \"建筑面积\": 60}")),
                4546);

        ImportClient.Answer answer = imports.upload("农房.fgb", fgb, Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("format").asString()).isEqualTo("FlatGeobuf");
        assertThat(answer.report().path("crs").path("srid").asInt()).isEqualTo(4546);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(2);
        JsonNode house = api.get("/api/houses/IMP-FGB1").json();
        assertThat(house.path("properties").path("grade").asString()).isEqualTo("C");
        assertThat(house.path("properties").path("storeys").asInt()).isEqualTo(2);
        assertThat(house.path("properties").path("floor_area").asDouble()).isEqualTo(96.5);
        assertThat(house.path("geometry").path("coordinates").get(0).asDouble()).isCloseTo(111.051, within(1e-7));
        assertThat(house.path("geometry").path("coordinates").get(1).asDouble()).isCloseTo(35.551, within(1e-7));
    }

    @Test
    void householdsTakeTheirAttributesAndIgnoreThePoint() throws Exception {
        byte[] fgb = flatGeobuf(collection(feature("{\"type\": \"Point\", \"coordinates\": [111.05, 35.55]}",
                "{\"户编码\": \"IMP-FGBH\", \"户主姓名\": \"周大爷\", \"家庭人口\": 1, \"行政村\": \"140825100201\", \"对象类别\": \"低保户\"}")),
                0);

        ImportClient.Answer answer = imports.upload("农户.fgb", fgb, Map.of("layer", "households"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode household = api.get("/api/households/IMP-FGBH").json();
        assertThat(household.path("head_name").asString()).isEqualTo("周大爷");
        assertThat(household.path("primary_category").asString()).isEqualTo("MINIMUM_LIVING");
    }

    @Test
    void disasterSeismicAndAreaLayers() throws Exception {
        byte[] flood = flatGeobuf(collection(box(111.045, 35.545, 111.055, 35.555, "{\"水深\": \">1.5m\"}")), 4546);
        ImportClient.Answer disaster = imports.upload("flood.fgb", flood, Map.of("layer", "disasters", "type", "FLOOD"));
        assertThat(disaster.status()).as(disaster.toString()).isEqualTo(200);
        assertThat(api.get("/api/disasters/" + disaster.report().path("event_id").asLong() + "/affected").json()
                .path("totals").path("houses").asLong()).as("H1").isEqualTo(1);

        byte[] zones = flatGeobuf(collection(box(111.0, 35.5, 111.2, 35.7, "{\"烈度\": 8, \"加速度\": 0.3}")), 4546);
        ImportClient.Answer seismic = imports.upload("zones.fgb", zones, Map.of("layer", "seismic-zones", "source", "IMP fgb"));
        assertThat(seismic.status()).as(seismic.toString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT pga FROM seismic_zone WHERE source = 'IMP fgb'", java.math.BigDecimal.class))
                .isEqualByComparingTo("0.30");

        byte[] areas = flatGeobuf(collection(
                box(111.2, 35.5, 111.3, 35.7, "{\"XZQDM\": \"140825102\", \"XZQMC\": \"泽掌镇\"}"),
                box(111.2, 35.5, 111.3, 35.6, "{\"XZQDM\": \"140825102201\", \"XZQMC\": \"泽掌村\"}")), 4546);
        ImportClient.Answer area = imports.upload("村界.fgb", areas, Map.of("layer", "admin-areas"));
        assertThat(area.status()).as(area.toString()).isEqualTo(200);
        assertThat(api.get("/api/areas/140825102201").json().path("properties").path("parent_code").asString())
                .isEqualTo("140825102000");
    }

    @Test
    void aTruncatedFileIsRefusedAsAWhole() throws Exception {
        byte[] fgb = flatGeobuf(collection(box(111.045, 35.545, 111.055, 35.555, "{\"水深\": \">1.5m\"}"),
                box(111.055, 35.545, 111.075, 35.565, "{\"水深\": \"<1.5m\"}")), 0);
        byte[] truncated = Arrays.copyOf(fgb, fgb.length - 20);

        ImportClient.Answer answer = imports.upload("flood.fgb", truncated, Map.of("layer", "disasters", "type", "FLOOD"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.report().path("errors").get(0).path("message").asString()).startsWith("FlatGeobuf 文件已损坏");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disaster_event WHERE id > ?", Long.class, lastEventBefore)).isZero();
    }
}
