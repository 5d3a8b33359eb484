package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A village's offline package (issue 17), on both databases: what a phone takes before it loses the
 * signal — the tasks in check order with the versions it sends back, the boundary, the heads masked,
 * the form's choices and the house tiles z14–z18 that hold a house, each of which the server serves —
 * with its size; kept to the caller's jurisdiction like the other inspection routes.
 */
abstract class OfflinePackageSpec extends ApiSpec {

    static final String DONGCUN = "140825100201";
    static final String XICUN = "140825100202";

    CaseworkFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseworkFixtures(api, port);
    }

    long campaign() {
        Response created = api.post("/api/inspections", """
                {"name": "离线包排查", "kind": "HOUSE_TO_PERSON", "area": "140825100000"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    @Test
    void aVillagesPackageHoldsItsTasksInCheckOrderTheBoundaryMaskedHeadsTheFormAndItsTiles() {
        String house = fixtures.houseWithTargetHousehold(XICUN, "C", "2024-03-01", 111.0911, 35.6511);
        long campaign = campaign();
        Api inspector = new Api(port).as(fixtures.account("VILLAGE_INSPECTOR", XICUN), CaseworkFixtures.PASSWORD);
        Response taken = inspector.get("/api/inspections/" + campaign + "/villages/" + XICUN + "/offline-package");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        JsonNode pack = taken.json();

        assertThat(pack.path("campaign").path("name").asString()).isEqualTo("离线包排查");
        assertThat(pack.path("village").path("name").asString()).isNotEmpty();
        assertThat(pack.path("boundary").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(pack.path("village").path("bbox")).hasSize(4);
        List<Long> listed = new ArrayList<>();
        inspector.get("/api/inspections/" + campaign + "/tasks?village=" + XICUN).json().path("features")
                .forEach(f -> listed.add(f.path("id").asLong()));
        List<Long> packed = new ArrayList<>();
        pack.path("tasks").path("features").forEach(f -> packed.add(f.path("id").asLong()));
        assertThat(packed).as("the field list's tasks, in its check order").isNotEmpty().isEqualTo(listed);
        JsonNode mine = InspectionFieldSpec.task(pack.path("tasks"), house);
        assertThat(mine.path("properties").path("house_grade").asString()).as("last grade on record").isEqualTo("C");
        assertThat(mine.path("properties").path("house_occupancy").asString()).isEqualTo("OCCUPIED");
        assertThat(mine.path("properties").path("version").asInt()).isZero();
        assertThat(mine.path("properties").has("house_version")).isTrue();
        JsonNode head = pack.path("heads").path(String.valueOf(mine.path("id").asLong()));
        assertThat(head.path("head_name").asString()).isEqualTo("钱测试");
        assertThat(head.path("id_number").asString()).as("masked").matches("1408\\*{10}\\d{3}[0-9X]");
        assertThat(pack.toString()).doesNotContain(CaseworkSpec.idNumber(1).substring(0, 10));

        assertThat(pack.path("form").path("grades").findValuesAsString("value")).containsExactly("A", "B", "C", "D");
        assertThat(pack.path("form").path("occupancies").get(0).path("label").asString()).isNotEqualTo("OCCUPIED");
        assertThat(pack.path("form").path("review_distance_metres").asDouble()).isEqualTo(200.0);

        JsonNode tiles = pack.path("tiles");
        assertThat(tiles.path("min_zoom").asInt()).isEqualTo(14);
        assertThat(tiles.path("max_zoom").asInt()).isEqualTo(18);
        List<String> urls = new ArrayList<>();
        tiles.path("urls").forEach(u -> urls.add(u.asString()));
        assertThat(urls).hasSize(tiles.path("count").asInt());
        for (int z = 14; z <= 18; z++) {
            String prefix = "/tiles/houses/" + z + "/";
            assertThat(urls).as("zoom %d", z).anyMatch(u -> u.startsWith(prefix));
        }
        assertThat(urls).as("the tile of the new house at z18").contains("/tiles/houses/18/211966/103253.mvt");
        for (String url : urls.subList(0, Math.min(urls.size(), 12))) {
            Api.Binary tile = inspector.getBytes(url);
            assertThat(tile.status()).as(url).isEqualTo(200);
            assertThat(tile.body().length).as("a tile with a house is not empty: %s", url).isPositive();
        }
        JsonNode size = pack.path("size");
        assertThat(size.path("data_bytes").asLong()).isBetween(taken.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length - 300L, taken.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 300L);
        assertThat(size.path("estimated_bytes").asLong())
                .isEqualTo(size.path("data_bytes").asLong() + tiles.path("estimated_bytes").asLong());
        assertThat(size.path("max_bytes").asLong()).isEqualTo(60L * 1024 * 1024);
    }

    @Test
    void anotherVillagesPackageIsNotFoundForAnInspectorAndAWrongCodeIsABadRequest() {
        long campaign = campaign();
        Api inspector = new Api(port).as(fixtures.account("VILLAGE_INSPECTOR", XICUN), CaseworkFixtures.PASSWORD);
        Response elsewhere = inspector.get("/api/inspections/" + campaign + "/villages/" + DONGCUN + "/offline-package");
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(404);
        assertThat(api.get("/api/inspections/" + campaign + "/villages/" + DONGCUN + "/offline-package").status())
                .as("the county sees it").isEqualTo(200);
        assertThat(api.get("/api/inspections/" + campaign + "/villages/1408/offline-package").status()).isEqualTo(400);
        assertThat(api.get("/api/inspections/999999/villages/" + XICUN + "/offline-package").status()).isEqualTo(404);
        Response planner = new Api(port).as(fixtures.account("PLANNER", "140825000000"), CaseworkFixtures.PASSWORD)
                .get("/api/inspections/" + campaign + "/villages/" + XICUN + "/offline-package");
        assertThat(planner.status()).isEqualTo(403);
    }
}
