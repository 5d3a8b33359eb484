package org.anju.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 抗震改造规划 with a budget (issue 16): the retrofit candidates follow the map's filter and area, the
 * chosen intensity and preset, and a budget in 万元 picks the villages of the ranking it pays for.
 *
 * <p>Three villages are added to 龙兴镇 for these specs ({@link PlanningVillages}), next to 西村:
 * <pre>
 * village   houses                                    zone  candidates (all households, unassessed too)
 * 上河村    5 × B brick-concrete without ring beams   8°    5 — the first 3 with a 低保 household
 * 中河村    4 × A stone                               7°    4 — nobody registered lives there
 * 下河村    1 × B earth-wood, vacant                  8°    1
 * 西村      H5 B brick-concrete (特困, elderly alone)  8°    2 — and H6, an unassessed cave (低保边缘), 7°
 * </pre>
 * So the ranking is 上河 5, 中河 4, 西村 2, 下河 1, costing 6.0, 4.8, 2.4 and 1.2 万元 at the
 * liaocheng preset (1.2 万元 per house). Every fit is checked twice: against figures worked out by
 * hand here, and against the rule applied in this class to the per-village costs the API gives.
 */
abstract class RetrofitPlanningSpec extends ApiSpec {

    static final String SHANGHE = "140825100211";
    static final String ZHONGHE = "140825100212";
    static final String XIAHE = "140825100213";
    static final String XICUN = "140825100202";
    static final String SANQUAN = "140825101000";

    /** All households, unassessed houses too, in 龙兴镇. */
    static final String ALL_IN_LONGXING = "households=all&include_unassessed=true&township=" + PlanningVillages.LONGXING;

    @Autowired
    JdbcTemplate jdbc;

    PlanningVillages villages;

    @BeforeEach
    void addVillages() {
        villages = new PlanningVillages(jdbc);
        villages.removeAll();
        villages.add(SHANGHE, "上河村", 111.010, 35.520, 5, PlanningVillages.Kind.BRICK_WITHOUT_RING_BEAMS, 3, "MINIMUM_LIVING")
                .add(ZHONGHE, "中河村", 111.010, 35.680, 4, new PlanningVillages.Kind("A", "STONE", "NO", "OCCUPIED"), 0, null)
                .add(XIAHE, "下河村", 111.050, 35.580, 1, new PlanningVillages.Kind("B", "EARTH_WOOD", "NO", "VACANT"), 0, null);
    }

    @AfterEach
    void removeVillages() {
        villages.removeAll();
    }

    // --- the budget ---

