package org.anju.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 农房抗震改造试点 on the fixture county: 8° below latitude 35.65, 7° above. Not-dangerous houses:
 * H2 (A, brick-concrete with ring beams), H5 (B, brick-concrete 1998 without ring beams, HH3 特困),
 * H8 (A, frame), H9 (demolished); H6 is an unassessed cave dwelling (HH4 低保边缘) in the 7° zone.
 */
abstract class RetrofitSpec extends ApiSpec {

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
        assertThat(budget.path("source").asString()).contains("seed 004");
        assertThat(api.get("/api/retrofit/candidates?preset=nowhere").status()).isEqualTo(400);
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

    private long candidates(String query) {
        return api.get("/api/retrofit/candidates?" + query).json().path("candidates").asLong();
    }
}
