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
import tools.jackson.databind.JsonNode;

/**
 * The same houses and the same report whichever way an import writes: on PostGIS a county's first
 * import goes straight into {@code house} chunk by chunk (5,000 rows) and falls back to the staging
 * table at the first stored or repeated code; H2GIS always stages. The files here are larger than
 * one chunk so that the fallback comes after rows were written ({@link HouseImportWaysOnH2GisTest},
 * {@link HouseImportWaysOnPostgisTest}).
 */
abstract class HouseImportWaysSpec extends ApiSpec {

    private static final String HEADER = "房屋编码,行政村代码,经度,纬度,结构类型,房屋等级,鉴定日期,是否住人,户编码\n";

    @Autowired
    JdbcTemplate jdbc;

    ImportClient imports;

    @BeforeEach
    void importClient() {
        imports = new ImportClient(port);
    }

    @AfterEach
    void removeImportedRows() {
        jdbc.update("DELETE FROM house WHERE code LIKE 'IMP-%'");
    }

    /** {@code n} new houses IMP-W1 … in 东村, every tenth graded C on 2024-03-01, owned by 140825-HH1 every hundredth. */
    private static StringBuilder rows(int n) {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            file.append("IMP-W").append(i).append(",140825100201,").append(111.001 + (i % 97) * 0.001).append(',')
                    .append(35.501 + (i / 97) * 0.001).append(',')
                    .append(i % 10 == 0 ? "砖木,C级,2024-03-01" : ",,").append(",是,")
                    .append(i % 100 == 0 ? "140825-HH1" : "").append('\n');
        }
        return file;
    }

    @Test
    void aFirstImportWritesTheHousesTheirDefaultsOwnersAndGradeHistory() {
        ImportClient.Answer answer = imports.upload("houses.csv", csv(rows(12_000)), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(12_000);
        assertThat(answer.report().path("updated").asInt()).isZero();
        assertThat(jdbc.queryForList("""
                SELECT structure || ' ' || grade || ' ' || COALESCE(assessment_kind, '-') || ' ' || occupancy || ' '
                       || seismic_measures || ' ' || CASE WHEN owner_household_id IS NULL THEN 'no owner' ELSE 'owner' END
                       || ' ' || COUNT(*)
                FROM house WHERE code LIKE 'IMP-W%'
                GROUP BY structure, grade, assessment_kind, occupancy, seismic_measures, owner_household_id IS NULL
                ORDER BY 1""", String.class)).containsExactly(
                "BRICK_WOOD C APPRAISAL OCCUPIED UNKNOWN no owner 1080",
                "BRICK_WOOD C APPRAISAL OCCUPIED UNKNOWN owner 120",
                "OTHER UNASSESSED - OCCUPIED UNKNOWN no owner 10800");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM house_assessment a JOIN house h ON h.id = a.house_id
                WHERE h.code LIKE 'IMP-W%' AND a.grade = 'C' AND a.kind = 'APPRAISAL'
                  AND a.assessed_on = DATE '2024-03-01'""", Integer.class)).isEqualTo(1200);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM house h JOIN household o ON o.id = h.owner_household_id
                WHERE h.code LIKE 'IMP-W%' AND o.code = '140825-HH1'""", Integer.class)).isEqualTo(120);
    }

    @Test
    void aCodeRepeatedAfterTheFirstChunkIsADuplicateNamingTheFirstRow() {
        StringBuilder file = rows(7_000).append("IMP-W12,140825100201,111.05,35.55,,,,是,\n");

        ImportClient.Answer refused = imports.upload("houses.csv", csv(file), Map.of("layer", "houses"));
        ImportClient.Answer skipped = imports.upload("houses.csv", csv(file), Map.of("layer", "houses", "mode", "skip-invalid"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(ImportSpec.errors(refused.report())).containsExactly("7002|房屋编码|IMP-W12|编码在文件中重复（第 13 行已有）");
        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(200);
        assertThat(skipped.report().path("inserted").asInt()).isEqualTo(7_000);
        assertThat(skipped.report().path("rejected").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house WHERE code LIKE 'IMP-W%'", Integer.class)).isEqualTo(7_000);
    }

    @Test
    void aStoredCodeAfterTheFirstChunkIsUpdatedAndTheRestInserted() {
        imports.upload("first.csv", csv(HEADER + "IMP-E1,140825100201,111.05,35.55,,B级,2023-01-01,是,\n"),
                Map.of("layer", "houses"));
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM house", Long.class);

        ImportClient.Answer answer = imports.upload("houses.csv", csv(rows(6_000)
                .append("IMP-E1,140825100201,111.051,35.551,,D级,2024-05-01,否,\n")), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(6_000);
        assertThat(answer.report().path("updated").asInt()).isEqualTo(1);
        assertThat(answer.report().path("rows_read").asInt()).isEqualTo(6_001);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house", Long.class)).isEqualTo(stored + 6_000);
        assertThat(jdbc.queryForObject("SELECT grade || ' ' || occupancy || ' ' || version FROM house WHERE code = 'IMP-E1'",
                String.class)).isEqualTo("D VACANT 1");
        assertThat(jdbc.queryForList("""
                SELECT a.grade || ' ' || a.assessed_on FROM house_assessment a JOIN house h ON h.id = a.house_id
                WHERE h.code = 'IMP-E1' ORDER BY a.assessed_on""", String.class))
                .containsExactly("B 2023-01-01", "D 2024-05-01");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM house_assessment a JOIN house h ON h.id = a.house_id
                WHERE h.code LIKE 'IMP-W%'""", Integer.class)).as("no grade written twice").isEqualTo(600);
    }

    @Test
    void anUnknownOwnerIsARowErrorAndSkipInvalidWritesTheOthers() {
        StringBuilder file = rows(5_500);
        file.append("IMP-O1,140825100201,111.05,35.55,,,,是,140825-HH99\n");

        ImportClient.Answer answer = imports.upload("houses.csv", csv(file), Map.of("layer", "houses", "mode", "skip-invalid"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(ImportSpec.errors(answer.report())).containsExactly("5502|户编码|140825-HH99|该农户编码不存在");
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(5_500);
        assertThat(answer.report().path("rejected").asInt()).isEqualTo(1);
        assertThat(codes("IMP-O%")).isEmpty();
    }

    @Test
    void allOrNothingWithOneBadRowLateInTheFileWritesNothing() {
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM house", Long.class);
        StringBuilder file = rows(6_000).append("IMP-B1,140825100201,111.05,35.55,,E级,,是,\n");

        ImportClient.Answer answer = imports.upload("houses.csv", csv(file), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.report().path("inserted").asInt()).isZero();
        assertThat(answer.report().path("written").asBoolean()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house", Long.class)).isEqualTo(stored);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM house_assessment a JOIN house h ON h.id = a.house_id WHERE h.code LIKE 'IMP-%'""",
                Integer.class)).isZero();
    }

    private List<String> codes(String like) {
        return jdbc.queryForList("SELECT code FROM house WHERE code LIKE ? ORDER BY code", String.class, like);
    }

    private static byte[] csv(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
