package org.anju.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.anju.area.AreaScope;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of the problem ledger, in one place. The jurisdiction of the caller is a condition on
 * {@code p.area_code} in every query that reads problems ({@link Jurisdiction#condition}): an account
 * never reaches a problem of an area outside its own.
 */
final class ProblemSql {

    private ProblemSql() {
    }

    /** An ended problem (closed or unfounded), as SQL on {@code p}. */
    static final String ENDED = "p.state IN ('CLOSED', 'UNFOUNDED')";

    /**
     * Columns of a problem as listed and shown: the area with its township and village (a township-level
     * problem has no village, a county-level one neither), the point as lon/lat.
     */
    static final String COLUMNS = """
            SELECT p.id, p.source, p.source_reference, p.description, p.area_code, a.name AS area_name,
                   a.level AS area_level,
                   CASE a.level WHEN 'VILLAGE' THEN up.code WHEN 'TOWNSHIP' THEN a.code END AS township_code,
                   CASE a.level WHEN 'VILLAGE' THEN up.name WHEN 'TOWNSHIP' THEN a.name END AS township_name,
                   CASE a.level WHEN 'VILLAGE' THEN a.code END AS village_code,
                   CASE a.level WHEN 'VILLAGE' THEN a.name END AS village_name,
                   p.responsible_unit, p.responsible_person, p.deadline_on, p.measures, p.progress, p.state,
                   p.reason, p.found_on, p.registered_on, p.closed_on, p.finding_key, p.created_by,
                   ST_X(p.location) AS lon, ST_Y(p.location) AS lat, p.version, p.created_at, p.updated_at
            FROM problem p
            JOIN admin_area a ON a.code = p.area_code
            LEFT JOIN admin_area up ON up.code = a.parent_code
            """;

    static final String ONE = COLUMNS + "WHERE p.id = :id";

    /** The problem {@code :id} if the caller's jurisdiction covers its area; no row otherwise (→ 404). */
    static String visible(MapSqlParameterSource params) {
        return "SELECT p.id FROM problem p WHERE p.id = :id AND " + Jurisdiction.current().condition("p.area_code", params);
    }

    /** Locks the problem's row until the transaction ends (SELECT … FOR UPDATE), so racing writers queue. */
    static final String LOCK = "SELECT id FROM problem WHERE id = :id FOR UPDATE";

    static final String STATE_AND_VERSION = """
            SELECT state, version, found_on, responsible_unit, responsible_person, deadline_on, measures, progress,
                   description, area_code
            FROM problem WHERE id = :id
            """;

    /** A new problem (state REGISTERED), with its point ({@code :lon}, {@code :lat}) or without one. */
    static String insert(boolean withLocation) {
        return """
                INSERT INTO problem (source, source_reference, description, area_code, location, responsible_unit,
                                     responsible_person, deadline_on, measures, progress, state, found_on, registered_on,
                                     finding_key, created_by, version, created_at, updated_at)
                VALUES (:source, :reference, :description, :area, %s,
                        :unit, :person, :deadline, :measures, :progress, 'REGISTERED', :foundOn, :registeredOn,
                        :findingKey, :createdBy, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                """.formatted(withLocation ? "ST_SetSRID(ST_MakePoint(:lon, :lat), 4490)" : "NULL");
    }

    /** The point of the first linked house, for a problem given none of its own. */
    static final String LOCATION_FROM_FIRST_HOUSE = """
            UPDATE problem SET location = (SELECT h.location FROM problem_link l JOIN house h ON h.id = l.house_id
                                           WHERE l.problem_id = :id ORDER BY l.id FETCH FIRST 1 ROWS ONLY)
            WHERE id = :id AND location IS NULL
            """;

    static final String INSERT_LINK = """
            INSERT INTO problem_link (problem_id, house_id, household_id, case_id, village_code, linked_code, kind)
            VALUES (:problemId, :houseId, :householdId, :caseId, :villageCode, :code, :kind)
            """;

    static final String LINKS = """
            SELECT l.kind, l.linked_code, l.house_id, l.household_id, l.case_id, l.village_code,
                   v.name AS village_name
            FROM problem_link l LEFT JOIN admin_area v ON v.code = l.village_code
            WHERE l.problem_id = :id ORDER BY l.id
            """;

    /** A state change with the version the client read: no row matches when another change came first. */
    static final String MOVE = """
            UPDATE problem SET state = :to, closed_on = :closedOn, reason = :reason, responsible_unit = :unit,
                               responsible_person = :person, deadline_on = :deadline, measures = :measures,
                               progress = :progress, version = version + 1, updated_at = CURRENT_TIMESTAMP
            WHERE id = :id AND version = :version
            """;

    static final String EDIT = """
            UPDATE problem SET description = :description, responsible_unit = :unit, responsible_person = :person,
                               deadline_on = :deadline, measures = :measures, progress = :progress,
                               version = version + 1, updated_at = CURRENT_TIMESTAMP
            WHERE id = :id AND version = :version
            """;

    static final String INSERT_TRANSITION = """
            INSERT INTO problem_transition (problem_id, action, from_state, to_state, occurred_on, recorded_at, actor, note)
            VALUES (:problemId, :action, :fromState, :toState, :occurredOn, :recordedAt, :actor, :note)
            """;

    static final String TRANSITIONS = """
            SELECT id, action, from_state, to_state, occurred_on, recorded_at, actor, note
            FROM problem_transition WHERE problem_id = :id ORDER BY id
            """;

    static final String EVIDENCE_COUNT = """
            SELECT COUNT(*) FROM problem_document WHERE problem_id = :id AND kind = 'EVIDENCE'
            """;

    // ---- what a problem may be linked to, within the caller's jurisdiction --------------------------

    static String house(MapSqlParameterSource params) {
        return "SELECT h.id, h.village_code FROM house h WHERE h.code = :code AND "
                + Jurisdiction.current().condition("h.village_code", params);
    }

    static String household(MapSqlParameterSource params) {
        return "SELECT hh.id, hh.village_code FROM household hh WHERE hh.code = :code AND "
                + Jurisdiction.current().condition("hh.village_code", params);
    }

    static String caseById(MapSqlParameterSource params) {
        return "SELECT c.id, c.village_code FROM casework_case c WHERE c.id = :caseId AND "
                + Jurisdiction.current().condition("c.village_code", params);
    }

    /** An area of any level by its code, within the caller's jurisdiction. */
    static String area(MapSqlParameterSource params) {
        return "SELECT a.code, a.level, a.name, a.parent_code FROM admin_area a WHERE a.code = :code AND "
                + Jurisdiction.current().condition("a.code", params);
    }

    /** The village whose boundary holds the point, within the caller's jurisdiction. */
    static String villageAt(MapSqlParameterSource params) {
        return """
                SELECT a.code FROM admin_area a
                WHERE a.level = 'VILLAGE' AND a.boundary && ST_SetSRID(ST_MakePoint(:lon, :lat), 4490)
                  AND ST_Contains(a.boundary, ST_SetSRID(ST_MakePoint(:lon, :lat), 4490)) AND """
                + Jurisdiction.current().condition("a.code", params) + " ORDER BY a.code FETCH FIRST 1 ROWS ONLY";
    }

    /** Townships and villages of an area by name or code (for imported rows), within the jurisdiction. */
    static String areaByNameOrCode(String level, String within, MapSqlParameterSource params) {
        params.addValue("level", level);
        return "SELECT a.code FROM admin_area a WHERE a.level = :level AND (a.code = :text OR a.name = :text) AND "
                + AreaScope.villageIn("a.code", List.of(within), "within", params) + " AND "
                + Jurisdiction.current().condition("a.code", params) + " ORDER BY a.code";
    }

    // ---- lists -------------------------------------------------------------------------------------

    /** WHERE clause of the list filters, within the caller's jurisdiction. */
    static String where(ProblemQuery query, LocalDate today, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(Jurisdiction.current().condition("p.area_code", params));
        if (!query.sources().isEmpty()) {
            conditions.add("p.source IN (:sources)");
            params.addValue("sources", query.sources().stream().map(Enum::name).toList());
        }
        if (!query.states().isEmpty()) {
            conditions.add("p.state IN (:states)");
            params.addValue("states", query.states().stream().map(Enum::name).toList());
        }
        if (!query.areas().isEmpty()) {
            conditions.add(AreaScope.villageIn("p.area_code", query.areas(), "area", params));
        }
        if (query.overdue() != null) {
            conditions.add(query.overdue() ? "p.deadline_on < :today AND NOT " + ENDED
                    : "NOT (p.deadline_on IS NOT NULL AND p.deadline_on < :today AND NOT " + ENDED + ")");
        }
        if (query.house() != null) {
            conditions.add("p.id IN (SELECT l.problem_id FROM problem_link l JOIN house h ON h.id = l.house_id "
                    + "WHERE h.code = :house)");
            params.addValue("house", query.house());
        }
        if (query.caseId() != null) {
            conditions.add("p.id IN (SELECT l.problem_id FROM problem_link l WHERE l.case_id = :caseId)");
            params.addValue("caseId", query.caseId());
        }
        if (query.bbox() != null) {
            params.addValue("minLon", query.bbox().minLon()).addValue("minLat", query.bbox().minLat())
                    .addValue("maxLon", query.bbox().maxLon()).addValue("maxLat", query.bbox().maxLat());
            conditions.add("p.location && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490)");
            conditions.add("ST_Intersects(p.location, ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490))");
        }
        params.addValue("today", today);
        return " WHERE " + String.join(" AND ", conditions) + "\n";
    }

    static String count(String where) {
        return "SELECT COUNT(*) FROM problem p" + where;
    }

    /** Open problems first, the nearest deadline first (overdue ones at the top), then by number. */
    static final String ORDER = "ORDER BY CASE WHEN " + ENDED + " THEN 1 ELSE 0 END, p.deadline_on NULLS LAST, p.id";

    static String page(String where) {
        return COLUMNS + where + ORDER + " LIMIT :limit OFFSET :offset";
    }

    /** The points of the map layer: the most pressing first, at most :limit. */
    static String mapFeatures(String where) {
        return """
                SELECT p.id, ST_AsBinary(p.location) AS geom, p.source, p.state, p.description, p.deadline_on,
                       CASE WHEN p.deadline_on < :today AND NOT %s THEN TRUE ELSE FALSE END AS overdue
                FROM problem p""".formatted(ENDED) + where + "  AND p.location IS NOT NULL\n" + ORDER + " LIMIT :limit";
    }

    /** The 整改台账 as sent upward: every matching problem in area order, then by number. */
    static String ledger(String where) {
        return COLUMNS + where + "ORDER BY p.area_code, p.id";
    }
}
