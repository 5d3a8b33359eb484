package org.anju.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.anju.testsupport.OnPostgis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page after an offset does the work of its own features only: the houses it skips are counted
 * off by code, but their residents (two subqueries per house in the select list) are never looked
 * up. Before, PostgreSQL computed the select list of every skipped row, and the page at offset
 * 90,000 of 100,000 houses took 5.6 times as long as the hand-written SQL (bench suite ogcapi).
 * Read from {@code EXPLAIN ANALYZE}: how often the residents' index is entered.
 */
@OnPostgis
class DeepPageOnPostgisTest {

    private static final Pattern RESIDENT_LOOKUPS =
            Pattern.compile("Index (?:Only )?Scan using household_residence .*loops=(\\d+)\\)");

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    @Transactional
    void theResidentsOfSkippedHousesAreNotLookedUp() {
        jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = LayerSql.page(Layers.houses(), List.of(), params, 2, 4);

        List<String> plan = jdbc.queryForList("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) " + sql, params, String.class);

        List<Integer> lookups = plan.stream().map(RESIDENT_LOOKUPS::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(lookups).as(String.join("\n", plan)).hasSize(2).containsOnly(2);
    }
}
