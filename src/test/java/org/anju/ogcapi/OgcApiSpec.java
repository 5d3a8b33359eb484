package org.anju.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Features over real HTTP on the fixture county (src/test/resources/fixture-county), run
 * on both databases ({@link OgcApiOnH2GisTest}, {@link OgcApiOnPostgisTest}).
 */
abstract class OgcApiSpec extends ApiSpec {

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static List<String> ids(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.path("features").forEach(f -> ids.add(f.path("id").asString()));
        return ids;
    }

    Response items(String collection, String query) {
        return api.get("/ogcapi/collections/" + collection + "/items" + (query.isEmpty() ? "" : "?" + query));
    }

    @Test
    void theLandingPageLinksTheOpenApiDefinitionConformanceAndCollections() {
        JsonNode landing = api.get("/ogcapi").json();

        List<String> rels = new ArrayList<>();
        landing.path("links").forEach(l -> rels.add(l.path("rel").asString()));
        assertThat(rels).contains("self", "service-desc", "conformance", "data");
        JsonNode conformance = api.get("/ogcapi/conformance").json();
        assertThat(conformance.path("conformsTo").toString())
                .contains("ogcapi-features-1/1.0/conf/core", "conf/geojson", "ogcapi-features-3/1.0/conf/filter",
                        "cql2/1.0/conf/cql2-text", "ogcapi-features-2/1.0/conf/crs");
        Response openApi = api.get("/ogcapi/api");
        assertThat(openApi.contentType()).startsWith("application/vnd.oai.openapi+json");
        assertThat(openApi.json().path("paths").path("/collections/houses/items").toString()).contains("cql-text", "\"grade\"");
    }

    @Test
    void theCollectionsAreTheSixLayersWithTheCountyExtentAndBothCrs() {
        JsonNode collections = api.get("/ogcapi/collections").json().path("collections");

        List<String> ids = new ArrayList<>();
        collections.forEach(c -> ids.add(c.path("id").asString()));
        assertThat(ids).containsExactly("houses", "households", "townships", "villages", "seismic-zones", "disasters");
        JsonNode houses = collections.get(0);
        JsonNode bbox = houses.path("extent").path("spatial").path("bbox").get(0);
        assertThat(bbox.get(0).asDouble()).isEqualTo(111.0);
        assertThat(bbox.get(3).asDouble()).isEqualTo(35.7);
        assertThat(houses.path("crs").toString()).contains("OGC/1.3/CRS84", "EPSG/0/4490");
        JsonNode disasters = api.get("/ogcapi/collections/disasters").json();
        assertThat(disasters.path("extent").path("temporal").path("interval").get(0).toString())
                .isEqualTo("[\"2021-10-03\",\"2021-10-12\"]");
        assertThat(api.get("/ogcapi/collections/nothing").status()).isEqualTo(404);
    }

    @Test
    void housesArePagedWithNumbersAndNextPrevLinks() {
        Response first = items("houses", "limit=4");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/geo+json");
        JsonNode page = first.json();
        assertThat(page.path("numberMatched").asInt()).isEqualTo(10);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(4);
        assertThat(page.path("timeStamp").asString()).endsWith("Z");
        assertThat(ids(page)).containsExactly("140825-H1", "140825-H10", "140825-H2", "140825-H3");
        String next = link(page, "next");
        assertThat(next).contains("offset=4");
        JsonNode second = api.get(next.substring(next.indexOf("/ogcapi"))).json();
        assertThat(ids(second)).containsExactly("140825-H4", "140825-H5", "140825-H6", "140825-H7");
        assertThat(link(second, "prev")).contains("offset=0");
    }

    static String link(JsonNode page, String rel) {
        for (JsonNode link : page.path("links")) {
            if (link.path("rel").asString().equals(rel)) {
                return link.path("href").asString();
            }
        }
        return null;
    }

