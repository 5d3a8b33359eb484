package org.anju.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The committed sample county (gis-data/xinjiang), loaded at start-up exactly as a newcomer gets
 * it, answers through the API with the counts its generator wrote into expected-summary.json.
 * Run against both databases ({@link SampleCountyOnH2GisTest}, {@link SampleCountyOnPostgisTest}).
 */
abstract class SampleCountySpec extends ApiSpec {

    static final String PROPERTIES = "anju.sample-data.directory=gis-data/xinjiang";

    /** The first-start administrator the specs call the API as (see {@link Api}). */
    static final String ADMIN = "anju.security.admin-password=" + Api.ADMIN_PASSWORD;

    static final JsonNode EXPECTED = Api.JSON.readTree(Path.of("gis-data/xinjiang/expected-summary.json").toFile());

    @Autowired
    JdbcTemplate jdbc;

    private long houses(String query) {
        return api.get("/api/houses?limit=1&" + query).json().path("numberMatched").asLong();
    }

    private long households(String query) {
        return api.get("/api/households?limit=1&" + query).json().path("number_matched").asLong();
    }

    @Test
    void housesByGrade() {
        JsonNode byGrade = EXPECTED.path("houses").path("by_grade");
        assertThat(houses("")).isEqualTo(EXPECTED.path("houses").path("total").asLong());
        for (String grade : byGrade.propertyNames()) {
            assertThat(houses("grade=" + grade)).as(grade).isEqualTo(byGrade.path(grade).asLong());
        }
        assertThat(houses("grade=C,D&occupancy=OCCUPIED")).isEqualTo(EXPECTED.path("houses").path("occupied_c_or_d").asLong());
    }

    @Test
    void dangerousHousesAroundTheCountySeat() {
        JsonNode check = EXPECTED.path("bbox_check");
        JsonNode page = api.get("/api/houses?bbox=" + check.path("bbox").asString() + "&grade=C,D&limit=1000").json();

        assertThat(page.path("numberMatched").asLong()).isEqualTo(check.path("grade_c_or_d").asLong());
        assertThat(page.path("features")).hasSize(check.path("grade_c_or_d").asInt());
        page.path("features").forEach(f -> assertThat(f.path("properties").path("grade").asString()).isIn("C", "D"));
        assertThat(houses("bbox=" + check.path("bbox").asString())).isEqualTo(check.path("houses").asLong());
    }

    @Test
    void housesByTownship() {
        JsonNode byTownship = EXPECTED.path("houses").path("by_township");
        for (String township : byTownship.propertyNames()) {
            assertThat(houses("township=" + township)).as(township).isEqualTo(byTownship.path(township).asLong());
        }
    }

    @Test
    void householdsByPrimaryCategoryAndTheBuiltNewStillInOldCases() {
        JsonNode expected = EXPECTED.path("households");
        assertThat(households("")).isEqualTo(expected.path("total").asLong());
        JsonNode byCategory = expected.path("by_primary_category");
        for (String category : byCategory.propertyNames()) {
            assertThat(households("primary_category=" + category)).as(category).isEqualTo(byCategory.path(category).asLong());
        }
        assertThat(households("lives_in_dangerous_house=true&owns_safe_house=true&category="
                + String.join(",", byCategory.propertyNames())))
                .isEqualTo(expected.path("built_new_still_in_old").asLong());
    }

    @Test
    void floodFootprintCoversTheExpectedHouses() {
        JsonNode flood = EXPECTED.path("flood");
        Long inFootprint = jdbc.queryForObject("""
                SELECT COUNT(DISTINCT h.id) FROM house h
                JOIN disaster_footprint f ON h.location && f.area AND ST_Intersects(h.location, f.area)
                JOIN disaster_event e ON e.id = f.event_id
                WHERE e.code = ?""", Long.class, flood.path("event_code").asString());
        assertThat(inFootprint).isEqualTo(flood.path("houses_in_footprint").asLong());
    }

