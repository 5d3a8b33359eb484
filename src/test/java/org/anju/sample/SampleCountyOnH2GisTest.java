package org.anju.sample;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        SampleCountySpec.PROPERTIES, "spring.datasource.url=jdbc:h2:mem:anju-sample;DB_CLOSE_DELAY=-1"})
class SampleCountyOnH2GisTest extends SampleCountySpec {
}
