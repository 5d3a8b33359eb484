package org.anju.house;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.RacingWriters;
import org.anju.testsupport.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The house API over real HTTP, run against both databases ({@link HouseApiOnH2GisTest},
 * {@link HouseApiOnPostgisTest}) on the fixture county (src/test/resources/fixture-county/README.md).
 */
abstract class HouseApiSpec extends ApiSpec {

    static List<String> codes(JsonNode collection) {
        List<String> codes = new ArrayList<>();
        collection.path("features").forEach(f -> codes.add(f.path("properties").path("code").asString()));
        return codes;
    }

    static String newHouse(String code, double lon, double lat, String extra) {
        return """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                 "properties": {"code": "%s", "village_code": "140825100201", "structure": "BRICK_CONCRETE",
                                "storeys": 2, "year_built": 2010, "floor_area": 120.5, "grade": "B",
                                "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"%s}}
                """.formatted(lon, lat, code, extra);
    }

    @Test
    void dangerousHousesInABboxAreTheCAndDHousesInsideIt() {
        Response response = api.get("/api/houses?bbox=111.0,35.5,111.1,35.7&grade=C,D");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/geo+json");
        JsonNode body = response.json();
        assertThat(body.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(codes(body)).containsExactly("140825-H1", "140825-H3", "140825-H4");
        assertThat(body.path("numberMatched").asLong()).isEqualTo(3);
        assertThat(body.path("numberReturned").asLong()).isEqualTo(3);
    }

    @Test
    void aHouseOnTheEdgeOfTheBboxIsInsideAndOneJustOutsideIsNot() {
        // H1 stands at 111.05, 35.55
        assertThat(codes(api.get("/api/houses?bbox=111.05,35.55,111.06,35.56").json())).contains("140825-H1");
        assertThat(codes(api.get("/api/houses?bbox=111.0,35.5,111.05,35.55").json())).contains("140825-H1");
        assertThat(codes(api.get("/api/houses?bbox=111.0,35.5,111.0499,35.5499").json())).doesNotContain("140825-H1");
        assertThat(codes(api.get("/api/houses?bbox=111.0501,35.5501,111.1,35.6").json())).doesNotContain("140825-H1");
        // 1e-6° (11 cm) outside: PostGIS's && alone (float4 boxes) would still let it in
        assertThat(codes(api.get("/api/houses?bbox=111.0,35.5,111.049999,35.549999").json())).doesNotContain("140825-H1");
    }

    @Test
    void aFeatureCarriesLocationAndAttributes() {
        JsonNode h1 = api.get("/api/houses?village=140825100201&grade=D").json().path("features").get(0);

        assertThat(h1.path("id").asString()).isEqualTo("140825-H1");
        assertThat(h1.path("geometry").path("type").asString()).isEqualTo("Point");
        assertThat(h1.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(111.05);
        assertThat(h1.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(35.55);
        JsonNode p = h1.path("properties");
        assertThat(p.path("village_name").asString()).isEqualTo("东村");
        assertThat(p.path("township_code").asString()).isEqualTo("140825100000");
        assertThat(p.path("grade").asString()).isEqualTo("D");
        assertThat(p.path("assessed_on").asString()).isEqualTo("2022-05-10");
        assertThat(p.path("occupancy").asString()).isEqualTo("OCCUPIED");
        assertThat(p.path("structure").asString()).isEqualTo("EARTH_WOOD");
        assertThat(p.path("owner_household").asString()).isEqualTo("140825-HH1");
        assertThat(p.path("resident_category").asString()).isEqualTo("MONITORED");
        assertThat(p.path("residents").asInt()).isEqualTo(3);
    }

    @Test
    void occupiedDangerousHousesOfTheCounty() {
        JsonNode body = api.get("/api/houses?grade=C&grade=D&occupancy=OCCUPIED").json();

        assertThat(codes(body)).containsExactly("140825-H1", "140825-H10", "140825-H4");
    }

    @Test
    void townshipFilterCoversAllItsVillages() {
        assertThat(codes(api.get("/api/houses?township=140825101000").json()))
                .containsExactly("140825-H10", "140825-H7", "140825-H8", "140825-H9");
    }

    @Test
    void categoryFilterUsesMembershipNotOnlyThePrimaryCategory() {
        assertThat(codes(api.get("/api/houses?category=MINIMUM_LIVING").json())).containsExactly("140825-H1");
        assertThat(codes(api.get("/api/houses?category=农村分散供养特困人员").json())).containsExactly("140825-H5");
    }

    @Test
    void structureAndOccupancyFilters() {
        assertThat(codes(api.get("/api/houses?structure=CAVE").json())).containsExactly("140825-H6");
        assertThat(codes(api.get("/api/houses?occupancy=seasonal,demolished").json()))
                .containsExactly("140825-H7", "140825-H9");
    }

    @Test
    void pagesAreOrderedByCodeWithTotalAndNextLink() {
        JsonNode first = api.get("/api/houses?township=140825100000&limit=2").json();
        assertThat(codes(first)).containsExactly("140825-H1", "140825-H2");
        assertThat(first.path("numberMatched").asLong()).isEqualTo(6);
        String next = first.path("links").get(0).path("href").asString();
        assertThat(first.path("links").get(0).path("rel").asString()).isEqualTo("next");

        JsonNode second = api.get(next.substring(next.indexOf("/api/"))).json();
        assertThat(codes(second)).containsExactly("140825-H3", "140825-H4");
    }

    @Test
    void badParametersAreNamedInAProblem() {
        Response response = api.get("/api/houses?grade=E&bbox=111,35&limit=0&township=1408");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("grade", "bbox", "limit", "township");
        assertThat(response.body()).contains("取值无效").doesNotContain("Exception");
    }

    @Test
    void errorsSpeakEnglishWhenAsked() {
        Response response = api.inEnglish().get("/api/houses?grade=E");

        assertThat(response.json().path("errors").get(0).path("message").asString())
                .isEqualTo("unknown value, expected one of [A, B, C, D, UNASSESSED]");
    }

    @Test
    void oneHouseShowsGradeHistoryRenovationsAndMaskedHouseholds() {
        JsonNode h1 = api.get("/api/houses/140825-H1").json();
        assertThat(h1.path("type").asString()).isEqualTo("Feature");
        JsonNode history = h1.path("properties").path("assessments");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("grade").asString()).isEqualTo("C");
        assertThat(history.get(1).path("grade").asString()).isEqualTo("D");
        JsonNode household = h1.path("properties").path("households").get(0);
        assertThat(household.path("code").asString()).isEqualTo("140825-HH1");
        assertThat(household.path("id_number").asString()).isEqualTo("1408**********1000");
        assertThat(household.path("phone").asString()).isEqualTo("138****0001");
        assertThat(household.path("lives_here").asBoolean()).isTrue();
        assertThat(household.path("categories").toString()).isEqualTo("[\"MONITORED\",\"MINIMUM_LIVING\"]");

        JsonNode h2 = api.get("/api/houses/140825-H2").json().path("properties");
        assertThat(h2.path("renovations").get(0).path("method").asString()).isEqualTo("NEW_SITE");
        assertThat(h2.path("footprint").path("type").asString()).isEqualTo("Polygon");
        assertThat(api.get("/api/houses/140825-H2").body()).doesNotContain("140825196001011000");
    }

    @Test
    void unknownHouseIs404() {
        Response response = api.get("/api/houses/NOPE");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("detail").asString()).contains("NOPE");
    }

    @Test
    void createReadUpdateDelete() {
        Response created = api.post("/api/houses", newHouse("T-CRUD-1", 111.01, 35.51, ""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/houses/T-CRUD-1");
        JsonNode p = created.json().path("properties");
        assertThat(p.path("version").asInt()).isZero();
        assertThat(p.path("assessments")).hasSize(1);

        String changed = newHouse("T-CRUD-1", 111.01, 35.51, ", \"version\": 0")
                .replace("\"grade\": \"B\"", "\"grade\": \"C\"").replace("2024-03-01", "2024-06-01");
        Response updated = api.put("/api/houses/T-CRUD-1", changed);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("properties").path("grade").asString()).isEqualTo("C");
        assertThat(updated.json().path("properties").path("version").asInt()).isEqualTo(1);
        assertThat(updated.json().path("properties").path("assessments")).hasSize(2);

        Response stale = api.put("/api/houses/T-CRUD-1", changed);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("stored_version").asInt()).isEqualTo(1);

        assertThat(api.delete("/api/houses/T-CRUD-1").status()).isEqualTo(204);
        assertThat(api.get("/api/houses/T-CRUD-1").status()).isEqualTo(404);
    }

    /**
     * Ten officers save the same house at the same version at once, each with another year: one wins,
     * nine are told (409 with the version stored). Without the row lock both databases gave two 200s.
     */
    @Test
    void tenRacingEditsAtOneVersionGiveExactlyOneSuccessAndNineConflicts() throws Exception {
        assertThat(api.post("/api/houses", newHouse("T-RACE-1", 111.03, 35.53, "")).status()).isEqualTo(201);
        try {
            for (int round = 0; round < 3; round++) {
                int version = round;
                List<Response> answers = RacingWriters.atOnce(10, w -> api.put("/api/houses/T-RACE-1",
                        newHouse("T-RACE-1", 111.03, 35.53, ", \"version\": " + version)
                            .replace("\"year_built\": 2010", "\"year_built\": " + (1950 + 10 * version + w))));
                List<Response> won = answers.stream().filter(r -> r.status() == 200).toList();
                assertThat(won).as("round %d: %s", round, answers).hasSize(1);
                assertThat(answers.stream().filter(r -> r.status() == 409)).as("round %d", round).hasSize(9);
                answers.stream().filter(r -> r.status() == 409).forEach(r ->
                        assertThat(r.json().path("stored_version").asInt()).isEqualTo(version + 1));
                JsonNode stored = api.get("/api/houses/T-RACE-1").json().path("properties");
                assertThat(stored.path("version").asInt()).isEqualTo(version + 1);
                assertThat(stored.path("year_built").asInt())
                        .isEqualTo(won.get(0).json().path("properties").path("year_built").asInt());
            }
            JsonNode audit = api.get("/api/audit?action=HOUSE_UPDATE&target=house%20T-RACE-1").json();
            assertThat(audit).as("one audit entry per successful edit").hasSize(3);
        } finally {
            api.delete("/api/houses/T-RACE-1");
        }
    }

    @Test
    void anEditThatChangesNothingKeepsTheVersionAndWritesNoAuditEntry() {
        assertThat(api.post("/api/houses", newHouse("T-NOOP-1", 111.04, 35.54, "")).status()).isEqualTo(201);
        try {
            Response same = api.put("/api/houses/T-NOOP-1", newHouse("T-NOOP-1", 111.04, 35.54, ", \"version\": 0"));
            assertThat(same.status()).as(same.toString()).isEqualTo(200);
            assertThat(same.json().path("properties").path("version").asInt()).isZero();
            assertThat(api.get("/api/audit?action=HOUSE_UPDATE&target=house%20T-NOOP-1").json()).isEmpty();
        } finally {
            api.delete("/api/houses/T-NOOP-1");
        }
    }

    @Test
    void assessmentsAndRenovationsAreAppended() {
        api.post("/api/houses", newHouse("T-HIST-1", 111.02, 35.52, ""));
        Response assessed = api.post("/api/houses/T-HIST-1/assessments",
                "{\"grade\": \"D\", \"assessed_on\": \"2024-08-01\", \"kind\": \"FORMAL\", \"assessor\": \"第三方\"}");
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(201);
        assertThat(assessed.json().path("properties").path("grade").asString()).isEqualTo("D");
        assertThat(assessed.json().path("properties").path("assessment_kind").asString()).isEqualTo("FORMAL");

        Response older = api.post("/api/houses/T-HIST-1/assessments", "{\"grade\": \"A\", \"assessed_on\": \"2015-01-01\"}");
        assertThat(older.json().path("properties").path("grade").asString()).as("an older assessment is history only").isEqualTo("D");
        assertThat(older.json().path("properties").path("assessments")).hasSize(3);

        Response renovated = api.post("/api/houses/T-HIST-1/renovations",
                "{\"year\": 2024, \"method\": \"REPAIR_STRENGTHEN\", \"subsidy_yuan\": 12000, \"funding_source\": \"中央\"}");
        assertThat(renovated.status()).isEqualTo(201);
        assertThat(renovated.json().path("properties").path("renovations").get(0).path("subsidy_yuan").asInt()).isEqualTo(12000);
        api.delete("/api/houses/T-HIST-1");
    }

    @Test
    void duplicateCodeIsAConflictAndStoresNothing() {
        Response response = api.post("/api/houses", newHouse("140825-H1", 111.01, 35.51, ""));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("properties.code");
        assertThat(api.get("/api/houses/140825-H1").json().path("geometry").path("coordinates").get(0).asDouble())
                .isEqualTo(111.05);
    }

    @Test
    void locationMustBeInsideTheCountyAndNotSwapped() {
        Response outside = api.post("/api/houses", newHouse("T-OUT-1", 111.5, 35.5, ""));
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.json().path("errors").get(0).path("message").asString()).isEqualTo("坐标不在测试县境内");

        Response swapped = api.post("/api/houses", newHouse("T-OUT-2", 35.51, 111.01, ""));
        assertThat(swapped.status()).isEqualTo(422);
        assertThat(swapped.json().path("errors").get(0).path("message").asString()).contains("经纬度颠倒");

        Response abroad = api.post("/api/houses", newHouse("T-OUT-3", 2.35, 48.85, ""));
        assertThat(abroad.json().path("errors").get(0).path("message").asString()).isEqualTo("坐标不在中国境内");

        assertThat(api.get("/api/houses?village=140825100201").json().path("numberMatched").asInt()).isEqualTo(3);
    }

