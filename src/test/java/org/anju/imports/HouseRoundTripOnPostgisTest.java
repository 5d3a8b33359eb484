package org.anju.imports;

import java.util.Map;

import org.anju.testsupport.OnPostgis;
import org.anju.testsupport.PostgisDatabase;

@OnPostgis
class HouseRoundTripOnPostgisTest extends HouseRoundTripSpec {

    @Override
    Map<String, Object> freshDatabase() {
        return Map.of("spring.profiles.active", "postgis",
                "spring.datasource.url", PostgisDatabase.create("anju_test_round_trip_" + ProcessHandle.current().pid()),
                "spring.datasource.username", "postgres", "spring.datasource.password", "");
    }
}
