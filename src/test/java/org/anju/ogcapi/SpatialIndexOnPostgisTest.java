package org.anju.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.anju.testsupport.OnPostgis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The bbox and spatial-filter SQL of the OGC API can be answered from PostGIS's GiST indexes. The
 * fixture county is so small that the planner would rightly scan it, so sequential scans are
 * switched off for the transaction: what remains is the plan the query shape allows.
 */
@OnPostgis
class SpatialIndexOnPostgisTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    OgcApiProperties settings;

    private String plan(Layer layer, String query) {
        jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.add(pair.substring(0, eq), pair.substring(eq + 1));
        }
        ItemsQuery items = ItemsQuery.forItems(layer, params, settings);
        MapSqlParameterSource sqlParams = items.params();
        String sql = LayerSql.page(layer, items.conditions(), sqlParams, items.limit(), items.offset());
        List<String> lines = jdbc.queryForList("EXPLAIN " + sql, sqlParams, String.class);
        return lines.stream().collect(Collectors.joining("\n"));
    }

    @Test
    @Transactional
    void aHouseBboxUsesTheLocationIndex() {
        assertThat(plan(Layers.houses(), "bbox=111.0,35.5,111.1,35.6")).contains("house_location_sidx");
    }

    @Test
    @Transactional
    void aCqlSpatialFilterUsesTheLocationIndex() {
        assertThat(plan(Layers.houses(), "filter=S_INTERSECTS(geometry, POLYGON((111 35.5, 111.1 35.5, 111.1 35.6, 111 35.5)))"))
                .contains("house_location_sidx");
    }

    @Test
    @Transactional
    void aHouseholdBboxUsesTheLocationIndexOfTheResidence() {
        // with a handful of households (the fixture plus what other specs of this shared database add),
        // walking the households and looking each house up is cheapest; without nested loops the
        // plan shows whether the residence's bbox condition can use the index at all
        jdbc.getJdbcTemplate().execute("SET LOCAL enable_nestloop = off");
        assertThat(plan(Layers.households(), "bbox=111.0,35.5,111.1,35.6")).contains("house_location_sidx");
    }

    @Test
    @Transactional
    void aSeismicZoneBboxUsesTheAreaIndex() {
        assertThat(plan(Layers.seismicZones(), "bbox=111.0,35.5,111.1,35.6")).contains("seismic_zone_area_sidx");
    }

    @Test
    @Transactional
    void aDisasterBboxUsesTheFootprintIndex() {
        assertThat(plan(Layers.disasters(), "bbox=111.0,35.5,111.1,35.6")).contains("disaster_footprint_area_sidx");
    }
}
