package org.anju.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The map's search box on the fixture county, on both databases. */
abstract class SearchSpec extends ApiSpec {

    static List<String> kindsAndLabels(JsonNode hits) {
        List<String> found = new ArrayList<>();
        hits.forEach(h -> found.add(h.path("kind").asString() + ":" + h.path("label").asString()));
        return found;
    }

    @Test
    void aHouseIsFoundByTheStartOfItsCodeWithItsLocation() {
        JsonNode hits = api.get("/api/search?q=140825-h1").json();   // any case

        assertThat(kindsAndLabels(hits)).containsExactly("house:140825-H1", "house:140825-H10");
        assertThat(hits.get(0).path("lon").asDouble()).isEqualTo(111.05);
        assertThat(hits.get(0).path("lat").asDouble()).isEqualTo(35.55);
        assertThat(hits.get(0).path("detail").asString()).isEqualTo("东村 · 龙兴镇");
        assertThat(hits.get(0).path("match").asString()).isEqualTo("EXACT");
    }

    @Test
    void aHouseholdIsFoundByItsHeadsNameWithTheHouseItLivesIn() {
        JsonNode hits = api.get("/api/search?q=" + java.net.URLEncoder.encode("建国", java.nio.charset.StandardCharsets.UTF_8)).json();

        assertThat(kindsAndLabels(hits)).containsExactly("household:王建国");
        assertThat(hits.get(0).path("house_code").asString()).isEqualTo("140825-H1");
        assertThat(hits.get(0).has("id_number")).isFalse();
    }

    @Test
    void aVillageIsFoundByNameWithItsExtent() {
        JsonNode hits = api.get("/api/search?q=" + java.net.URLEncoder.encode("南村", java.nio.charset.StandardCharsets.UTF_8)).json();

        assertThat(kindsAndLabels(hits)).containsExactly("VILLAGE:南村");
        assertThat(hits.get(0).path("detail").asString()).isEqualTo("三泉镇");
        assertThat(hits.get(0).path("bbox").size()).isEqualTo(4);
    }

    @Test
    void wildcardsInTheTextAreTakenLiterally() {
        assertThat(api.get("/api/search?q=%25").json().size()).isZero();
        assertThat(api.get("/api/search?q=_").json().size()).isZero();
    }

