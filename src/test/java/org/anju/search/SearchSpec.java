package org.anju.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
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
        assertThat(hits.get(0).path("detail").asString()).isEqualTo("东村");
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
}
