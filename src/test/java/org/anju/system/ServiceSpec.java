package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.Api.Response;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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
    void openApiIsTitledAnjuWithTheBuildsVersionAndTagsByFeatureInBothLanguages() {
        JsonNode document = api.get("/v3/api-docs").json();

        assertThat(document.path("info").path("title").asString()).isEqualTo("安居 Anju API");
        assertThat(document.path("info").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(document.path("info").path("description").asString()).contains("农村房屋").contains("rural house");
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> {
            tags.add(tag.path("name").asString());
            assertThat(tag.path("description").asString()).as(tag.path("name").asString()).contains(" / ");
        });
        assertThat(tags).contains("house", "search", "casework", "hazard");
        assertThat(document.path("paths").path("/api/search").path("get").path("tags").get(0).asString()).isEqualTo("search");
        List<String> used = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operation -> operation.path("tags").forEach(t -> used.add(t.asString()))));
        assertThat(used).isNotEmpty().allSatisfy(tag -> assertThat(tag).doesNotEndWith("-controller").isIn(tags));
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