    @Test
    void anEmptyOrOverlongTextIsRefused() {
        Response empty = api.get("/api/search?q=");
        Response tooLong = api.get("/api/search?q=" + "x".repeat(51));

        assertThat(empty.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("q");
    }

    // --- issue 16: exact first, hits told apart, house codes by their tail ---

    static final String ANLE = "140825100203";
    static final String HOU_ANLE = "140825100204";
    static final String SANQUAN_WANGPENG = "140825101202";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheVillagesOfIssue16() {
        jdbc.update("DELETE FROM household WHERE code LIKE 'T16-%'");
        jdbc.update("DELETE FROM house WHERE code LIKE 'T16-%'");
        jdbc.update("DELETE FROM admin_area WHERE code IN (?, ?, ?)", ANLE, HOU_ANLE, SANQUAN_WANGPENG);
    }

    /** 后安乐村 (sorts before 安乐村 by code) and 安乐村 in 龙兴镇, 城关村 in 三泉镇; a 王鹏 in each. */
    void villagesOfIssue16() {
        jdbc.update("INSERT INTO admin_area (code, name, level, parent_code) VALUES (?, '后安乐村', 'VILLAGE', '140825100000')", ANLE);
        jdbc.update("INSERT INTO admin_area (code, name, level, parent_code) VALUES (?, '安乐村', 'VILLAGE', '140825100000')", HOU_ANLE);
        jdbc.update("INSERT INTO admin_area (code, name, level, parent_code) VALUES (?, '城关村', 'VILLAGE', '140825101000')", SANQUAN_WANGPENG);
        int n = 0;
        for (String village : List.of(ANLE, HOU_ANLE, SANQUAN_WANGPENG)) {
            n++;
            jdbc.update("INSERT INTO house (code, village_code, location, occupancy) VALUES (?, ?, ST_GeomFromText(?, 4490), 'OCCUPIED')",
                    "T16-" + village + "-00" + n + "9", village, "POINT(111.0" + n + " 35.5" + n + ")");
            jdbc.update("INSERT INTO household (code, head_name, members, village_code, residence_house_id) "
                    + "VALUES (?, '王鹏', 2, ?, (SELECT id FROM house WHERE code = ?))",
                    "T16-HH" + village + "-" + (7000 + n), village, "T16-" + village + "-00" + n + "9");
        }
        jdbc.update("INSERT INTO household (code, head_name, members, village_code) VALUES ('T16-HH-9999', '王鹏飞', 1, ?)", ANLE);
    }

    static String q(String text) {
        return "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theExactNameComesBeforeNamesThatOnlyContainIt() {
        villagesOfIssue16();

        JsonNode hits = api.get(q("安乐村")).json();

        assertThat(kindsAndLabels(hits)).containsExactly("VILLAGE:安乐村", "VILLAGE:后安乐村");
        assertThat(hits.get(0).path("match").asString()).isEqualTo("EXACT");
        assertThat(hits.get(1).path("match").asString()).isEqualTo("CONTAINS");
        assertThat(hits.get(0).path("township").asString()).isEqualTo("龙兴镇");
    }

    @Test
    void householdsWithTheSameHeadAreToldApartByVillageTownshipAndCodeTail() {
        villagesOfIssue16();

        JsonNode hits = api.get(q("王鹏")).json();

        List<String> details = new ArrayList<>();
        hits.forEach(h -> details.add(h.path("detail").asString()));
        assertThat(kindsAndLabels(hits)).containsExactly("household:王鹏", "household:王鹏", "household:王鹏",
                "household:王鹏飞");
        assertThat(details).doesNotHaveDuplicates();
        assertThat(details.get(0)).isEqualTo("后安乐村 · 龙兴镇 · 户号 …7001 · 住房 T16-140825100203-0019");
        assertThat(details.get(2)).startsWith("城关村 · 三泉镇 · 户号 …7003");
        assertThat(hits.get(0).path("code_tail").asString()).isEqualTo("…7001");
        assertThat(hits.get(3).path("match").asString()).isEqualTo("PREFIX");
    }

    @Test
    void theLineThatTellsHitsApartIsInTheRequestsLanguage() {
        villagesOfIssue16();

        JsonNode hits = api.inEnglish().get(q("王鹏")).json();

        assertThat(hits.get(0).path("detail").asString())
                .isEqualTo("后安乐村 · 龙兴镇 · household no. …7001 · lives in T16-140825100203-0019");
    }

    @Test
    void aHouseIsFoundByTheTailOfItsCode() {
        villagesOfIssue16();

        JsonNode hits = api.get(q("0029")).json();
        JsonNode fixture = api.get(q("H10")).json();

        assertThat(kindsAndLabels(hits)).containsExactly("house:T16-140825100204-0029");
        assertThat(hits.get(0).path("match").asString()).isEqualTo("TAIL");
        assertThat(hits.get(0).path("detail").asString()).isEqualTo("安乐村 · 龙兴镇");
        assertThat(kindsAndLabels(fixture)).containsExactly("house:140825-H10");
    }

    @Test
    void anExactHouseCodeComesBeforeLongerCodesStartingWithIt() {
        JsonNode hits = api.get(q("140825-H1")).json();

        assertThat(hits.get(0).path("match").asString()).isEqualTo("EXACT");
        assertThat(hits.get(1).path("match").asString()).isEqualTo("PREFIX");
    }

    @Test
    void theTailOfACodeIsFoundThroughAnIndex() {
        String plan = plan(SearchSql.HOUSES_BY_TAIL.formatted("TRUE").replace(":codeTail", "'9100%'").replace(":limit", "10"));

        assertThat(plan).containsIgnoringCase("house_code_reversed");
    }

    /** The database's plan for a statement: each subclass knows how to ask for it. */
    abstract String plan(String sql);
}
