package org.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the browser map asks the installation before it draws anything (no database involved). */
@OnH2Gis
class MapConfigOnH2GisTest extends ApiSpec {

    @Test
    void byDefaultTheMapWorksOfflineAndShowsHousesFromZoom12() {
        JsonNode config = api.get("/api/map-config").json();

        assertThat(config.path("basemaps").isArray()).isTrue();
        assertThat(config.path("basemaps")).isEmpty();
        assertThat(config.path("house_points_from_zoom").asInt()).isEqualTo(12);
        // the fixture is in: nothing is loading, the map can draw at once
        assertThat(config.path("sample_county_loading").asBoolean()).isFalse();
    }

    @Test
    void readinessIsPublicSoScriptsCanWaitForTheSampleCounty() {
        var readiness = api.anonymous().get("/actuator/health/readiness");

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theMapConfigNeedsALogin() {
        assertThat(api.anonymous().get("/api/map-config").status()).isEqualTo(401);
    }
}