    @Test
    void everyMalformedFieldIsReportedAtOnce() {
        String bad = """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.01, 35.51]},
                 "properties": {"code": "T-BAD-1", "village_code": "999", "grade": "E", "storeys": 40,
                                "occupancy": "LIVING", "year_built": "old", "colour": "red"}}
                """;
        Response response = api.post("/api/houses", bad);

        assertThat(response.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("properties.grade", "properties.storeys",
                "properties.occupancy", "properties.year_built", "properties.colour");
    }

    @Test
    void geometryMustBeAValidPointInAnAcceptedCrs() {
        Response line = api.post("/api/houses", newHouse("T-GEO-1", 111.01, 35.51, "")
                .replace("\"type\": \"Point\", \"coordinates\": [111.01, 35.51]",
                        "\"type\": \"LineString\", \"coordinates\": [[111.01, 35.51], [111.02, 35.52]]"));
        assertThat(line.status()).isEqualTo(422);
        assertThat(line.json().path("errors").get(0).path("field").asString()).isEqualTo("geometry");

        String bowtie = ", \"footprint\": {\"type\": \"Polygon\", \"coordinates\": "
                + "[[[111.01, 35.51], [111.011, 35.511], [111.011, 35.51], [111.01, 35.511], [111.01, 35.51]]]}";
        Response invalid = api.post("/api/houses", newHouse("T-GEO-2", 111.01, 35.51, bowtie));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("errors").get(0).path("message").asString()).startsWith("几何无效");

        Response projected = api.post("/api/houses", newHouse("T-GEO-3", 111.01, 35.51, "")
                .replaceFirst("\\{\"type\": \"Feature\",",
                        "{\"type\": \"Feature\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4546\"}},"));
        assertThat(projected.status()).isEqualTo(422);
        assertThat(projected.json().path("errors").get(0).path("field").asString()).isEqualTo("crs");
        assertThat(api.get("/api/houses/T-GEO-1").status()).isEqualTo(404);
    }

