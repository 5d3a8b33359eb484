package org.anju.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Administrative areas as a tree and as GeoJSON, on the fixture county, against both databases. */
abstract class AreaApiSpec extends ApiSpec {

    @Test
    void treeNestsCountyTownshipsVillages() {
        JsonNode tree = api.get("/api/areas/tree").json();

        assertThat(tree).hasSize(1);
        JsonNode county = tree.get(0);
        assertThat(county.path("name").asString()).isEqualTo("测试县");
        assertThat(county.path("level").asString()).isEqualTo("COUNTY");
        assertThat(county.path("children")).hasSize(2);
        JsonNode longxing = county.path("children").get(0);
        assertThat(longxing.path("name").asString()).isEqualTo("龙兴镇");
        assertThat(longxing.path("level_label").asString()).isEqualTo("乡镇");
        assertThat(longxing.path("children").get(1).path("code").asString()).isEqualTo("140825100202");
    }

    @Test
    void villagesOfATownshipAsGeoJson() {
        JsonNode villages = api.get("/api/areas?level=VILLAGE&parent=140825100000").json();

        assertThat(villages.path("features")).hasSize(2);
        JsonNode east = villages.path("features").get(0);
        assertThat(east.path("id").asString()).isEqualTo("140825100201");
        assertThat(east.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(east.path("properties").path("name").asString()).isEqualTo("东村");
    }

    @Test
    void areasInABbox() {
        JsonNode inBox = api.get("/api/areas?level=village&bbox=111.15,35.51,111.19,35.55").json();
        assertThat(inBox.path("features")).hasSize(1);
        assertThat(inBox.path("features").get(0).path("id").asString()).isEqualTo("140825101201");
    }

    @Test
    void oneAreaIsAFeatureWithItsChildrenCount() {
        JsonNode township = api.get("/api/areas/140825101000").json();
        assertThat(township.path("type").asString()).isEqualTo("Feature");
        assertThat(township.path("properties").path("children").asInt()).isEqualTo(1);
        assertThat(api.get("/api/areas/140825999000").status()).isEqualTo(404);
    }

    @Test
    void badFiltersAre400() {
        assertThat(api.get("/api/areas?level=STATE").status()).isEqualTo(400);
        assertThat(api.get("/api/areas?parent=12").status()).isEqualTo(400);
    }
}
