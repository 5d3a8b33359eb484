package org.anju.search;

import java.util.ArrayList;
import java.util.List;

import org.anju.security.Jurisdiction;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=…}: houses whose code starts with the text, households whose head's name
 * contains it, villages and townships whose name contains it — each with where to show it on the map.
 */
@RestController
class SearchController {

    static final int MAX_TEXT = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final Jurisdiction jurisdiction;

    SearchController(NamedParameterJdbcTemplate jdbc, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    /**
     * One hit: {@code kind} house | household | TOWNSHIP | VILLAGE; a point ({@code lon}, {@code lat})
     * for houses and households with a house, a box ({@code bbox}) for areas.
     */
    record Hit(String kind, String code, String label, String detail, String houseCode, Double lon, Double lat,
               double[] bbox) {
    }

    @GetMapping("/api/search")
    @Transactional(readOnly = true)
    List<Hit> search(@RequestParam(name = "q", required = false) String q,
                     @RequestParam(name = "limit", defaultValue = "10") int limit) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw InvalidInputException.badRequest(new FieldProblem("q", q, "field.length", 1, MAX_TEXT));
        }
        if (limit < 1 || limit > 50) {
            throw InvalidInputException.badRequest(new FieldProblem("limit", limit, "field.range", 1, 50));
        }
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("prefix", escaped.toUpperCase(java.util.Locale.ROOT) + "%")
                .addValue("contains", "%" + escaped + "%")
                .addValue("limit", limit);
        String houses = jurisdiction.condition("h.village_code", params);
        String households = jurisdiction.condition("r.village_code", params);
        List<Hit> hits = new ArrayList<>();
        jdbc.query(SearchSql.AREAS, params, rs -> {
            hits.add(new Hit(rs.getString("level"), rs.getString("code"), rs.getString("name"),
                    rs.getString("parent_name"), null, null, null, new double[] {rs.getDouble("min_lon"),
                    rs.getDouble("min_lat"), rs.getDouble("max_lon"), rs.getDouble("max_lat")}));
        });
        jdbc.query(SearchSql.HOUSES.formatted(houses, households), params, rs -> {
            hits.add(new Hit("house", rs.getString("code"), rs.getString("code"), rs.getString("village_name"),
                    rs.getString("code"), rs.getDouble("lon"), rs.getDouble("lat"), null));
        });
        jdbc.query(SearchSql.HOUSEHOLDS.formatted(houses, households), params, rs -> {
            String house = rs.getString("house_code");
            hits.add(new Hit("household", rs.getString("code"), rs.getString("head_name"),
                    rs.getString("village_name"), house, house == null ? null : rs.getDouble("lon"),
                    house == null ? null : rs.getDouble("lat"), null));
        });
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }
}
