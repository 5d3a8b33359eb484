package org.anju.export;

import static org.anju.export.TargetListFixture.FORMULA;
import static org.anju.export.TargetListFixture.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GeoJSON read back with Jackson (tree), JTS and GDAL. */
class GeoJsonExportTest {

    private static final byte[] GEOJSON = TargetListFixture.export(ExportFormat.GEOJSON, ExportOptions.DEFAULTS);

    @Test
    void isAFeatureCollectionOfPointsNamedAfterTheTitle() {
        JsonNode collection = JsonMapper.shared().readTree(GEOJSON);
        assertThat(collection.get("type").stringValue()).isEqualTo("FeatureCollection");
        assertThat(collection.get("name").stringValue()).isEqualTo("应急排查目标清单");
        assertThat(collection.get("features")).hasSize(5);
        JsonNode first = collection.get("features").get(0);
        assertThat(first.get("geometry").get("type").stringValue()).isEqualTo("Point");
        assertThat(first.get("geometry").get("coordinates").get(0).decimalValue()).isEqualByComparingTo("111.2123456");
        assertThat(first.get("geometry").get("coordinates").get(1).decimalValue()).isEqualByComparingTo("35.6123456");
        assertThat(collection.get("features").get(4).get("geometry").isNull()).isTrue();
    }

    @Test
    void propertiesAreTypedAndNamedByKey() {
        List<JsonNode> features = List.copyOf(JsonMapper.shared().readTree(GEOJSON).get("features").valueStream().toList());
        JsonNode first = features.get(0).get("properties");
        assertThat(first.propertyNames()).containsExactly("house_code", "household_head", "township", "grade",
                "household_members", "floor_area", "assessed_on", "occupied", "remark");
        assertThat(first.get("household_head").stringValue()).isEqualTo("王建国");
        assertThat(first.get("household_members").isIntegralNumber()).isTrue();
        assertThat(first.get("household_members").longValue()).isEqualTo(4);
        assertThat(first.get("floor_area").decimalValue()).isEqualByComparingTo(new BigDecimal("85.5"));
        assertThat(first.get("assessed_on").stringValue()).isEqualTo("2023-07-15");
        assertThat(first.get("occupied").booleanValue()).isTrue();

        JsonNode second = features.get(1).get("properties");
        assertThat(second.get("household_head").stringValue()).isEqualTo(SCRIPT_NAME);
        assertThat(second.get("remark").stringValue()).isEqualTo(FORMULA);
        assertThat(second.get("household_members").isNull()).isTrue();
        assertThat(second.get("assessed_on").isNull()).isTrue();
        assertThat(features.get(3).get("properties").get("floor_area").longValue()).isEqualTo(120);
    }

    @Test
    void geometriesReadWithJts() throws Exception {
        JsonNode feature = JsonMapper.shared().readTree(GEOJSON).get("features").get(2);
        Geometry point = new GeoJsonReader().read(feature.get("geometry").toString());
        assertThat(point.toText()).isEqualTo("POINT (111.25 35.65)");
    }

    @Test
    void opensInGdal(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("targets.geojson"), GEOJSON);
        String info = Ogr.info(file.toString(), "-al");
        assertThat(info).contains("Feature Count: 5", "household_members: Integer", "floor_area: Real",
                "assessed_on: Date", "occupied: Integer(Boolean)", "household_head (String) = 王建国");
    }
}
