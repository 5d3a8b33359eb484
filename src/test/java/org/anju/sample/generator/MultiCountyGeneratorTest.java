package org.anju.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --counties 3 --houses 3000}: a small province in the same files, one county after the other. */
class MultiCountyGeneratorTest {

    @TempDir
    static Path out;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void generate() throws IOException {
        SampleCountyGenerator.generate(new GeneratorOptions(140825, 3_000, 3, out));
    }

    private static List<JsonNode> features(String file) throws IOException {
        List<JsonNode> features = new java.util.ArrayList<>();
        JSON.readTree(out.resolve(file).toFile()).path("features").forEach(features::add);
        return features;
    }

    @Test
    void threeCountiesWithCodesOfTheirOwn() throws IOException {
        List<String> counties = features(SampleCountyFiles.ADMIN_AREAS).stream()
                .filter(f -> f.path("properties").path("level").asString().equals("COUNTY"))
                .map(f -> f.path("properties").path("code").asString() + " " + f.path("properties").path("name").asString())
                .toList();

        assertThat(counties).containsExactly("140825000000 新绛县", "149001000000 示例县001", "149002000000 示例县002");
    }

    @Test
    void everyHouseLiesInItsOwnVillageWhereverItsCountyWasMoved() throws IOException {
        GeoJsonReader reader = new GeoJsonReader();
        Map<String, IndexedPointInAreaLocator> villages = new HashMap<>();
        for (JsonNode f : features(SampleCountyFiles.ADMIN_AREAS)) {
            if (f.path("properties").path("level").asString().equals("VILLAGE")) {
                villages.put(f.path("properties").path("code").asString(),
                        new IndexedPointInAreaLocator(read(reader, f)));
            }
        }
        Set<String> codes = new HashSet<>();
        int[] perCounty = new int[3];
        for (JsonNode f : features(SampleCountyFiles.HOUSES)) {
            JsonNode p = f.path("properties");
            String code = p.path("code").asString();
            assertThat(codes.add(code)).as("unique %s", code).isTrue();
            assertThat(code).startsWith(p.path("village_code").asString());
            assertThat(villages.get(p.path("village_code").asString())
                    .locate(read(reader, f).getCoordinate())).as(code).isEqualTo(Location.INTERIOR);
            perCounty[code.startsWith("140825") ? 0 : code.startsWith("149001") ? 1 : 2]++;
        }
        assertThat(perCounty).containsExactly(1_000, 1_000, 1_000);
    }

    @Test
    void householdsAndHistoriesFollowTheirCounty() throws IOException {
        for (String line : Files.readAllLines(out.resolve(SampleCountyFiles.HOUSEHOLDS)).subList(1, 10)) {
            assertThat(line).startsWith("H140825");
        }
        List<String> households = Files.readAllLines(out.resolve(SampleCountyFiles.HOUSEHOLDS));
        assertThat(households.get(households.size() - 1)).startsWith("H149002").contains(",149002");
        List<String> assessments = Files.readAllLines(out.resolve(SampleCountyFiles.ASSESSMENTS));
        assertThat(assessments.get(assessments.size() - 1)).startsWith("149002");
        JsonNode summary = JSON.readTree(out.resolve(SampleCountyFiles.SUMMARY).toFile());
        assertThat(summary.path("province").path("houses").asLong()).isEqualTo(3_000);
        assertThat(summary.path("houses").path("total").asLong()).as("the first county's own counts").isEqualTo(1_000);
        assertThat(features(SampleCountyFiles.DISASTERS)).extracting(f -> f.path("properties").path("event_code").asString())
                .contains("FLOOD-2021-10", "FLOOD-2021-10-149001", "FLOOD-2021-10-149002");
    }

    private static Geometry read(GeoJsonReader reader, JsonNode feature) {
        try {
            return reader.read(feature.path("geometry").toString());
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
