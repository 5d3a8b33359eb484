package org.anju.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import org.anju.testsupport.Api.Binary;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.JsonNode;

/**
 * House tiles over real HTTP on the fixture county (src/test/resources/fixture-county/README.md),
 * run against both databases ({@link TileOnH2GisTest}, {@link TileOnPostgisTest}). Tile numbers and
 * pixel positions are computed here with the slippy-map formulas of the OpenStreetMap wiki,
 * independently of the server's code; expected houses come from {@code GET /api/houses}.
 */
abstract class TileSpec extends ApiSpec {

    /** H1 (东村, D, occupied, a 低保/监测 household with a disabled member) lies at 111.05°E 35.55°N. */
    static final double H1_LON = 111.05;
    static final double H1_LAT = 35.55;

    static int tileX(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    static int tileY(double lat, int z) {
        double rad = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * (1 << z));
    }

    static double tileLon(int x, int z) {
        return x / Math.pow(2, z) * 360 - 180;
    }

    static double tileLat(int y, int z) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI - 2 * Math.PI * y / Math.pow(2, z))));
    }

    /** The houses of {@code /api/houses} inside the tile, by code (same filters). */
    List<String> housesInTile(int z, int x, int y, String filters) {
        String bbox = "%s,%s,%s,%s".formatted(tileLon(x, z), tileLat(y + 1, z), tileLon(x + 1, z), tileLat(y, z));
        JsonNode page = api.get("/api/houses?limit=1000&bbox=" + bbox + filters).json();
        List<String> codes = new ArrayList<>();
        page.path("features").forEach(f -> codes.add(f.path("id").asString()));
        return codes;
    }

    Binary tile(int z, int x, int y, String query) {
        return api.getBytes("/tiles/houses/" + z + "/" + x + "/" + y + ".mvt" + query);
    }

    static JtsLayer decode(byte[] mvt, String layer) throws IOException {
        JtsMvt tile = MvtReader.loadMvt(new ByteArrayInputStream(mvt), new GeometryFactory(),
                new TagKeyValueMapConverter(false, "mvt_id"));
        JtsLayer found = tile.getLayer(layer);
        assertThat(found).as("layer %s in %s", layer, tile.getLayersByName().keySet()).isNotNull();
        return found;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Geometry feature) {
        return (Map<String, Object>) feature.getUserData();
    }

    /** Codes of the point features lying inside the tile proper (not in its buffer). */
    static TreeSet<String> codesInside(JtsLayer layer) {
        TreeSet<String> codes = new TreeSet<>();
        for (Geometry g : layer.getGeometries()) {
            double x = g.getCoordinate().x;
            double y = g.getCoordinate().y;
            if (x >= 0 && x < 4096 && y >= 0 && y < 4096) {
                codes.add((String) properties(g).get("code"));
            }
        }
        return codes;
    }

    @Test
    void aStreetLevelTileHoldsEachHouseAsAPointWhereItStands() throws IOException {
        int z = 16;
        int x = tileX(H1_LON, z);
        int y = tileY(H1_LAT, z);

        Binary response = tile(z, x, y, "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(response.cacheControl()).contains("max-age=30");
        JtsLayer houses = decode(response.body(), "houses");
        assertThat(houses.getExtent()).isEqualTo(4096);
        assertThat(houses.getGeometries()).hasSize(1);
        Geometry h1 = houses.getGeometries().iterator().next();
        Map<String, Object> p = properties(h1);
        assertThat(p).containsEntry("code", "140825-H1").containsEntry("grade", "D")
                .containsEntry("occupancy", "OCCUPIED").containsEntry("target", true).containsEntry("priority", true);
        double expectedX = ((H1_LON + 180) / 360 * (1 << z) - x) * 4096;
        double rad = Math.toRadians(H1_LAT);
        double expectedY = ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * (1 << z) - y) * 4096;
        assertThat(h1.getCoordinate().x).isCloseTo(expectedX, org.assertj.core.data.Offset.offset(1.0));
        assertThat(h1.getCoordinate().y).isCloseTo(expectedY, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aTileHoldsExactlyTheHousesTheHouseListFindsInItsBox() throws IOException {
        int z = 12;
        int x = tileX(H1_LON, z);
        int y = tileY(H1_LAT, z);
        List<String> expected = housesInTile(z, x, y, "");
        assertThat(expected).isNotEmpty();

        JtsLayer houses = decode(tile(z, x, y, "").body(), "houses");

        assertThat(codesInside(houses)).containsExactlyElementsOf(new TreeSet<>(expected));
    }

    @Test
    void filtersAreAppliedOnTheServerLikeTheHouseList() throws IOException {
        int z = 12;
        int x = tileX(H1_LON, z);
        int y = tileY(H1_LAT, z);
        for (String filter : List.of("grade=C,D", "grade=D&occupancy=OCCUPIED", "priority=DISABLED_MEMBER",
                "target_household=false", "category=MINIMUM_LIVING", "township=140825100000", "structure=EARTH_WOOD")) {
            List<String> expected = housesInTile(z, x, y, "&" + filter);

            Binary response = tile(z, x, y, "?" + filter);

            assertThat(response.status()).as(filter).isEqualTo(200);
            TreeSet<String> actual = expected.isEmpty() && response.body().length == 0
                    ? new TreeSet<>() : codesInside(decode(response.body(), "houses"));
            assertThat(actual).as(filter).containsExactlyElementsOf(new TreeSet<>(expected));
        }
    }

    @Test
    void theOccupiedDangerousHousesOfTheCountyAreH1H4AndH10() throws IOException {
        int z = 12;
        TreeSet<String> found = new TreeSet<>();
        for (int x = tileX(111.0, z); x <= tileX(111.2, z); x++) {
            for (int y = tileY(35.7, z); y <= tileY(35.5, z); y++) {
                byte[] body = tile(z, x, y, "?grade=C,D&occupancy=OCCUPIED").body();
                if (body.length > 0) {
                    found.addAll(codesInside(decode(body, "houses")));
                }
            }
        }
        assertThat(found).containsExactly("140825-H1", "140825-H10", "140825-H4");
    }

    @Test
    void zoomedOutHousesAreCountedInCellsThatAddUpToTheHousesOfTheTile() throws IOException {
        int z = 9;                       // the tile edge at 111.09375°E cuts the county in two
        int x = tileX(H1_LON, z);
        int y = tileY(H1_LAT, z);

        JtsLayer cells = decode(tile(z, x, y, "").body(), "house_cells");

        long inside = 0;
        long[] all = new long[3];
        for (Geometry cell : cells.getGeometries()) {
            Map<String, Object> p = properties(cell);
            long houses = ((Number) p.get("houses")).longValue();
            double px = cell.getCoordinate().x;
            double py = cell.getCoordinate().y;
            if (px >= 0 && px < 4096 && py >= 0 && py < 4096) {
                inside += houses;
            }
            all[0] += houses;
            all[1] += ((Number) p.get("dangerous")).longValue();
            all[2] += ((Number) p.get("occupied_dangerous")).longValue();
        }
        assertThat(inside).isEqualTo(housesInTile(z, x, y, "").size()).isEqualTo(6);
        // with the neighbour's edge cells (its buffer), the whole county: 10 houses,
        // C/D: H1 H3 H4 H7 H10; lived in: H1 H4 H10 (H7 is seasonal, counted as lived in)
        assertThat(all).containsExactly(10, 5, 4);
    }

    @Test
    void aCellHasTheSameCountsInEveryTileThatShowsIt() throws IOException {
        int z = 9;
        int x = tileX(H1_LON, z);
        int y = tileY(H1_LAT, z);
        JtsLayer west = decode(tile(z, x, y, "").body(), "house_cells");
        JtsLayer east = decode(tile(z, x + 1, y, "").body(), "house_cells");

        assertThat(counts(west)).isEqualTo(counts(east)).hasSize(west.getGeometries().size());
    }

    /** Cell counts, in order: the same set in two neighbouring tiles when each carries the other's edge. */
    static TreeSet<String> counts(JtsLayer cells) {
        TreeSet<String> counts = new TreeSet<>();
        cells.getGeometries().forEach(c -> counts.add(properties(c).get("houses") + "/" + properties(c).get("dangerous")
                + "/" + properties(c).get("occupied_dangerous")));
        return counts;
    }

    @Test
    void aTileOutsideTheCountyIsEmpty() {
        Binary response = tile(12, tileX(116.4, 12), tileY(39.9, 12), "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void tileNumbersOutsideTheGridAndUnknownFilterValuesAreRefusedByName() {
        Binary zoom = tile(23, 0, 0, "");
        Binary column = tile(3, 8, 0, "");
        Binary grade = tile(12, 3311, 1614, "?grade=E");

        assertThat(zoom.status()).isEqualTo(400);
        assertThat(zoom.text()).contains("\"field\":\"z\"");
        assertThat(column.status()).isEqualTo(400);
        assertThat(column.text()).contains("\"field\":\"x\"");
        assertThat(grade.status()).isEqualTo(400);
        assertThat(grade.text()).contains("\"field\":\"grade\"").contains("\"value\":\"E\"");
    }
}
