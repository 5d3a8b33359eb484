package org.anju.imports;

import java.util.Map;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class HouseRoundTripOnH2GisTest extends HouseRoundTripSpec {

    @Override
    Map<String, Object> freshDatabase() {
        return Map.of("spring.datasource.url", "jdbc:h2:mem:anju-round-trip;DB_CLOSE_DELAY=-1");
    }
}
