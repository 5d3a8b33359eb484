package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.OnH2Gis;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The bound on offline packages (anju.casework.field-work.offline-package-max-size): a village whose
 * package would be larger is refused with 422 in words (its size, the bound, tasks and tiles), not cut.
 */
@OnH2Gis
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:anju-offline-limit;DB_CLOSE_DELAY=-1",
        "anju.casework.field-work.offline-package-max-size=2KB"})
class OfflinePackageLimitOnH2GisTest extends ApiSpec {

    @Test
    void aPackageAboveTheBoundIsRefusedInWords() {
        Response created = api.post("/api/inspections", """
                {"name": "离线包上限", "kind": "HOUSE_TO_PERSON", "area": "140825100201"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Response refused = api.get("/api/inspections/" + created.json().path("id").asLong()
                + "/villages/140825100201/offline-package");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("超过上限 2 KB").contains("个任务").contains("张地图瓦片");
    }
}
