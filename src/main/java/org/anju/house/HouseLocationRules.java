package org.anju.house;

import java.util.List;
import java.util.Map;

import org.anju.area.AdminCode;
import org.anju.area.AreaLevel;
import org.anju.geo.ChinaExtent;
import org.anju.system.FieldProblem;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a house may be: in an existing village (行政村), inside the boundary of that village's
 * county, and in China at all. Swapped latitude/longitude is recognised and said so, because it is
 * the most common mistake in coordinates typed by hand.
 */
@Component
class HouseLocationRules {

    private static final String VILLAGE_AND_COUNTY = """
            SELECT v.level AS village_level, c.name AS county_name,
                   CASE WHEN c.boundary IS NULL THEN NULL
                        ELSE ST_Intersects(c.boundary, ST_GeomFromText(:point, 4490)) END AS inside_county
            FROM admin_area v
            LEFT JOIN admin_area c ON c.code = :county
            WHERE v.code = :village
            """;

    private final NamedParameterJdbcTemplate jdbc;

    HouseLocationRules(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The problems with placing a house at {@code location} in {@code villageCode}; empty when none. */
    List<FieldProblem> check(String villageCode, Point location) {
        if (!AdminCode.isValid(villageCode)) {
            return List.of(new FieldProblem("properties.village_code", villageCode, "adminCode.form"));
        }
        double lon = location.getX();
        double lat = location.getY();
        String coordinates = lon + ", " + lat;
        if (ChinaExtent.looksSwapped(lon, lat)) {
            return List.of(new FieldProblem("geometry", coordinates, "location.swapped"));
        }
        if (!ChinaExtent.contains(lon, lat)) {
            return List.of(new FieldProblem("geometry", coordinates, "location.outsideChina"));
        }
        List<Map<String, Object>> rows = jdbc.queryForList(VILLAGE_AND_COUNTY, Map.of(
                "point", location.toText(), "village", villageCode,
                "county", new AdminCode(villageCode).county().value()));
        if (rows.isEmpty()) {
            return List.of(new FieldProblem("properties.village_code", villageCode, "village.unknown"));
        }
        Map<String, Object> row = rows.get(0); // Spring's row maps ignore the case of column labels
        if (!AreaLevel.VILLAGE.name().equals(row.get("village_level"))) {
            return List.of(new FieldProblem("properties.village_code", villageCode, "village.notVillage"));
        }
        if (Boolean.FALSE.equals(row.get("inside_county"))) {
            return List.of(new FieldProblem("geometry", coordinates, "location.outsideCounty",
                    row.get("county_name")));
        }
        return List.of();
    }
}
