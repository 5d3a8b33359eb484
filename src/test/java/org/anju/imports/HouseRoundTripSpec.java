package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.anju.AnjuApplication;
import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every house download round-trips: {@code GET /api/houses.{format}} from the fixture county, then
 * {@code POST /api/imports} of that very file into a second Anju on a fresh, empty database of the
 * same kind, gives the same houses — code, village, location, every attribute the download carries,
 * and the owner household. The fresh Anju gets the fixture's boundaries through the admin-area
 * import and its households through the household import first (an export of households masks ID
 * numbers, so it cannot be their source). Footprints and the grade history are not in the
 * downloads and are not compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HouseRoundTripSpec extends ApiSpec {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-county");

    /** Every column of a house that a download carries, the location to 1e-7°, the owner by code. */
    private static final String HOUSES = """
            SELECT h.code, h.village_code, ROUND(CAST(ST_X(h.location) AS NUMERIC), 7) AS lon,
                   ROUND(CAST(ST_Y(h.location) AS NUMERIC), 7) AS lat,
                   h.address, h.structure, h.storeys, h.year_built, h.floor_area, h.seismic_measures, h.grade,
                   h.assessed_on, h.assessment_kind, h.assessor, h.occupancy, h.last_inspected_on, o.code AS owner
            FROM house h LEFT JOIN household o ON o.id = h.owner_household_id
            ORDER BY h.code
            """;

    @Autowired
    JdbcTemplate source;

    private ConfigurableApplicationContext fresh;
    private ImportClient imports;

    /** The properties of the fresh, empty Anju next to the fixture one: same database kind, new database. */
    abstract Map<String, Object> freshDatabase();

    @BeforeAll
    void startAFreshAnju() throws Exception {
        Map<String, Object> properties = new java.util.HashMap<>(freshDatabase());
        properties.put("server.port", "0");
        properties.put("anju.sample-data.enabled", "false");
        properties.put("anju.security.admin-password", Api.ADMIN_PASSWORD);
        // as arguments: default properties would lose against application.yml
        fresh = new SpringApplicationBuilder(AnjuApplication.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
        imports = new ImportClient(Integer.parseInt(fresh.getEnvironment().getProperty("local.server.port")));
        ImportClient.Answer areas = imports.upload("admin-areas.geojson", Files.readAllBytes(FIXTURE.resolve("admin-areas.geojson")),
                Map.of("layer", "admin-areas"));
        assertThat(areas.status()).as(areas.toString()).isEqualTo(200);
        ImportClient.Answer households = imports.upload("households.csv", Files.readAllBytes(FIXTURE.resolve("households.csv")),
                Map.of("layer", "households", "mapping", "{\"residence_house\": null}"));
        assertThat(households.status()).as(households.toString()).isEqualTo(200);
        assertThat(households.report().path("inserted").asInt()).isEqualTo(8);
    }

    @AfterAll
    void stopTheFreshAnju() {
        if (fresh != null) {
            fresh.close();
        }
    }

    @AfterEach
    void emptyTheFreshHouses() {
        fresh.getBean(JdbcTemplate.class).update("DELETE FROM house");
    }

    @ParameterizedTest(name = "houses.{0}")
    @ValueSource(strings = {"shp.zip", "gpkg", "geojson", "kml", "csv", "xlsx", "fgb"})
    void aDownloadImportsIntoAFreshDatabaseAsTheSameHouses(String format) {
        Api.Binary download = api.getBytes("/api/houses." + format);
        assertThat(download.status()).as(download.text()).isEqualTo(200);

        ImportClient.Answer answer = imports.upload("houses." + format, download.body(), Map.of("layer", "houses"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> expected = rows(source);
        assertThat(expected).hasSize(10);
        assertThat(answer.report().path("inserted").asInt()).isEqualTo(expected.size());
        assertThat(rows(fresh.getBean(JdbcTemplate.class))).containsExactlyElementsOf(expected);
    }

    private static List<String> rows(JdbcTemplate jdbc) {
        return jdbc.query(HOUSES, (rs, n) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.append(value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString()
                        : value instanceof Number number ? new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
                        : String.valueOf(value)).append('|');
            }
            return row.toString();
        });
    }
}
