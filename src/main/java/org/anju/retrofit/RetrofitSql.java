package org.anju.retrofit;

import java.util.ArrayList;
import java.util.List;

import org.anju.geo.SpatialDialect;
import org.anju.household.MainHousehold;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * SQL of the retrofit candidate search, identical on PostGIS and H2GIS. The search starts from the
 * seismic zones of at least the asked intensity and joins the houses inside them through the spatial
 * index; the configured rules become one bound {@code CASE} that both filters and names the reason;
 * the map's filter on the houses ({@link org.anju.house.HouseFilter}, the same conditions as the
 * map's counts and tiles) and the areas are further conditions on {@code house h}.
 * The CTE {@code candidate} is read first and joined with LEFT JOIN (every candidate has its house
 * and village), because H2 keeps the order of outer joins but may reorder inner joins so that the
 * CTE is recomputed for every house.
 */
final class RetrofitSql {

    private RetrofitSql() {
    }

    /** The {@code candidate} CTE: house id, the highest intensity of its zones, the first matching rule. */
    static String candidates(RetrofitQuery q, List<RetrofitProperties.Rule> rules, SpatialDialect dialect,
                             String jurisdiction, MapSqlParameterSource params) {
        String reason = reasonCase(rules, params);
        List<String> conditions = new ArrayList<>();
        conditions.add(jurisdiction);
        if (q.raster() == null) {
            conditions.add("z.intensity >= :minIntensity");
            params.addValue("minIntensity", q.minIntensity());
        } else {
            conditions.add("s.raster_id = :raster AND s.sample_value >= :minValue");
            params.addValue("raster", q.raster()).addValue("minValue", q.minValue());
        }
        conditions.add(q.includeUnassessed() ? "h.grade IN ('A', 'B', 'UNASSESSED')" : "h.grade IN ('A', 'B')");
        conditions.add("h.occupancy <> 'DEMOLISHED'");
        conditions.add(reason + " IS NOT NULL");
        if (q.targetOnly()) {
            conditions.add("""
                    EXISTS (SELECT 1 FROM household r
                            WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)""");
        }
        conditions.addAll(q.houses().conditions(params));
        for (int i = 0; i < q.areas().size(); i++) {
            conditions.addAll(q.areas().get(i).conditions("area" + i, dialect, params));
        }
        String source = q.raster() == null
                ? "MAX(z.intensity) AS intensity, MIN(%s) AS reason\n  FROM seismic_zone z\n  JOIN house h ON h.location && z.area AND "
                        .formatted(reason) + dialect.pointInArea("h.location", "z.area")
                : "MAX(s.sample_value) AS intensity, MIN(%s) AS reason\n  FROM house_hazard_sample s\n  LEFT JOIN house h ON h.id = s.house_id"
                        .formatted(reason);
        return """
                WITH candidate AS (
                  SELECT h.id AS house_id, %s
                  WHERE %s
                  GROUP BY h.id)
                """.formatted(source, String.join("\n    AND ", conditions));
    }

    /**
     * Candidates per village and reason, with the village's houses and its area in km² (for share and
     * density): one pass over the candidates gives the villages, the reasons and the total (summed in
     * Java), where a query per grouping would repeat the spatial join each time (H2 inlines the CTE).
     */
    static final String BY_VILLAGE_AND_REASON = """
            SELECT h.village_code, v.name AS village_name, t.code AS township_code, t.name AS township_name,
                   c.reason, COUNT(*) AS candidates,
                   (SELECT COUNT(*) FROM house a
                     WHERE a.village_code = h.village_code AND a.occupancy <> 'DEMOLISHED') AS village_houses,
                   (SELECT ST_Area(ST_Transform(b.boundary, :metricSrid)) FROM admin_area b
                     WHERE b.code = h.village_code) / 1000000.0 AS area_km2
            FROM candidate c
            LEFT JOIN house h ON h.id = c.house_id
            LEFT JOIN admin_area v ON v.code = h.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            GROUP BY h.village_code, v.name, t.code, t.name, c.reason
            """;

    /** Houses (not demolished) and area in km² of an area given by code and village-code range. */
    static final String AREA_SIZE = """
            SELECT (SELECT COUNT(*) FROM house a
                     WHERE a.village_code BETWEEN :from AND :to AND a.occupancy <> 'DEMOLISHED') AS houses,
                   (SELECT ST_Area(ST_Transform(b.boundary, :metricSrid)) FROM admin_area b
                     WHERE b.code = :code) / 1000000.0 AS area_km2
            """;

    /**
     * Houses (not demolished) where {@code conditions} (the jurisdiction and an area, on
     * {@code house h}) hold: what a compared area's candidates are a share of.
     */
    static String housesIn(List<String> conditions) {
        return "SELECT COUNT(*) FROM house h WHERE h.occupancy <> 'DEMOLISHED'"
                + conditions.stream().map(c -> "\n  AND " + c).reduce("", String::concat);
    }

    static final String COUNT = "SELECT COUNT(*) FROM candidate";

    static final String TARGETS = """
            SELECT h.code AS house_code, ST_X(h.location) AS lon, ST_Y(h.location) AS lat,
                   t.name AS township_name, v.name AS village_name, h.address, h.grade, h.structure,
                   h.seismic_measures, h.storeys, h.year_built, c.intensity, c.reason,
                   m.head_name, m.id_number, m.phone, m.members, m.primary_category
            FROM candidate c
            LEFT JOIN house h ON h.id = c.house_id
            LEFT JOIN admin_area v ON v.code = h.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            """ + MainHousehold.JOIN + """
            ORDER BY t.code, h.village_code, h.code
            """;

    static final String MIN_LON = "SELECT MIN(ST_XMin(area)), MAX(ST_XMax(area)) FROM seismic_zone";

    /**
     * {@code CASE WHEN <rule 1> THEN :rule0 WHEN … END}: the name of the first matching rule, or
     * NULL when the house meets the standard. Rule names are bound, never concatenated.
     */
    private static String reasonCase(List<RetrofitProperties.Rule> rules, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < rules.size(); i++) {
            RetrofitProperties.Rule rule = rules.get(i);
            List<String> all = new ArrayList<>();
            if (!rule.structures().isEmpty()) {
                params.addValue("ruleStructures" + i, rule.structures().stream().map(Enum::name).toList());
                all.add("h.structure IN (:ruleStructures" + i + ")");
            }
            if (!rule.seismicMeasures().isEmpty()) {
                params.addValue("ruleMeasures" + i, rule.seismicMeasures().stream().map(Enum::name).toList());
                all.add("h.seismic_measures IN (:ruleMeasures" + i + ")");
            }
            if (rule.builtBefore() != null) {
                params.addValue("ruleBuiltBefore" + i, rule.builtBefore());
                all.add("(h.year_built IS NULL OR h.year_built < :ruleBuiltBefore" + i + ")");
            }
            if (rule.minStoreys() != null) {
                params.addValue("ruleMinStoreys" + i, rule.minStoreys());
                all.add("h.storeys >= :ruleMinStoreys" + i);
            }
            params.addValue("ruleName" + i, rule.name());
            sql.append(" WHEN ").append(all.isEmpty() ? "1 = 1" : String.join(" AND ", all))
                    .append(" THEN CAST(:ruleName").append(i).append(" AS VARCHAR(100))");
        }
        return sql.append(" END").toString();
    }
}
