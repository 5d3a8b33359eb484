package org.anju.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        SampleCountySpec.PROPERTIES, SampleCountySpec.ADMIN, "spring.datasource.url=jdbc:h2:mem:anju-sample;DB_CLOSE_DELAY=-1"})
class SampleCountyOnH2GisTest extends SampleCountySpec {

    /** Row by row, the assessment of an unknown house fails on its NOT NULL house. */
    @Override
    void namesTheBrokenRow(Throwable failure) {
        assertThat(failure).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("HOUSE_ID");
    }
}
