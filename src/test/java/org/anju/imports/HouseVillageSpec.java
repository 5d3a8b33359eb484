package org.anju.imports;

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

/**
 * Which village an imported house belongs to, and the county test, on both databases
 * ({@link HouseVillageOnH2GisTest}, {@link HouseVillageOnPostgisTest}). Fixture county (see its
 * README): 东村 140825100201 is 111.0–111.1°E × 35.5–35.6°N, 西村 140825100202 north of it,
 * 南村 140825101201 is 111.1–111.2°E × 35.5–35.7°N; the county 测试县 covers all three. Village
 * borders fall on the edges of the 0.05° cells in which boundaries are loaded.
 */
abstract class HouseVillageSpec extends ApiSpec {

    @Autowired
    JdbcTemplate jdbc;

    ImportClient imports;

    @BeforeEach
    void importClient() {
        imports = new ImportClient(port);
    }

    @AfterEach
    void removeImportedRowsAndTheSecondEastVillage() {
        jdbc.update("DELETE FROM house WHERE code LIKE 'IMP-%'");
        jdbc.update("DELETE FROM admin_area WHERE code = '140825101299'");
    }

    @Test
    void withoutVillageColumnTheVillageIsTheOneAroundTheHouse() {
        ImportClient.Answer answer = imports.upload("houses.csv", csv("""
                房屋编码,经度,纬度,是否住人
                IMP-V1,111.05,35.55,是
                IMP-V2,111.05,35.65,是
                IMP-V3,111.15,35.60,是
                IMP-V4,111.1,35.55,是
                IMP-V5,111.0,35.7,是
                """), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(villages("IMP-V%")).containsExactly(
                "IMP-V1 140825100201", "IMP-V2 140825100202", "IMP-V3 140825101201",
                "IMP-V4 140825100201", // on the border of 东村 and 南村: the lower code
                "IMP-V5 140825100202"); // the county's north-west corner
    }

    @Test
    void aHouseInNoVillageNeedsAVillageColumn() {
        ImportClient.Answer answer = imports.upload("houses.csv", csv("""
                房屋编码,经度,纬度,是否住人
                IMP-V1,111.05,35.55,是
                IMP-V2,111.35,35.55,是
                """), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(ImportSpec.errors(answer.report())).containsExactly("3|geometry||该位置不在任何行政村范围内，请填写行政村");
        assertThat(villages("IMP-V%")).isEmpty();
    }

    @Test
    void aVillageNameMeansTheVillageOfThatNameAroundTheHouseElseTheOnlyOne() {
        // a second 东村, in the north of 南村's area
        jdbc.update("INSERT INTO admin_area (code, name, level, parent_code, boundary) VALUES ('140825101299', '东村', "
                + "'VILLAGE', '140825101000', ST_GeomFromText('MULTIPOLYGON(((111.1 35.65, 111.2 35.65, 111.2 35.7, "
                + "111.1 35.7, 111.1 35.65)))', 4490))");

        ImportClient.Answer answer = imports.upload("houses.csv", csv("""
                房屋编码,村,经度,纬度,是否住人
                IMP-N1,东村,111.05,35.55,是
                IMP-N2,东村,111.15,35.68,是
                IMP-N3,南村,111.05,35.55,是
                IMP-N4,东村,111.15,35.52,是
                IMP-N5,北村,111.05,35.55,是
                """), Map.of("layer", "houses", "mode", "skip-invalid"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(villages("IMP-N%")).containsExactly(
                "IMP-N1 140825100201", "IMP-N2 140825101299",
                "IMP-N3 140825101201"); // the only 南村, although the house stands in 东村
        assertThat(ImportSpec.errors(answer.report())).containsExactly(
                "5|村|东村|找不到此行政村（名称不存在或有重名，请填写 12 位行政村代码）", // two 东村, in neither
                "6|村|北村|找不到此行政村（名称不存在或有重名，请填写 12 位行政村代码）");
    }

    @Test
    void aVillageCodeMustBeAVillageAndTheHouseInsideItsCounty() {
        ImportClient.Answer answer = imports.inEnglish().upload("houses.csv", csv("""
                房屋编码,行政村代码,经度,纬度,是否住人
                IMP-C1,140825100201,111.15,35.65,是
                IMP-C2,140825100299,111.05,35.55,是
                IMP-C3,140825100000,111.05,35.55,是
                IMP-C4,140825100201,111.25,35.55,是
                """), Map.of("layer", "houses", "mode", "skip-invalid"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(villages("IMP-C%")).containsExactly("IMP-C1 140825100201"); // a code is taken as given
        assertThat(ImportSpec.errors(answer.report())).containsExactly(
                "3|行政村代码|140825100299|no village with this code",
                "4|行政村代码|140825100000|this code is not a village",
                "5|geometry|111.25, 35.55|outside 测试县");
    }

    /**
     * More rows than one COPY chunk (5,000): on PostGIS the boundaries of later cells are read
     * while the staging COPY is open, which needs a connection of its own.
     */
    @Test
    void aLargeFileFindsTheVillagesOfEveryCellWhileItStreams() {
        StringBuilder file = new StringBuilder("房屋编码,经度,纬度,是否住人\n");
        int n = 0;
        for (int i = 0; i < 120; i++) {
            for (int j = 0; j < 100; j++) {
                // a 120 × 100 grid over the county, away from the village borders
                double lon = 111.0005 + i * (0.199 / 120);
                double lat = 35.5005 + j * (0.199 / 100);
                if (Math.abs(lon - 111.1) < 0.001 || Math.abs(lat - 35.6) < 0.001) {
                    continue;
                }
                file.append("IMP-L").append(++n).append(',').append(lon).append(',').append(lat).append(",是\n");
            }
        }

        ImportClient.Answer answer = imports.upload("houses.csv", csv(file.toString()), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(n).isGreaterThan(10_000);
        assertThat(jdbc.queryForList("""
                SELECT village_code || ' ' || COUNT(*) FROM house WHERE code LIKE 'IMP-L%'
                  AND ((village_code = '140825100201' AND ST_X(location) < 111.1 AND ST_Y(location) < 35.6)
                    OR (village_code = '140825100202' AND ST_X(location) < 111.1 AND ST_Y(location) > 35.6)
                    OR (village_code = '140825101201' AND ST_X(location) > 111.1))
                GROUP BY village_code ORDER BY village_code""", String.class)).containsExactly(
                "140825100201 " + count(n, 0), "140825100202 " + count(n, 1), "140825101201 " + count(n, 2));
    }

    /** Houses of the grid above in 东村 (0), 西村 (1) or 南村 (2). */
    private static long count(int n, int village) {
        long count = 0;
        for (int i = 0; i < 120; i++) {
            for (int j = 0; j < 100; j++) {
                double lon = 111.0005 + i * (0.199 / 120);
                double lat = 35.5005 + j * (0.199 / 100);
                if (Math.abs(lon - 111.1) < 0.001 || Math.abs(lat - 35.6) < 0.001) {
                    continue;
                }
                int in = lon > 111.1 ? 2 : lat > 35.6 ? 1 : 0;
                count += in == village ? 1 : 0;
            }
        }
        return count;
    }

    private List<String> villages(String codes) {
        return jdbc.queryForList("SELECT code || ' ' || village_code FROM house WHERE code LIKE ? ORDER BY code",
                String.class, codes);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
