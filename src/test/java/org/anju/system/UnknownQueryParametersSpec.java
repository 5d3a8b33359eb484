package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * A misspelt query parameter is refused with 400 naming it, on every list, download, tile and OGC API
 * endpoint, while the correctly spelt one is answered (docs/API.md "Unknown query parameters"); and
 * the OpenAPI document lists exactly the parameters each GET endpoint accepts.
 */
abstract class UnknownQueryParametersSpec extends ApiSpec {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    /** Path (with the query it needs anyway), the parameter, a value that is answered with 200. */
    static Stream<Arguments> endpoints() {
        String month = java.time.YearMonth.now().toString();
        return Stream.of(
                Arguments.of("/api/houses", "grade", "D"),
                Arguments.of("/api/houses", "village", "140825100201"),
                Arguments.of("/api/houses/statistics", "township", "140825100000"),
                Arguments.of("/api/houses.csv", "grade", "D"),
                Arguments.of("/api/houses.xlsx", "village", "140825100201"),
                Arguments.of("/api/households", "village", "140825100201"),
                Arguments.of("/api/households.csv", "township", "140825100000"),
                Arguments.of("/api/cases", "state", "DISCOVERED"),
                Arguments.of("/api/cases/geojson", "township", "140825100000"),
                Arguments.of("/api/cases/deadlines", "limit", "1"),
                Arguments.of("/api/cases/map", "limit", "10"),
                Arguments.of("/api/cases/summary", "township", "140825100000"),
                Arguments.of("/api/audit", "limit", "5"),
                Arguments.of("/api/areas", "level", "VILLAGE"),
                Arguments.of("/api/areas.csv", "level", "TOWNSHIP"),
                Arguments.of("/api/seismic-zones", "min_intensity", "7"),
                Arguments.of("/api/disasters", "type", "FLOOD"),
                Arguments.of("/api/disasters.geojson", "type", "FLOOD"),
                Arguments.of("/api/disasters/{flood}/affected", "buffer", "10"),
                Arguments.of("/api/disasters/{flood}/affected/targets.csv", "buffer", "10"),
                Arguments.of("/api/disasters/{flood}/affected/villages.xlsx", "sheet_per_township", "true"),
                Arguments.of("/api/search", "q", "东村"),
                Arguments.of("/api/living-in-danger", "township", "140825100000"),
                Arguments.of("/api/living-in-danger/targets.csv", "village", "140825100201"),
                Arguments.of("/api/retrofit/candidates", "include_unassessed", "true"),
                Arguments.of("/api/retrofit/candidates/targets.csv", "township", "140825100000"),
                Arguments.of("/api/retrofit/candidates/villages.csv", "include_unassessed", "true"),
                Arguments.of("/api/retrofit/comparison?b.township=140825101000", "a.township", "140825100000"),
                Arguments.of("/api/reports/monthly?county=140825000000", "month", month),
                Arguments.of("/api/reports/monthly.csv?county=140825000000", "month", month),
                Arguments.of("/ogcapi/collections/houses/items", "limit", "2"),
                Arguments.of("/ogcapi/collections/houses/items", "grade", "D"),
                Arguments.of("/ogcapi/collections/houses/items/140825-H1", "crs", "http://www.opengis.net/def/crs/EPSG/0/4490"),
                Arguments.of("/tiles/houses/12/3311/1614.mvt", "grade", "D"));
    }

