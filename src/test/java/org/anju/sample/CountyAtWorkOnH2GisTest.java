package org.anju.sample;

import org.anju.testsupport.Api;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:anju-at-work;DB_CLOSE_DELAY=-1",
        "anju.security.admin-password=" + Api.ADMIN_PASSWORD})
class CountyAtWorkOnH2GisTest extends CountyAtWorkSpec {
}
