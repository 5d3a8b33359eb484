package org.anju.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 农房抗震改造试点 on the fixture county: 8° below latitude 35.65, 7° above. Not-dangerous houses:
 * H2 (A, brick-concrete with ring beams), H5 (B, brick-concrete 1998 without ring beams, HH3 特困),
 * H8 (A, frame), H9 (demolished); H6 is an unassessed cave dwelling (HH4 低保边缘) in the 7° zone.
 * With {@code households=all&include_unassessed=true} the candidates are H5 and H6, both in 西村.
 * Restricted and compared areas are checked against {@link #candidatesBySql}, the default rules
 * written out by hand in SQL both databases run.
 */
abstract class RetrofitSpec extends ApiSpec {

    /** All households, unassessed houses too: H5 and H6 are candidates. */
    static final String ALL = "households=all&include_unassessed=true";

    static final String XICUN = "140825100202";
    static final String DONGCUN = "140825100201";

    /** A pentagon drawn over H3 (111.07, 35.56; C: no candidate) and H6 (111.07, 35.66), across 东村 and 西村. */
    static final String DRAWN = "POLYGON ((111.065 35.555, 111.075 35.555, 111.08 35.61, 111.075 35.665, 111.065 35.665, 111.065 35.555))";

    @Autowired
    JdbcTemplate jdbc;

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Candidates with {@link #ALL}, counted independently of Anju's SQL: houses not C/D and not
     * demolished, in a ≥ 7° zone, matching one of the default rules of application.yml, where
     * {@code area} (a condition on {@code house h}) holds.
     */
    long candidatesBySql(String area, Object... args) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM house h
                WHERE h.occupancy <> 'DEMOLISHED' AND h.grade IN ('A', 'B', 'UNASSESSED')
                  AND EXISTS (SELECT 1 FROM seismic_zone z WHERE z.intensity >= 7 AND ST_Intersects(z.area, h.location))
                  AND (h.structure IN ('EARTH_WOOD', 'STONE', 'CAVE')
                       OR (h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE') AND h.seismic_measures = 'NO')
                       OR (h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE', 'OTHER') AND h.seismic_measures = 'UNKNOWN'
                           AND (h.year_built IS NULL OR h.year_built < 2009))
                       OR (h.structure = 'BRICK_WOOD' AND h.storeys >= 3))
                  AND\s""" + area, Long.class, args);
    }

    /** Houses not demolished where {@code area} holds. */
    long housesBySql(String area, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM house h WHERE h.occupancy <> 'DEMOLISHED' AND " + area,
                Long.class, args);
    }

    @Test
    void targetHouseholdsInAssessedHousesThatMissTheStandard() {
        JsonNode summary = api.get("/api/retrofit/candidates").json();

        assertThat(summary.path("candidates").asLong()).isEqualTo(1);
        assertThat(summary.path("by_reason").get(0).path("reason").asString()).isEqualTo("砖木/砖混结构，无圈梁构造柱");
        JsonNode village = summary.path("villages").get(0);
        assertThat(village.path("name").asString()).isEqualTo("西村");
        assertThat(village.path("parent_name").asString()).isEqualTo("龙兴镇");
        assertThat(village.path("houses").asLong()).isEqualTo(3);
        assertThat(village.path("share").asDouble()).isEqualTo(0.3333);
        assertThat(village.path("density").asDouble()).as("1 house on ~100 km²").isBetween(0.005, 0.02);
        JsonNode township = summary.path("townships").get(0);
        assertThat(township.path("name").asString()).isEqualTo("龙兴镇");
        assertThat(township.path("houses").asLong()).as("all not-demolished houses of the township").isEqualTo(6);
        assertThat(summary.path("budget").path("per_house_yuan").asInt()).isEqualTo(12000);
        assertThat(summary.path("budget").path("total_wan").asDouble()).isEqualTo(1.2);
    }

    @Test
    void unassessedHousesAndAllHouseholdsOnRequest() {
        assertThat(candidates("households=all")).as("H2 and H8 meet the standard").isEqualTo(1);
        assertThat(candidates("include_unassessed=true")).as("+ H6 cave dwelling").isEqualTo(2);
        assertThat(candidates("include_unassessed=true&min_intensity=8")).as("H6 lies in the 7° zone").isEqualTo(1);
        assertThat(candidates("include_unassessed=true&township=140825101000")).isZero();
    }

    @Test
    void anotherSubsidyPreset() {
        JsonNode budget = api.get("/api/retrofit/candidates?preset=hunan-repair").json().path("budget");
        assertThat(budget.path("total_yuan").asInt()).isEqualTo(10000);
        assertThat(budget.path("source").asString()).contains("湖南某市《2024年巩固拓展脱贫攻坚成果同乡村振兴有效衔接专项行动实施方案》").doesNotContain("seed");
        assertThat(api.get("/api/retrofit/candidates?preset=nowhere").status()).isEqualTo(400);
    }

    @Test
    void rankedVillagesWithBudgetAsAFile() {
        List<String> lines = api.get("/api/retrofit/candidates/villages.csv?include_unassessed=true").body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFF排名,乡镇,村代码,行政村,候选农房,农房总数,候选占比（%）,密度（户/平方公里）,"
                + "补助估算（万元）,累计补助（万元）,是否在预算内,经度,纬度");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).as("H5 and H6: 2 of 西村's 3 houses, 2 × 1.2万元; no budget asked: running total, no 是/否")
                .startsWith("1,龙兴镇,140825100202,西村,2,3,66.67,").contains(",2.40,2.40,,111.");
        JsonNode features = api.get("/api/retrofit/candidates/villages.geojson?preset=hunan-repair").json().path("features");
        assertThat(features).hasSize(1);
        assertThat(features.get(0).path("properties").path("budget_wan").asDouble()).isEqualTo(1.0);
        assertThat(api.get("/api/retrofit/candidates/villages.kml").body()).containsPattern("<name>\\d+\\. 西村</name>");
    }

    @Test
    void candidateListAsCsvWithReasonAndMaskedHead() {
        Response csv = api.get("/api/retrofit/candidates/targets.csv?include_unassessed=true");
        assertThat(csv.status()).isEqualTo(200);
        var lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("140825-H5").contains("砖混").contains("张老汉").contains("1408**********1027");
        assertThat(lines.get(2)).contains("140825-H6").contains("生土、石砌或窑洞结构").contains("7");
    }

    @Test
    void badParameters() {
        assertThat(api.get("/api/retrofit/candidates?min_intensity=5").status()).isEqualTo(400);
        assertThat(api.get("/api/retrofit/candidates?households=some").status()).isEqualTo(400);
    }

    @Test
    void restrictedToADrawnAreaOrPickedVillages() {
        assertThat(candidates(ALL)).isEqualTo(2);
        long drawn = candidates(ALL + "&within=" + encoded(DRAWN));
        assertThat(drawn).as("H6 only").isEqualTo(1)
                .isEqualTo(candidatesBySql("ST_Intersects(h.location, ST_GeomFromText(?, 4490))", DRAWN));
        String geoJson = """
                {"type": "Polygon", "coordinates": [[[111.065, 35.555], [111.075, 35.555], [111.08, 35.61],
                 [111.075, 35.665], [111.065, 35.665], [111.065, 35.555]]]}""";
        assertThat(candidates(ALL + "&within=" + encoded(geoJson))).as("the same area as GeoJSON").isEqualTo(drawn);
        assertThat(candidates(ALL + "&village=" + XICUN)).isEqualTo(2)
                .isEqualTo(candidatesBySql("h.village_code = ?", XICUN));
        assertThat(candidates(ALL + "&village=" + DONGCUN)).as("H2 meets the standard").isZero();
        assertThat(candidates(ALL + "&village=" + XICUN + "&within=" + encoded(DRAWN))).as("both must hold").isEqualTo(1);

        JsonNode summary = api.get("/api/retrofit/candidates?" + ALL + "&within=" + encoded(DRAWN)).json();
        assertThat(summary.path("villages")).hasSize(1);
        assertThat(summary.path("villages").get(0).path("name").asString()).isEqualTo("西村");
        assertThat(summary.path("budget").path("total_yuan").asInt()).isEqualTo(12000);
        Response csv = api.get("/api/retrofit/candidates/targets.csv?" + ALL + "&within=" + encoded(DRAWN));
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).contains("140825-H6").doesNotContain("140825-H5");
    }

    @Test
    void twoAreasSideBySide() {
        JsonNode c = api.get("/api/retrofit/comparison?" + ALL + "&a.village=" + XICUN + "&b.within=" + encoded(DRAWN))
                .json();

        JsonNode a = c.path("a");
        JsonNode b = c.path("b");
        assertThat(a.path("area").path("villages").toString()).isEqualTo("[\"" + XICUN + "\"]");
        assertThat(b.path("area").path("drawn").asBoolean()).isTrue();
        assertThat(b.path("area").path("drawn_vertices").asInt()).isEqualTo(6);
        assertThat(a.path("houses").asLong()).as("H4, H5, H6").isEqualTo(3)
                .isEqualTo(housesBySql("h.village_code = ?", XICUN));
        assertThat(b.path("houses").asLong()).as("H3, H6").isEqualTo(2)
                .isEqualTo(housesBySql("ST_Intersects(h.location, ST_GeomFromText(?, 4490))", DRAWN));
        assertThat(a.path("candidates").asLong()).isEqualTo(2).isEqualTo(candidatesBySql("h.village_code = ?", XICUN));
        assertThat(b.path("candidates").asLong()).isEqualTo(1)
                .isEqualTo(candidatesBySql("ST_Intersects(h.location, ST_GeomFromText(?, 4490))", DRAWN));
        assertThat(a.path("share").asDouble()).isEqualTo(0.6667);
        assertThat(b.path("share").asDouble()).isEqualTo(0.5);
        assertThat(a.path("budget").path("total_yuan").asInt()).isEqualTo(24000);
        assertThat(b.path("budget").path("total_wan").asDouble()).isEqualTo(1.2);
        assertThat(a.path("villages").get(0).path("name").asString()).isEqualTo("西村");
        assertThat(a.path("villages").get(0).path("candidates").asLong()).isEqualTo(2);
        assertThat(b.path("townships").get(0).path("name").asString()).isEqualTo("龙兴镇");

        JsonNode d = c.path("difference");
        assertThat(d.path("houses").asLong()).isEqualTo(1);
        assertThat(d.path("candidates").asLong()).isEqualTo(1);
        assertThat(d.path("share").asDouble()).isEqualTo(0.1667);
        assertThat(d.path("budget_yuan").asInt()).isEqualTo(12000);
        assertThat(d.path("budget_wan").asDouble()).isEqualTo(1.2);
        List<String> reasons = new ArrayList<>();
        d.path("by_reason").forEach(r -> reasons.add(r.path("reason").asString() + " " + r.path("a").asLong() + " "
                + r.path("b").asLong() + " " + r.path("difference").asLong()));
        assertThat(reasons).containsExactlyInAnyOrder("砖木/砖混结构，无圈梁构造柱 1 0 1", "生土、石砌或窑洞结构 1 1 0");

        JsonNode overlap = c.path("overlap");
        assertThat(overlap.path("candidates").asLong()).as("H6 lies in both").isEqualTo(1)
                .isEqualTo(candidatesBySql("h.village_code = ? AND ST_Intersects(h.location, ST_GeomFromText(?, 4490))",
                        XICUN, DRAWN));
        assertThat(overlap.path("candidates_in_either").asLong()).isEqualTo(2);
        assertThat(overlap.path("budget_yuan_in_either").asInt()).isEqualTo(24000);
        assertThat(c.path("preset").asString()).isEqualTo("liaocheng");
        assertThat(c.path("criteria").path("include_unassessed").asBoolean()).isTrue();
    }

    @Test
    void theSameCriteriaApplyToBothSides() {
        JsonNode c = api.get("/api/retrofit/comparison?a.village=" + XICUN + "&b.township=140825101000&preset=hunan-repair")
                .json();
        assertThat(c.path("a").path("candidates").asLong()).as("target households, A/B: H5").isEqualTo(1);
        assertThat(c.path("a").path("budget").path("total_yuan").asInt()).isEqualTo(10000);
        assertThat(c.path("b").path("candidates").asLong()).isZero();
        assertThat(c.path("b").path("houses").asLong()).as("H7, H8, H10; H9 is demolished").isEqualTo(3);
        assertThat(c.path("difference").path("budget_yuan").asInt()).isEqualTo(10000);
        assertThat(c.path("overlap").path("candidates").asLong()).isZero();
    }

    @Test
    void aComparisonNeedsTwoValidAreasAndNamesWhatIsWrong() {
        Response noB = api.get("/api/retrofit/comparison?a.village=" + XICUN);
        assertThat(noB.status()).isEqualTo(400);
        assertThat(fields(noB)).containsExactly("b");

        Response misspelt = api.get("/api/retrofit/comparison?a.vilage=" + XICUN + "&b.village=" + DONGCUN);
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(fields(misspelt)).containsExactly("a.vilage");

        String bowtie = "POLYGON ((111.0 35.5, 111.1 35.6, 111.1 35.5, 111.0 35.6, 111.0 35.5))";
        Response invalid = api.get("/api/retrofit/comparison?a.within=" + encoded(bowtie) + "&b.village=12345&min_intensity=5");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("min_intensity", "a.within", "b.village");
        assertThat(invalid.body()).contains("Self-intersection");
        assertThat(api.get("/api/retrofit/candidates?within=" + encoded("POINT (111.06 35.65)")).status()).isEqualTo(400);
    }

    @Test
    void aTownshipAccountComparesOnlyWhatItMaySee() {
        Response created = api.post("/api/accounts", """
                {"username": "sanquan-planner", "display_name": "三泉镇规划", "password": "Sanquan-2024!",
                 "role": "PLANNER", "jurisdiction_code": "140825101000"}""");
        assertThat(created.status()).as(created.body()).isIn(201, 409);
        Api sanquan = new Api(port).as("sanquan-planner", "Sanquan-2024!");
        String county = "POLYGON ((110.9 35.4, 111.3 35.4, 111.3 35.8, 110.9 35.8, 110.9 35.4))";

        JsonNode c = sanquan.get("/api/retrofit/comparison?" + ALL + "&a.village=" + XICUN + "&b.within=" + encoded(county))
                .json();
        assertThat(c.path("a").path("houses").asLong()).as("西村 lies in 龙兴镇").isZero();
        assertThat(c.path("a").path("candidates").asLong()).isZero();
        assertThat(c.path("b").path("houses").asLong()).as("only 南村's standing houses").isEqualTo(3);
        assertThat(api.get("/api/retrofit/comparison?" + ALL + "&a.village=" + XICUN + "&b.within=" + encoded(county))
                .json().path("b").path("houses").asLong()).as("the administrator sees all 9").isEqualTo(9);
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private long candidates(String query) {
        return api.get("/api/retrofit/candidates?" + query).json().path("candidates").asLong();
    }
}
