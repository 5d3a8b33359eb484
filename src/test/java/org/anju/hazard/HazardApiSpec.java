package org.anju.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Seismic zones and disaster footprints as GeoJSON, on the fixture county, against both databases. */
abstract class HazardApiSpec extends ApiSpec {

    @Test
    void seismicZonesWithIntensityAndPga() {
        JsonNode all = api.get("/api/seismic-zones").json();
        assertThat(all.path("features")).hasSize(2);
        JsonNode seven = all.path("features").get(0).path("properties");
        assertThat(seven.path("intensity").asInt()).isEqualTo(7);
        assertThat(seven.path("pga").decimalValue()).isEqualByComparingTo("0.15");

        JsonNode eightAndUp = api.get("/api/seismic-zones?min_intensity=8").json();
        assertThat(eightAndUp.path("features")).hasSize(1);
        assertThat(api.get("/api/seismic-zones?min_intensity=12").status()).isEqualTo(400);
    }

    @Test
    void disasterFootprintPartsCarryTheirSeverity() {
        JsonNode events = api.get("/api/disaster-events").json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("code").asString()).isEqualTo("FLOOD-TEST-1");
        assertThat(events.get(0).path("parts").asInt()).isEqualTo(2);
        assertThat(events.get(0).path("started_on").asString()).isEqualTo("2021-10-03");
        long id = events.get(0).path("id").asLong();

        JsonNode parts = api.get("/api/disasters/" + id).json().path("features");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).path("properties").path("severity").asString()).isEqualTo("水深<0.5m");
        assertThat(parts.get(1).path("properties").path("severity_rank").asInt()).isEqualTo(2);
        assertThat(parts.get(1).path("geometry").path("type").asString()).isEqualTo("MultiPolygon");

        assertThat(api.get("/api/disasters?type=FLOOD").json().path("features")).hasSize(2);
        assertThat(api.get("/api/disasters?type=EARTHQUAKE").json().path("features")).isEmpty();
        assertThat(api.get("/api/disasters?type=TSUNAMI").status()).isEqualTo(400);
        assertThat(api.get("/api/disasters/999999").status()).isEqualTo(404);
    }
}