    @ParameterizedTest(name = "{0} ?{1}")
    @MethodSource("endpoints")
    void aMisspeltParameterIsRefusedNamingItAndTheRightOneIsAnswered(String path, String name, String value) {
        path = path.replace("{flood}", String.valueOf(floodId()));
        String and = path.contains("?") ? "&" : "?";
        Response right = api.get(path + and + name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(right.status()).as(path + " " + right).isEqualTo(200);

        String misspelt = misspelt(name);
        Response wrong = api.get(path + and + misspelt + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(wrong.status()).as(path + " " + wrong).isEqualTo(400);
        assertThat(wrong.contentType()).contains("application/problem+json");
        JsonNode error = wrong.json().path("errors").get(0);
        assertThat(wrong.json().path("errors")).as(wrong.toString()).hasSize(1);
        assertThat(error.path("field").asString()).isEqualTo(misspelt);
        assertThat(error.path("message").asString()).as(wrong.toString())
                .startsWith("未知的查询参数“" + misspelt + "”").contains("可用参数：").contains(name);
    }

    @Test
    void theMessageIsInEnglishWhenAsked() {
        Response wrong = api.inEnglish().get("/api/households?vilage=140825100201");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("errors").get(0).path("message").asString())
                .isEqualTo("Unknown query parameter \"vilage\" (check the spelling); accepted: category, limit, "
                        + "lives_in_dangerous_house, offset, owns_safe_house, primary_category, township, village, "
                        + "without_house");
    }

    @Test
    void anEndpointWithoutParametersSaysSo() {
        Response wrong = api.get("/api/accounts?limit=1");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("errors").get(0).path("field").asString()).isEqualTo("limit");
        assertThat(wrong.json().path("errors").get(0).path("message").asString()).isEqualTo("此地址不接受查询参数");
    }

    /**
     * Not hand-picked: every GET operation of /api, /tiles and /ogcapi in the OpenAPI document, with a
     * parameter no endpoint has, answers 400 naming it (a new endpoint is checked by the next run).
     */
    @Test
    void everyGetEndpointOfTheDocumentRefusesAnUnknownParameter() {
        JsonNode document = api.get("/v3/api-docs").json();
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        document.path("paths").properties().forEach(path -> {
            if (path.getValue().path("get").isMissingNode() || !checked(path.getKey())) {
                return;
            }
            String wire = BadInputSpec.expand(path.getKey(), null, null) + "?no_such_parameter=1";
            checked.add(path.getKey());
            Response answer = api.get(wire);
            if (answer.status() != 400 || !answer.body().contains("\"field\":\"no_such_parameter\"")) {
                failures.add(wire + " → " + answer.status() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        });
        assertThat(checked).hasSizeGreaterThan(50).contains("/api/houses", "/api/cases/{id}/documents/{documentId}",
                "/ogcapi/collections/{collectionId}/items", "/tiles/houses/{z}/{x}/{y}.mvt", "/api/imports/jobs");
        assertThat(failures).as(checked.size() + " endpoints").isEmpty();
    }

    /** For each GET endpoint, the query parameters in /v3/api-docs are exactly those it accepts. */
    @Test
    void theOpenApiDocumentListsExactlyTheAcceptedParameters() {
        JsonNode document = api.get("/v3/api-docs").json();
        Map<String, SortedSet<String>> documented = new TreeMap<>();
        document.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            if (!get.isMissingNode() && checked(path.getKey())) {
                SortedSet<String> names = new TreeSet<>();
                get.path("parameters").forEach(p -> {
                    if (p.path("in").asString().equals("query")) {
                        names.add(p.path("name").asString());
                    }
                });
                documented.put(path.getKey(), names);
            }
        });
        Map<String, SortedSet<String>> accepted = new TreeMap<>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().stream().noneMatch(m -> m.name().equals("GET"))) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (checked(pattern) && documented.containsKey(pattern)) {
                    accepted.put(pattern, UnknownQueryParameters.of(method).names());
                }
            }
        });
        assertThat(accepted).hasSizeGreaterThan(50);
        accepted.forEach((path, names) -> assertThat(documented.get(path)).as(path).isEqualTo(names));
    }

    private static boolean checked(String path) {
        return path.startsWith("/api/") || path.startsWith("/tiles/") || path.startsWith("/ogcapi");
    }

    /** The name with its second letter dropped ({@code village} → {@code vllage}), or with one added. */
    static String misspelt(String name) {
        return name.length() > 2 ? name.charAt(0) + name.substring(2) : name + "x";
    }

    private long floodId() {
        for (JsonNode disaster : api.get("/api/disaster-events").json()) {
            if ("FLOOD-TEST-1".equals(disaster.path("code").asString())) {
                return disaster.path("id").asLong();
            }
        }
        throw new AssertionError("the fixture county has a flood");
    }
}
