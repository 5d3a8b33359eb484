package org.anju.casework;

import java.util.ArrayList;
import java.util.List;

import org.anju.area.AreaScope;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * SQL of the case map and the dashboard, identical on PostGIS and H2GIS. Every statement is limited
 * to the caller's jurisdiction on {@code c.village_code}; {@code :today} and {@code :soon} (the last
 * day still "due soon") are bound by {@link #conditions}.
 */
final class CaseOverviewSql {

    private CaseOverviewSql() {
    }

    /**
     * The conditions on {@code casework_case c} (and, with a bbox, {@code house h}) joined by AND:
     * jurisdiction, areas, programme, urgencies, bbox — never empty (the jurisdiction is at least TRUE).
     */
    static String conditions(CaseOverviewQuery query, Jurisdiction jurisdiction, java.time.LocalDate today,
                             java.time.LocalDate soon, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(jurisdiction.condition("c.village_code", params));
        params.addValue("today", today).addValue("soon", soon);
        if (!query.areas().isEmpty()) {
            conditions.add(AreaScope.villageIn("c.village_code", query.areas(), "area", params));
        }
        if (query.programme() != null) {
            conditions.add("c.programme = :programme");
            params.addValue("programme", query.programme().name());
        }
        if (!query.urgencies().isEmpty()) {
            conditions.add("(" + String.join(" OR ", query.urgencies().stream().map(Urgency::condition).toList()) + ")");
        }
        if (query.bbox() != null) {
            params.addValue("minLon", query.bbox().minLon()).addValue("minLat", query.bbox().minLat())
                    .addValue("maxLon", query.bbox().maxLon()).addValue("maxLat", query.bbox().maxLat());
            conditions.add("h.location && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490)");
            conditions.add("ST_Intersects(h.location, ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490))");
        }
        return String.join("\n  AND ", conditions);
    }

    /**
     * Open cases with a house (无房户 have no place on a map), as GeoJSON rows: the house point, state,
     * next deadline and its urgency; the most urgent first, at most {@code :limit}. The join on
     * {@code open_house_id} (unique, set only while the case is open) selects the open cases;
     * {@code h.has_open_case} lets PostGIS search only the houses with an open case (partial GiST
     * index {@code house_open_case_location}) instead of every house in a large box.
     */
    static String mapFeatures(String conditions) {
        return """
                SELECT c.id, ST_AsBinary(h.location) AS geom, c.state, c.programme, h.code AS house_code,
                       h.grade AS house_grade, c.village_code, v.name AS village_name, c.deadline_on, c.deadline_rule,
                       %s AS urgency
                FROM casework_case c
                JOIN house h ON h.id = c.open_house_id
                LEFT JOIN admin_area v ON v.code = c.village_code
                WHERE h.has_open_case AND %s
                ORDER BY c.deadline_on NULLS LAST, c.id
                LIMIT :limit
                """.formatted(Urgency.SQL, conditions);
    }

    /** The same open cases counted by urgency: one row. */
    static String mapCounts(String conditions) {
        return """
                SELECT COUNT(*) AS cases,
                       SUM(CASE WHEN c.deadline_on < :today THEN 1 ELSE 0 END) AS overdue,
                       SUM(CASE WHEN c.deadline_on >= :today AND c.deadline_on <= :soon THEN 1 ELSE 0 END) AS due_soon,
                       SUM(CASE WHEN c.deadline_on > :soon THEN 1 ELSE 0 END) AS on_time,
                       SUM(CASE WHEN c.deadline_on IS NULL THEN 1 ELSE 0 END) AS no_deadline
                FROM casework_case c
                JOIN house h ON h.id = c.open_house_id
                WHERE h.has_open_case AND %s
                """.formatted(conditions);
    }

    /**
     * Every case (open and ended, with or without a house) by township and state, with the overdue
     * and due-soon ones (only open cases carry a deadline).
     */
    static String byTownshipAndState(String conditions) {
        return """
                SELECT t.code AS township_code, t.name AS township_name, c.state, COUNT(*) AS cases,
                       SUM(CASE WHEN c.deadline_on < :today THEN 1 ELSE 0 END) AS overdue,
                       SUM(CASE WHEN c.deadline_on >= :today AND c.deadline_on <= :soon THEN 1 ELSE 0 END) AS due_soon
                FROM casework_case c
                LEFT JOIN admin_area v ON v.code = c.village_code
                LEFT JOIN admin_area t ON t.code = v.parent_code
                WHERE %s
                GROUP BY t.code, t.name, c.state
                ORDER BY t.code, c.state
                """.formatted(conditions);
    }

    /**
     * Key nodes per calendar month between {@code :from} and {@code :to} (days in the field,
     * {@code occurred_on}): 开工 (START), 竣工 (COMPLETE), 验收 (ACCEPT), 销号 (CLOSE). The year and month
     * are computed in a subquery so that both databases group by plain columns.
     */
    static String monthlyNodes(String conditions) {
        return """
                SELECT y, m, action, COUNT(*) AS nodes
                FROM (SELECT CAST(EXTRACT(YEAR FROM t.occurred_on) AS INTEGER) AS y,
                             CAST(EXTRACT(MONTH FROM t.occurred_on) AS INTEGER) AS m, t.action
                      FROM casework_transition t
                      JOIN casework_case c ON c.id = t.case_id
                      WHERE t.action IN ('START', 'COMPLETE', 'ACCEPT', 'CLOSE')
                        AND t.occurred_on BETWEEN :from AND :to
                        AND %s) x
                GROUP BY y, m, action
                """.formatted(conditions);
    }
}
