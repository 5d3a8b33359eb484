package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.Api.Response;
import org.junit.jupiter.api.Test;

/** What every client relies on: the OpenAPI description, health, and clean answers to broken requests. */
abstract class ServiceSpec extends ApiSpec {

    @Test
    void openApiDescribesTheApi() {
        Response openApi = api.get("/v3/api-docs");

        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().path("paths").propertyNames())
                .contains("/api/houses", "/api/houses/{code}", "/api/households", "/api/areas/tree",
                        "/api/seismic-zones", "/api/disasters");
    }

    @Test
    void healthIsUp() {
        Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() {
        Response response = api.post("/api/houses", "{\"type\": \"Feature\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).isEqualTo("请求体不是有效的 JSON。");
    }

    @Test
    void aFeatureWithoutPropertiesIsA422Problem() {
        Response response = api.post("/api/houses", "{\"type\": \"Feature\", \"geometry\": null}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("properties").doesNotContain("Exception");
    }
}
