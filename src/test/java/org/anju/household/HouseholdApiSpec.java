package org.anju.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.RacingWriters;
import org.anju.testsupport.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The household API on the fixture county, against both databases. */
abstract class HouseholdApiSpec extends ApiSpec {

    static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(i -> codes.add(i.path("code").asString()));
        return codes;
    }

    static String household(String code, String idNumber, String extra) {
        return """
                {"code": "%s", "head_name": "测试户", "id_number": "%s", "phone": "13912345678", "members": 2,
                 "village_code": "140825101201", "categories": ["农村低保户", "SEVERE_HARDSHIP"]%s}
                """.formatted(code, idNumber, extra);
    }

    @Test
    void builtNewButStillLivesInTheOldDangerousHouse() {
        JsonNode page = api.get("/api/households?lives_in_dangerous_house=true&owns_safe_house=true").json();

        assertThat(codes(page)).containsExactly("140825-HH1");
        JsonNode hh1 = page.path("items").get(0);
        assertThat(hh1.path("residence_house").asString()).isEqualTo("140825-H1");
        assertThat(hh1.path("residence_grade").asString()).isEqualTo("D");
        assertThat(hh1.path("owned_houses").toString()).isEqualTo("[\"140825-H1\",\"140825-H2\"]");
    }

    @Test
    void householdsLivingInDangerousHouses() {
        assertThat(codes(api.get("/api/households?lives_in_dangerous_house=true").json()))
                .containsExactly("140825-HH1", "140825-HH2", "140825-HH5", "140825-HH7");
    }

    @Test
    void householdsWithoutAnyHouse() {
        assertThat(codes(api.get("/api/households?without_house=true").json())).containsExactly("140825-HH8");
    }

    @Test
    void primaryCategoryFollowsTheReportFormPriorityOrder() {
        JsonNode hh1 = api.get("/api/households/140825-HH1").json();
        assertThat(hh1.path("primary_category").asString()).isEqualTo("MONITORED");
        assertThat(hh1.path("categories").toString()).isEqualTo("[\"MONITORED\",\"MINIMUM_LIVING\"]");
        JsonNode hh5 = api.get("/api/households/140825-HH5").json();
        assertThat(hh5.path("primary_category").asString()).isEqualTo("POVERTY_ALLEVIATED");

        assertThat(codes(api.get("/api/households?primary_category=MINIMUM_LIVING").json())).containsExactly("140825-HH8");
        assertThat(codes(api.get("/api/households?category=MINIMUM_LIVING").json()))
                .containsExactly("140825-HH1", "140825-HH8");
    }

    @Test
    void personalDataIsMaskedInListsAndDetails() {
        String list = api.get("/api/households?limit=100").body();
        String one = api.get("/api/households/140825-HH7").body();

        assertThat(list).doesNotContain("140825196001011000").doesNotContain("13800000001");
        assertThat(one).contains("1408**********106X").contains("138****0007").doesNotContain("14082519600101106X");
    }

    @Test
    void villageAndTownshipFiltersAndPaging() {
        JsonNode page = api.get("/api/households?township=140825101000&limit=2").json();
        assertThat(page.path("number_matched").asInt()).isEqualTo(4);
        assertThat(codes(page)).containsExactly("140825-HH5", "140825-HH6");
        assertThat(codes(api.get("/api/households?village=140825100202").json()))
                .containsExactly("140825-HH2", "140825-HH3", "140825-HH4");
    }

    /** Ten officers save the same household at the same version at once: one wins, nine are told. */
    @Test
    void tenRacingEditsAtOneVersionGiveExactlyOneSuccessAndNineConflicts() throws Exception {
        assertThat(api.post("/api/households", household("T-HH-RACE", "11010519491231002X", "")).status()).isEqualTo(201);
        try {
            for (int round = 0; round < 3; round++) {
                int version = round;
                List<Response> answers = RacingWriters.atOnce(10, w -> api.put("/api/households/T-HH-RACE",
                        household("T-HH-RACE", "11010519491231002X", ", \"version\": " + version)
                            .replace("测试户", "测试户" + version + "-" + w)));
                List<Response> won = answers.stream().filter(r -> r.status() == 200).toList();
                assertThat(won).as("round %d: %s", round, answers).hasSize(1);
                assertThat(answers.stream().filter(r -> r.status() == 409)).as("round %d", round).hasSize(9);
                JsonNode stored = api.get("/api/households/T-HH-RACE").json();
                assertThat(stored.path("version").asInt()).isEqualTo(version + 1);
                assertThat(stored.path("head_name").asString()).isEqualTo(won.get(0).json().path("head_name").asString());
            }
        } finally {
            api.delete("/api/households/T-HH-RACE?version=3");
        }
    }

    @Test
    void createUpdateDeleteWithOptimisticLocking() {
        Response created = api.post("/api/households", household("T-HH-1", "11010519491231002X", ""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("primary_category").asString()).isEqualTo("MINIMUM_LIVING");
        assertThat(created.json().path("id_number").asString()).isEqualTo("1101**********002X");

        String change = household("T-HH-1", "11010519491231002X", ", \"version\": 0, \"residence_house\": \"140825-H8\"");
        Response updated = api.put("/api/households/T-HH-1", change);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("residence_house").asString()).isEqualTo("140825-H8");
        assertThat(api.put("/api/households/T-HH-1", change).status()).isEqualTo(409);

        assertThat(api.delete("/api/households/T-HH-1?version=0").status()).isEqualTo(409);
        assertThat(api.delete("/api/households/T-HH-1?version=1").status()).isEqualTo(204);
        assertThat(api.get("/api/households/T-HH-1").status()).isEqualTo(404);
    }

    @Test
    void idNumberChecksumCategoryAndVillageAreChecked() {
        Response response = api.post("/api/households", household("T-HH-2", "110105194912310021", "")
                .replace("SEVERE_HARDSHIP", "贫困户X").replace("140825101201", "140825101999"));

        assertThat(response.status()).isEqualTo(422);
        List<String> messages = new ArrayList<>();
        response.json().path("errors").forEach(e -> messages.add(e.path("field").asString() + ": " + e.path("message").asString()));
        assertThat(messages).anyMatch(m -> m.equals("id_number: 身份证号校验位错误"))
                .anyMatch(m -> m.startsWith("categories: 取值无效"));

        Response village = api.post("/api/households", household("T-HH-2", "11010519491231002X", "")
                .replace("140825101201", "140825101999"));
        assertThat(village.status()).isEqualTo(422);
        assertThat(village.json().path("errors").get(0).path("message").asString()).isEqualTo("该行政村代码不存在");
        assertThat(api.get("/api/households/T-HH-2").status()).isEqualTo(404);
    }

    @Test
    void duplicateHouseholdCodeIsAConflict() {
        assertThat(api.post("/api/households", household("140825-HH1", "11010519491231002X", "")).status())
                .isEqualTo(409);
    }
}