    @Test
    void aHouseFeatureHasTheSamePropertiesAsApiHouses() {
        JsonNode h1 = items("houses", "limit=1").json().path("features").get(0);

        assertThat(h1.path("geometry").path("coordinates").toString()).isEqualTo("[111.05,35.55]");
        JsonNode p = h1.path("properties");
        assertThat(p.path("village_name").asString()).isEqualTo("东村");
        assertThat(p.path("grade").asString()).isEqualTo("D");
        assertThat(p.path("assessed_on").asString()).isEqualTo("2022-05-10");
        assertThat(p.path("resident_category").asString()).isEqualTo("MONITORED");
        assertThat(p.path("residents").asInt()).isEqualTo(3);
        JsonNode one = api.get("/ogcapi/collections/houses/items/140825-H1").json();
        assertThat(one.path("properties")).isEqualTo(p);
        assertThat(one.path("links").toString()).contains("\"collection\"");
        assertThat(api.get("/ogcapi/collections/houses/items/NOPE").status()).isEqualTo(404);
    }

    @Test
    void bboxSelectsTheHousesInsideIt() {
        assertThat(ids(items("houses", "bbox=111.0,35.5,111.1,35.6").json()))
                .containsExactly("140825-H1", "140825-H2", "140825-H3");
    }

    @Test
    void aBboxInEpsg4490IsLatitudeFirstAndSoAreTheAnswersCoordinates() {
        JsonNode page = items("houses", "bbox=35.5,111.0,35.6,111.1&bbox-crs=" + q("http://www.opengis.net/def/crs/EPSG/0/4490")
                + "&crs=" + q("http://www.opengis.net/def/crs/EPSG/0/4490")).json();

        assertThat(ids(page)).containsExactly("140825-H1", "140825-H2", "140825-H3");
        assertThat(page.path("features").get(0).path("geometry").path("coordinates").toString()).isEqualTo("[35.55,111.05]");
    }

    @Test
    void aCql2FilterSelectsOccupiedDangerousHouses() {
        JsonNode page = items("houses", "filter=" + q("grade IN ('C','D') AND occupancy = 'OCCUPIED'")
                + "&filter-lang=cql2-text").json();

        assertThat(ids(page)).containsExactly("140825-H1", "140825-H10", "140825-H4");
        assertThat(page.path("numberMatched").asInt()).isEqualTo(3);
    }

    @Test
    void cql2SpatialDateLikeBetweenAndNullPredicatesRunInTheDatabase() {
        assertThat(ids(items("houses", "filter=" + q("S_INTERSECTS(geometry, POLYGON((111.0 35.5, 111.1 35.5, 111.1 35.6, 111.0 35.6, 111.0 35.5)))")).json()))
                .containsExactly("140825-H1", "140825-H2", "140825-H3");
        assertThat(ids(items("houses", "filter=" + q("assessed_on >= DATE('2022-06-01') AND grade <> 'B'")).json()))
                .containsExactly("140825-H10", "140825-H2", "140825-H7", "140825-H8");
        assertThat(ids(items("houses", "filter=" + q("village_name LIKE '南%' AND storeys BETWEEN 1 AND 2 AND NOT grade = 'A'")).json()))
                .containsExactly("140825-H10", "140825-H7", "140825-H9");
        assertThat(ids(items("houses", "filter=" + q("assessed_on IS NULL")).json())).containsExactly("140825-H6");
    }

    @Test
    void queryablesAreQueryParametersToo() {
        assertThat(ids(items("houses", "occupancy=SEASONAL").json())).containsExactly("140825-H7");
        assertThat(ids(items("houses", "grade=C,D&village=140825101201").json())).containsExactly("140825-H10", "140825-H7");
    }

    @Test
    void datetimeSelectsHousesByAssessmentDateAndDisastersByEventTime() {
        assertThat(ids(items("houses", "datetime=2022-05-12").json())).containsExactly("140825-H4", "140825-H5");
        assertThat(ids(items("houses", "datetime=" + q("../2021-12-31")).json())).containsExactly("140825-H9");
        assertThat(items("disasters", "datetime=" + q("2021-10-10/..")).json().path("numberMatched").asInt()).isEqualTo(2);
        assertThat(items("disasters", "datetime=2021-10-13").json().path("numberMatched").asInt()).isEqualTo(0);
        assertThat(items("seismic-zones", "datetime=2021-10-13").status()).isEqualTo(400);
    }