    @Test
    void statisticsCountTheStandingHousesAndTheirResidentsThatTheFiltersSelectAndTheDemolishedApart() {
        JsonNode s = api.get("/api/houses/statistics?township=140825101000").json();   // 三泉镇: H7–H10

        assertThat(s.path("houses").asLong()).isEqualTo(3);                  // H9 (B) is demolished
        assertThat(s.path("demolished").asLong()).isEqualTo(1);
        assertThat(s.path("by_grade").toString()).isEqualTo("{\"A\":1,\"B\":0,\"C\":1,\"D\":1,\"UNASSESSED\":0}");
        assertThat(s.path("occupied").asLong()).isEqualTo(3);               // H9 is demolished
        assertThat(s.path("occupied_dangerous").asLong()).isEqualTo(2);     // H7 (seasonal, D), H10 (C)
        assertThat(s.path("households").asLong()).isEqualTo(3);             // HH5, HH6, HH7
        assertThat(s.path("by_category").toString()).isEqualTo("{\"POVERTY_ALLEVIATED\":1}");
        assertThat(s.path("persons").asLong()).isEqualTo(10);
    }

    @Test
    void anAreaDrawnOnTheMapSelectsTheHousesInsideIt() {
        // a triangle over the east half; its long side passes 111.14°E at 35.65°N, west of H9 (111.15)
        // and far west of H10 (111.18, 35.68): only H7 and H8 are inside
        String within = "POLYGON((111.12 35.50, 111.20 35.50, 111.12 35.70, 111.12 35.50))".replace(" ", "%20");

        JsonNode page = api.get("/api/houses?within=" + within).json();
        JsonNode stats = api.get("/api/houses/statistics?within=" + within).json();

        assertThat(codes(page)).containsExactly("140825-H7", "140825-H8");
        assertThat(stats.path("houses").asLong()).isEqualTo(2);
        assertThat(stats.path("occupied_dangerous").asLong()).isEqualTo(1);   // H7, seasonal D
    }

    @Test
    void aDrawnAreaMustBeAValidPolygonInChina() {
        Response bowtie = api.get("/api/houses/statistics?within="
                + "POLYGON((111.0 35.5, 111.1 35.6, 111.1 35.5, 111.0 35.6, 111.0 35.5))".replace(" ", "%20"));
        Response point = api.get("/api/houses?within=POINT(111.0%2035.5)");
        Response swapped = api.get("/api/houses?within="
                + "POLYGON((35.5 111.0, 35.6 111.0, 35.6 111.1, 35.5 111.0))".replace(" ", "%20"));

        assertThat(bowtie.status()).isEqualTo(400);
        assertThat(bowtie.json().path("errors").get(0).path("field").asString()).isEqualTo("within");
        assertThat(bowtie.json().path("errors").get(0).path("message").asString()).startsWith("几何无效");
        assertThat(point.status()).isEqualTo(400);
        assertThat(point.json().path("errors").get(0).path("message").asString()).contains("Polygon");
        assertThat(swapped.status()).isEqualTo(400);
        assertThat(swapped.json().path("errors").get(0).path("message").asString()).contains("中国境内");
    }
}