    @Test
    void villagesAreTakenInRankingOrderWhileTheyFitAndOneThatDoesNotIsSkipped() {
        JsonNode s = summary(ALL_IN_LONGXING + "&budget_wan=10");

        assertThat(names(s)).containsExactly("上河村", "中河村", "西村", "下河村");
        assertThat(costsYuan(s)).as("candidates × 12,000 yuan").containsExactly(60_000L, 48_000L, 24_000L, 12_000L);
        // by hand: 6.0 fits (4.0 left); 4.8 does not, skipped; 2.4 fits (1.6 left); 1.2 fits (0.4 left)
        assertThat(within(s)).containsExactly(true, false, true, true).isEqualTo(fitByHand(costsYuan(s), 100_000));
        assertThat(cumulativeWan(s)).containsExactly("6.00", null, "8.40", "9.60");
        JsonNode plan = s.path("plan");
        assertThat(plan.path("budget_wan").decimalValue()).isEqualByComparingTo("10");
        assertThat(plan.path("used_yuan").decimalValue()).isEqualByComparingTo("96000");
        assertThat(plan.path("used_wan").decimalValue()).isEqualByComparingTo("9.6");
        assertThat(plan.path("left_yuan").decimalValue()).isEqualByComparingTo("4000");
        assertThat(plan.path("left_wan").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(plan.path("villages").asInt()).isEqualTo(3);
        assertThat(plan.path("candidates").asLong()).isEqualTo(8);
        assertThat(plan.path("villages_skipped").asInt()).isEqualTo(1);
    }

    @Test
    void aBudgetMetExactlyIsUsedUpAndTooSmallABudgetPaysForNone() {
        JsonNode exact = summary(ALL_IN_LONGXING + "&budget_wan=10.8");
        assertThat(within(exact)).as("6.0 + 4.8 = 10.8: nothing left for 西村 or 下河")
                .containsExactly(true, true, false, false).isEqualTo(fitByHand(costsYuan(exact), 108_000));
        assertThat(exact.path("plan").path("left_yuan").decimalValue()).isEqualByComparingTo("0");

        JsonNode five = summary(ALL_IN_LONGXING + "&budget_wan=5");
        assertThat(within(five)).as("only 中河 (4.8) fits 5").containsExactly(false, true, false, false)
                .isEqualTo(fitByHand(costsYuan(five), 50_000));

        JsonNode small = summary(ALL_IN_LONGXING + "&budget_wan=1");
        assertThat(within(small)).containsOnly(false);
        assertThat(small.path("plan").path("used_yuan").decimalValue()).isEqualByComparingTo("0");
        assertThat(small.path("plan").path("left_wan").decimalValue()).isEqualByComparingTo("1");
        assertThat(small.path("plan").path("villages").asInt()).isZero();
    }

    @Test
    void withoutABudgetNoVillageIsMarkedAndTheRunningTotalCoversThemAll() {
        JsonNode s = summary(ALL_IN_LONGXING);

        assertThat(s.path("plan").isNull()).isTrue();
        assertThat(within(s)).containsOnlyNulls();
        assertThat(cumulativeWan(s)).containsExactly("6.00", "10.80", "13.20", "14.40");
        assertThat(s.path("budget").path("total_wan").decimalValue()).isEqualByComparingTo("14.4");
    }

    @Test
    void thePresetAndTheIntensityChangeWhatTheBudgetPaysFor() {
        JsonNode hunan = summary(ALL_IN_LONGXING + "&preset=hunan-repair&budget_wan=10");
        assertThat(costsYuan(hunan)).containsExactly(50_000L, 40_000L, 20_000L, 10_000L);
        assertThat(within(hunan)).as("5.0 + 4.0, 西村's 2.0 does not fit the 1.0 left, 下河's 1.0 does")
                .containsExactly(true, true, false, true).isEqualTo(fitByHand(costsYuan(hunan), 100_000));

        JsonNode eight = summary(ALL_IN_LONGXING + "&min_intensity=8&budget_wan=7.2");
        assertThat(names(eight)).as("中河 and H6 lie in the 7° zone; 下河 (1 of 1) ranks above 西村 (1 of 3)")
                .containsExactly("上河村", "下河村", "西村");
        assertThat(candidates(eight)).containsExactly(5L, 1L, 1L);
        assertThat(within(eight)).containsExactly(true, true, false).isEqualTo(fitByHand(costsYuan(eight), 72_000));
        assertThat(eight.path("criteria").path("min_intensity").asInt()).isEqualTo(8);

        assertThat(summary(ALL_IN_LONGXING + "&min_intensity=9").path("candidates").asLong()).as("no 9° zone").isZero();
    }

    @Test
    void targetHouseholdsOnlyIsAChoice() {
        JsonNode target = summary("township=" + PlanningVillages.LONGXING + "&households=target&budget_wan=3");
        assertThat(names(target)).containsExactly("上河村", "西村");
        assertThat(candidates(target)).containsExactly(3L, 1L).isEqualTo(List.of(
                candidatesBySql("h.village_code = ? AND h.grade IN ('A', 'B') AND EXISTS (SELECT 1 FROM household r "
                        + "WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)", SHANGHE),
                candidatesBySql("h.village_code = ? AND h.grade IN ('A', 'B') AND EXISTS (SELECT 1 FROM household r "
                        + "WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)", XICUN)));
        assertThat(within(target)).as("3.6 does not fit 3, 1.2 does").containsExactly(false, true);
        assertThat(summary("township=" + PlanningVillages.LONGXING).path("candidates").asLong())
                .as("target households by default").isEqualTo(4);
    }

    // --- where, and the map's filter ---

    @Test
    void theTownshipVillagesBoxOrDrawnAreaOfTheMapReachTheCandidates() {
        String all = "households=all&include_unassessed=true";
        assertThat(total(all + "&township=" + SANQUAN)).isZero();
        assertThat(total(all + "&village=" + SHANGHE + "," + ZHONGHE)).isEqualTo(9)
                .isEqualTo(candidatesBySql("h.village_code IN (?, ?)", SHANGHE, ZHONGHE));
        String drawn = "POLYGON ((111.005 35.515, 111.04 35.515, 111.04 35.535, 111.005 35.535, 111.005 35.515))";
        assertThat(total(all + "&within=" + encoded(drawn))).as("上河's box").isEqualTo(5)
                .isEqualTo(candidatesBySql("ST_Intersects(h.location, ST_GeomFromText(?, 4490))", drawn));
        assertThat(total(all + "&bbox=111.045,35.575,111.055,35.585")).as("下河's house").isEqualTo(1);
        assertThat(total(all + "&township=" + PlanningVillages.LONGXING + "&within=" + encoded(drawn)))
                .as("township and drawn area both hold").isEqualTo(5);
    }

    @Test
    void theMapsFilterOnTheHousesNarrowsTheCandidates() {
        String all = ALL_IN_LONGXING;
        assertThat(total(all + "&structure=STONE")).isEqualTo(4).isEqualTo(candidatesBySql("h.structure = 'STONE'"));
        assertThat(total(all + "&occupancy=VACANT")).isEqualTo(1).isEqualTo(candidatesBySql("h.occupancy = 'VACANT'"));
        assertThat(total(all + "&category=MINIMUM_LIVING")).as("上河's 低保 households; H1 (低保) is D")
                .isEqualTo(3).isEqualTo(candidatesBySql("""
                        EXISTS (SELECT 1 FROM household r JOIN household_category c ON c.household_id = r.id
                                WHERE r.residence_house_id = h.id AND c.category = 'MINIMUM_LIVING')"""));
        assertThat(total(all + "&priority=ELDERLY_ALONE")).as("H5, HH3 lives alone").isEqualTo(1);
        assertThat(total(all + "&target_household=false")).as("上河 2, 中河 4, 下河 1; 西村's two are target households")
                .isEqualTo(7).isEqualTo(candidatesBySql("""
                        NOT EXISTS (SELECT 1 FROM household r
                                    WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)"""));
        assertThat(total(all + "&grade=C,D")).as("C/D houses are for the dangerous-house renovation").isZero();
        assertThat(total(all + "&grade=B")).as("上河 5, 下河 1, H5").isEqualTo(7);
    }

    // --- the ranking file ---

    @Test
    void theRankingFileHasTheRunningTotalAndWhetherEachVillageIsWithinTheBudget() throws Exception {
        List<CSVRecord> rows = csv(api.get("/api/retrofit/candidates/villages.csv?" + ALL_IN_LONGXING + "&budget_wan=10").body());
        assertThat(rows.get(0).values()).containsExactly("\uFEFF排名", "乡镇", "村代码", "行政村", "候选农房", "农房总数",
                "候选占比（%）", "密度（户/平方公里）", "补助估算（万元）", "累计补助（万元）", "是否在预算内", "经度", "纬度");
        List<String> lines = new ArrayList<>();
        for (CSVRecord row : rows.subList(1, rows.size())) {
            lines.add(String.join(" ", row.get(0), row.get(3), row.get(4), row.get(8), row.get(9), row.get(10)));
        }
        assertThat(lines).containsExactly("1 上河村 5 6.00 6.00 是", "2 中河村 4 4.80  否", "3 西村 2 2.40 8.40 是",
                "4 下河村 1 1.20 9.60 是");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                api.getBytes("/api/retrofit/candidates/villages.xlsx?" + ALL_IN_LONGXING + "&budget_wan=10").body()))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(text.formatCellValue(header.getCell(9))).isEqualTo("累计补助（万元）");
            assertThat(text.formatCellValue(header.getCell(10))).isEqualTo("是否在预算内");
            List<String> within = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                within.add(text.formatCellValue(sheet.getRow(r).getCell(3)) + " "
                        + text.formatCellValue(sheet.getRow(r).getCell(10)));
            }
            assertThat(within).containsExactly("上河村 是", "中河村 否", "西村 是", "下河村 是");
        }

        List<CSVRecord> none = csv(api.get("/api/retrofit/candidates/villages.csv?" + ALL_IN_LONGXING).body());
        assertThat(none.get(2).get(9)).as("without a budget: the running total").isEqualTo("10.80");
        assertThat(none.get(2).get(10)).isEmpty();
    }

    @Test
    void theRankingFileInEnglishHasEnglishHeadersAndWords() throws Exception {
        String path = "/api/retrofit/candidates/villages.csv?" + ALL_IN_LONGXING + "&budget_wan=10";
        List<CSVRecord> byLang = csv(api.get(path + "&lang=en").body());
        assertThat(byLang.get(0).values()).containsExactly("\uFEFFRank", "Township", "Village code", "Village",
                "Candidate houses", "Houses", "Share of houses (%)", "Density (houses per km²)",
                "Subsidy estimate (10,000 yuan)", "Cumulative subsidy (10,000 yuan)", "Within budget", "经度", "纬度");
        assertThat(byLang.get(1).get(10)).isEqualTo("yes");
        assertThat(byLang.get(2).get(10)).isEqualTo("no");
        List<CSVRecord> byHeader = csv(new org.anju.testsupport.Api(port).inEnglish().get(path).body());
        assertThat(byHeader.get(0).get(0)).as("Accept-Language: en").isEqualTo("\uFEFFRank");
        assertThat(csv(new org.anju.testsupport.Api(port).inEnglish().get(path + "&lang=zh-CN").body()).get(0).get(0))
                .as("lang= before Accept-Language: the page's language").isEqualTo("\uFEFF排名");
        assertThat(api.get(path + "&lang=fr").status()).isEqualTo(400);
    }

    // --- the choices, and what is refused ---

    @Test
    void thePresetsThePanelOffers() {
        JsonNode c = api.get("/api/retrofit/presets").json();
        assertThat(c.path("default_preset").asString()).isEqualTo("liaocheng");
        assertThat(c.path("min_intensity").asInt()).isEqualTo(7);
        assertThat(c.path("target_only").asBoolean()).isTrue();
        List<String> presets = new ArrayList<>();
        c.path("presets").forEach(p -> presets.add(p.path("name").asString() + " " + p.path("per_house_yuan").asInt()));
        assertThat(presets).containsExactly("liaocheng 12000", "hunan-repair 10000");
    }

    @Test
    void aBudgetMustBeANumberOfWanFromZero() {
        for (String bad : List.of("-1", "abc", "1e9")) {
            Response r = api.get("/api/retrofit/candidates?budget_wan=" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().path("errors").get(0).path("field").asString()).isEqualTo("budget_wan");
        }
        assertThat(api.get("/api/retrofit/candidates?budget_wan=0").json().path("plan").path("villages").asInt()).isZero();
        assertThat(api.get("/api/retrofit/candidates?grade=E").status()).isEqualTo(400);
    }

    /**
     * The rule of BudgetFit written out again: in ranking order, a village is taken when its cost is
     * at most what is left; one that is not is skipped and the next ones are still tried.
     */
    static List<Boolean> fitByHand(List<Long> costsYuan, long budgetYuan) {
        List<Boolean> within = new ArrayList<>();
        long left = budgetYuan;
        for (long cost : costsYuan) {
            within.add(cost <= left);
            if (cost <= left) {
                left -= cost;
            }
        }
        return within;
    }

    /**
     * Candidates with all households and unassessed houses, counted independently of Anju's SQL:
     * houses not C/D and not demolished, in a ≥ 7° zone, matching one of the default rules, in
     * 龙兴镇, where {@code condition} (on {@code house h}) holds.
     */
    long candidatesBySql(String condition, Object... args) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM house h
                WHERE h.occupancy <> 'DEMOLISHED' AND h.grade IN ('A', 'B', 'UNASSESSED')
                  AND h.village_code BETWEEN '140825100001' AND '140825100999'
                  AND EXISTS (SELECT 1 FROM seismic_zone z WHERE z.intensity >= 7 AND ST_Intersects(z.area, h.location))
                  AND (h.structure IN ('EARTH_WOOD', 'STONE', 'CAVE')
                       OR (h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE') AND h.seismic_measures = 'NO')
                       OR (h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE', 'OTHER') AND h.seismic_measures = 'UNKNOWN'
                           AND (h.year_built IS NULL OR h.year_built < 2009))
                       OR (h.structure = 'BRICK_WOOD' AND h.storeys >= 3))
                  AND\s""" + condition, Long.class, args);
    }

    private JsonNode summary(String query) {
        Response r = api.get("/api/retrofit/candidates?" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private long total(String query) {
        return summary(query).path("candidates").asLong();
    }

    private static List<String> names(JsonNode s) {
        List<String> names = new ArrayList<>();
        s.path("villages").forEach(v -> names.add(v.path("name").asString()));
        return names;
    }

    private static List<Long> candidates(JsonNode s) {
        List<Long> n = new ArrayList<>();
        s.path("villages").forEach(v -> n.add(v.path("candidates").asLong()));
        return n;
    }

    private static List<Long> costsYuan(JsonNode s) {
        List<Long> costs = new ArrayList<>();
        s.path("villages").forEach(v -> costs.add(v.path("budget_yuan").decimalValue().longValueExact()));
        return costs;
    }

    private static List<Boolean> within(JsonNode s) {
        List<Boolean> within = new ArrayList<>();
        s.path("villages").forEach(v -> within.add(v.path("within_budget").isNull() ? null : v.path("within_budget").asBoolean()));
        return within;
    }

    private static List<String> cumulativeWan(JsonNode s) {
        List<String> sums = new ArrayList<>();
        s.path("villages").forEach(v -> sums.add(v.path("cumulative_wan").isNull() ? null
                : v.path("cumulative_wan").decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString()));
        return sums;
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(body)).getRecords();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
