package org.anju.search;

import org.anju.testsupport.OnH2Gis;

@OnH2Gis
class SearchOnH2GisTest extends SearchSpec {

    @Override
    String plan(String sql) {
        return String.join("\n", jdbc.queryForList("EXPLAIN " + sql, String.class));
    }
}