    @Test
    void householdsShowMaskedPersonalDataAtTheirResidence() {
        JsonNode hh1 = api.get("/ogcapi/collections/households/items/140825-HH1").json();

        assertThat(hh1.path("geometry").path("coordinates").toString()).isEqualTo("[111.05,35.55]");
        JsonNode p = hh1.path("properties");
        assertThat(p.path("id_number").asString()).isEqualTo("1408**********1000");
        assertThat(p.path("phone").asString()).isEqualTo("138****0001");
        assertThat(p.path("categories").toString()).contains("MONITORED", "MINIMUM_LIVING");
        JsonNode homeless = api.get("/ogcapi/collections/households/items/140825-HH8").json();
        assertThat(homeless.path("geometry").isNull()).isTrue();
        assertThat(api.get("/ogcapi/collections/households/queryables").json().path("properties").has("id_number")).isFalse();
    }

    @Test
    void personalDataCannotBeProbedWithAFilter() {
        Response response = items("households", "filter=" + q("id_number LIKE '1408%'"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("id_number");
    }

    @Test
    void areaSeismicAndDisasterLayersAreMultipolygons() {
        JsonNode villages = items("villages", "").json();
        assertThat(villages.path("numberMatched").asInt()).isEqualTo(3);
        assertThat(villages.path("features").get(0).path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
        assertThat(items("townships", "").json().path("numberMatched").asInt()).isEqualTo(2);
        assertThat(items("seismic-zones", "filter=" + q("intensity >= 8")).json().path("numberMatched").asInt()).isEqualTo(1);
        assertThat(items("disasters", "filter=" + q("severity_rank = 2")).json().path("features").get(0)
                .path("properties").path("severity").asString()).isEqualTo("水深>1.5m");
    }

    @Test
    void anInjectionAttemptIsABadRequestAndNothingIsExecuted() {
        Response response = items("houses", "filter=" + q("grade='C'; DROP TABLE house--"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("filter");
        Response quoted = items("houses", "filter=" + q("grade = 'C'' OR ''1''=''1'"));
        assertThat(quoted.status()).isEqualTo(200);
        assertThat(quoted.json().path("numberMatched").asInt()).isEqualTo(0);
        assertThat(api.get("/api/houses").json().path("numberMatched").asInt()).isEqualTo(10);
    }

    @Test
    void propertiesOutsideTheQueryablesAreRefusedByName() {
        Response response = api.inEnglish().get("/ogcapi/collections/houses/items?filter=" + q("secret_column = 1"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .contains("\"secret_column\" is not queryable").contains("grade");
    }

    @Test
    void unsupportedConstructsAreNamed() {
        Response function = api.inEnglish().get("/ogcapi/collections/houses/items?filter=" + q("strToLowerCase(grade) = 'c'"));
        assertThat(function.status()).isEqualTo(400);
        assertThat(function.body()).contains("strToLowerCase");
        Response dwithin = api.inEnglish().get("/ogcapi/collections/houses/items?filter="
                + q("DWITHIN(geometry, POINT(111.05 35.55), 10, meters)"));
        assertThat(dwithin.status()).isEqualTo(400);
        assertThat(dwithin.body()).contains("DWITHIN");
        Response wrongType = api.inEnglish().get("/ogcapi/collections/houses/items?filter=" + q("storeys = 'two'"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("storeys");
    }

    @Test
    void unknownParametersAndTooLargeLimitsAreBadRequests() {
        assertThat(items("houses", "colour=red").status()).isEqualTo(400);
        assertThat(items("houses", "limit=10001").status()).isEqualTo(400);
        assertThat(items("houses", "crs=EPSG:3857").status()).isEqualTo(400);
        assertThat(items("houses", "filter-lang=cql2-json&filter=x").status()).isEqualTo(400);
    }
}
