package org.anju.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.PostgisDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {SampleCountySpec.PROPERTIES,
        SampleCountySpec.ADMIN})
@ActiveProfiles("postgis")
@ContextConfiguration(initializers = PostgisDatabase.class)
class SampleCountyOnPostgisTest extends SampleCountySpec {

    /** The bulk path (COPY into staging tables) checks references before it moves anything, and names the row. */
    @Override
    void namesTheBrokenRow(Throwable failure) {
        assertThat(failure).isInstanceOf(CountyPackageException.class)
                .hasMessage("assessments.csv #3: unknown house '991000100201-0099'");
    }

    /** The buffer in metres agrees with PostGIS geography distances on the spheroid (an independent method). */
    @Test
    void bufferedFloodEqualsGeodesicDistances() {
        long flood = eventId(EXPECTED.path("flood").path("event_code").asString());
        for (int metres : new int[] {100, 800}) {
            long geodesic = jdbc.queryForObject("""
                    WITH part AS MATERIALIZED (
                      SELECT f.area::geography AS geog, ST_Expand(f.area, 0.03) AS reach  -- ≥ 2.7 km here: a pre-filter
                      FROM disaster_footprint f WHERE f.event_id = ?)
                    SELECT COUNT(DISTINCT h.id) FROM part
                    JOIN house h ON h.location && part.reach AND ST_DWithin(part.geog, h.location::geography, ?, true)
                    WHERE h.occupancy <> 'DEMOLISHED'
                    """, Long.class, flood, metres);
            long api = this.api.get("/api/disasters/" + flood + "/affected?buffer=" + metres).json()
                    .path("totals").path("houses").asLong();
            assertThat(api).as("buffer %d m", metres).isEqualTo(geodesic);
        }
    }
}