    @Test
    void everyGeometryIsValidAndInCgcs2000() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_area WHERE NOT ST_IsValid(boundary)", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house WHERE ST_SRID(location) <> 4490", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM seismic_zone WHERE NOT ST_IsValid(area)", Long.class)).isZero();
    }

    @Test
    void everyRowOfThePackageIsLoadedWithItsLinks() {
        assertThat(count("house_assessment")).isEqualTo(EXPECTED.path("assessments").asLong());
        assertThat(count("renovation")).isEqualTo(EXPECTED.path("renovations").path("total").asLong());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house WHERE footprint IS NOT NULL", Long.class))
                .isEqualTo(EXPECTED.path("houses").path("footprints_in_county_seat_township").asLong());
        JsonNode households = EXPECTED.path("households");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE residence_house_id IS NULL", Long.class))
                .as("households without a house (all of them target households)")
                .isEqualTo(households.path("target_without_house").asLong());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household WHERE primary_category IS NOT NULL", Long.class))
                .isEqualTo(households.path("target").asLong());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household r JOIN house h ON h.id = r.residence_house_id "
                + "WHERE h.owner_household_id <> r.id", Long.class))
                .as("every household owns the house it lives in").isZero();
    }

    /** src/test/resources/broken-county: a valid package but for one assessment of an unknown house. */
    static final Path BROKEN_PACKAGE = Path.of("src/test/resources/broken-county");

    @Autowired
    CountyPackageLoader loader;

    @Test
    void aBrokenPackageLeavesTheDatabaseAsItWas() {
        String counts = "SELECT (SELECT COUNT(*) FROM admin_area) || '/' || (SELECT COUNT(*) FROM household) || '/' "
                + "|| (SELECT COUNT(*) FROM household_category) || '/' || (SELECT COUNT(*) FROM house) || '/' "
                + "|| (SELECT COUNT(*) FROM house_assessment)";
        String before = jdbc.queryForObject(counts, String.class);

        assertThatThrownBy(() -> loader.load(BROKEN_PACKAGE)).satisfies(this::namesTheBrokenRow);

        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_area WHERE code LIKE '991%'", Long.class)).isZero();
    }

    /** What the failure of {@link #BROKEN_PACKAGE} says; each database's test states it. */
    abstract void namesTheBrokenRow(Throwable failure);

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    long eventId(String code) {
        return jdbc.queryForObject("SELECT id FROM disaster_event WHERE code = ?", Long.class, code);
    }

    /** Houses (not demolished) reached by the flood, found without the spatial index or the API's SQL. */
    static final String REACHED = """
            FROM house h WHERE h.occupancy <> 'DEMOLISHED'
              AND EXISTS (SELECT 1 FROM disaster_footprint f WHERE f.event_id = ? AND ST_Intersects(f.area, h.location))
            """;

    @Test
    void floodSummaryEqualsIndependentCounts() {
        long flood = eventId(EXPECTED.path("flood").path("event_code").asString());
        JsonNode t = api.get("/api/disasters/" + flood + "/affected").json().path("totals");

        assertThat(t.path("houses").asLong()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) " + REACHED, Long.class, flood));
        assertThat(t.path("occupied_dangerous").asLong()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) " + REACHED
                + " AND h.grade IN ('C', 'D') AND h.occupancy IN ('OCCUPIED', 'SEASONAL')", Long.class, flood));
        assertThat(t.path("persons").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COALESCE(SUM(r.members), 0) FROM household r WHERE r.residence_house_id IN (SELECT h.id "
                        + REACHED + ")", Long.class, flood));
        assertThat(t.path("target_households").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM household r WHERE r.primary_category IS NOT NULL AND r.residence_house_id IN "
                        + "(SELECT h.id " + REACHED + ")", Long.class, flood));
        assertThat(t.path("occupied_dangerous").asLong()).isPositive();
    }

    @Test
    void floodHousesBySeverityClassAsTheGeneratorCountedThem() {
        long flood = eventId(EXPECTED.path("flood").path("event_code").asString());
        JsonNode summary = api.get("/api/disasters/" + flood + "/affected").json();
        long demolishedInFlood = jdbc.queryForObject("""
                SELECT COUNT(*) FROM house h WHERE h.occupancy = 'DEMOLISHED' AND EXISTS (SELECT 1 FROM
                disaster_footprint f WHERE f.event_id = ? AND ST_Intersects(f.area, h.location))""", Long.class, flood);
        assertThat(summary.path("totals").path("houses").asLong() + demolishedInFlood)
                .isEqualTo(EXPECTED.path("flood").path("houses_in_footprint").asLong());
        assertThat(summary.path("by_severity")).hasSize(3);
        assertThat(summary.path("by_severity").get(0).path("rank").asInt()).isEqualTo(3);
    }

    /**
     * Retrofit candidates of the default criteria and rules, counted without Anju's SQL, where
     * {@code area} (a condition on {@code house h}) holds.
     */
    long retrofitCandidates(String area, Object... args) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM house h
                WHERE h.grade IN ('A', 'B') AND h.occupancy <> 'DEMOLISHED'
                  AND EXISTS (SELECT 1 FROM seismic_zone z WHERE z.intensity >= 7 AND ST_Intersects(z.area, h.location))
                  AND EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)
                  AND (h.structure IN ('EARTH_WOOD', 'STONE', 'CAVE')
                       OR (h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE') AND h.seismic_measures = 'NO')
                       OR (h.structure IN ('BRICK_WOOD', 'BRICK_CONCRETE', 'OTHER') AND h.seismic_measures = 'UNKNOWN'
                           AND (h.year_built IS NULL OR h.year_built < 2009))
                       OR (h.structure = 'BRICK_WOOD' AND h.storeys >= 3))
                  AND\s""" + area, Long.class, args);
    }

    @Test
    void retrofitCandidatesEqualAnIndependentCountOfTheDefaultRules() {
        long expected = retrofitCandidates("TRUE");
        JsonNode summary = api.get("/api/retrofit/candidates").json();

        assertThat(summary.path("candidates").asLong()).isEqualTo(expected).isPositive();
        long inVillages = 0;
        for (JsonNode v : summary.path("villages")) {
            inVillages += v.path("candidates").asLong();
        }
        assertThat(inVillages).isEqualTo(expected);
        assertThat(summary.path("budget").path("total_yuan").asLong()).isEqualTo(expected * 12000);
    }

    /**
     * Area A: the village with most candidates and the county-seat village; area B: a hexagon of
     * about 3 km radius drawn around the county seat, across village boundaries. Both sides, what
     * they share and the difference equal independent counts.
     */
    @Test
    void twoRetrofitAreasSideBySideEqualIndependentCounts() {
        String top = api.get("/api/retrofit/candidates").json().path("villages").get(0).path("code").asString();
        String seat = jdbc.queryForObject("""
                SELECT code FROM admin_area WHERE level = 'VILLAGE'
                  AND ST_Intersects(boundary, ST_GeomFromText('POINT (111.22 35.615)', 4490))""", String.class);
        StringBuilder hexagon = new StringBuilder("POLYGON ((");
        for (int i = 0; i <= 6; i++) {
            double angle = Math.toRadians(60 * i + 15);
            hexagon.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.6f %.6f",
                    111.22 + 0.035 * Math.cos(angle), 35.615 + 0.028 * Math.sin(angle)));
        }
        String drawn = hexagon.append("))").toString();

        JsonNode c = api.get("/api/retrofit/comparison?a.village=" + top + "," + seat + "&b.within="
                + java.net.URLEncoder.encode(drawn, java.nio.charset.StandardCharsets.UTF_8)).json();

        String inDrawn = "ST_Intersects(h.location, ST_GeomFromText(?, 4490))";
        long a = retrofitCandidates("h.village_code IN (?, ?)", top, seat);
        long b = retrofitCandidates(inDrawn, drawn);
        long both = retrofitCandidates("h.village_code IN (?, ?) AND " + inDrawn, top, seat, drawn);
        assertThat(c.path("a").path("candidates").asLong()).isEqualTo(a).isPositive();
        assertThat(c.path("b").path("candidates").asLong()).isEqualTo(b).isPositive();
        assertThat(c.path("overlap").path("candidates").asLong()).isEqualTo(both).isPositive();
        assertThat(c.path("overlap").path("candidates_in_either").asLong()).isEqualTo(a + b - both);
        assertThat(c.path("difference").path("candidates").asLong()).isEqualTo(a - b);
        assertThat(c.path("difference").path("budget_yuan").asLong()).isEqualTo((a - b) * 12000);
        assertThat(c.path("a").path("houses").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM house h WHERE h.occupancy <> 'DEMOLISHED' AND h.village_code IN (?, ?)",
                Long.class, top, seat));
        assertThat(c.path("b").path("houses").asLong()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM house h WHERE h.occupancy <> 'DEMOLISHED' AND " + inDrawn, Long.class, drawn));
        long villagesOfB = 0;
        for (JsonNode v : c.path("b").path("villages")) {
            villagesOfB += v.path("candidates").asLong();
        }
        assertThat(c.path("b").path("villages").size()).as("the hexagon crosses villages").isGreaterThan(1);
        assertThat(villagesOfB).isEqualTo(b);
    }
}
