package org.anju.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.anju.area.AreaScope;
import org.anju.household.TargetCategory;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** SQL of the case ledger, identical on PostGIS and H2GIS. Values are always bound. */
final class CaseSql {

    private CaseSql() {
    }

    /** Locks a case's row until the transaction ends (see {@code CaseLedger.findLocked}). */
    static final String LOCK = "SELECT id FROM casework_case WHERE id = :id FOR UPDATE";

    static final String INSERT_TRANSITION = """
            INSERT INTO casework_transition (case_id, cycle, action, from_state, to_state, occurred_on, recorded_at,
                                             actor, note, central_yuan, provincial_yuan, local_yuan)
            VALUES (:caseId, :cycle, :action, :fromState, :toState, :occurredOn, :recordedAt,
                    :actor, :note, :central, :provincial, :local)
            """;

    static final String TRANSITIONS = """
            SELECT id, cycle, action, from_state, to_state, occurred_on, recorded_at, actor, note,
                   central_yuan, provincial_yuan, local_yuan
            FROM casework_transition WHERE case_id = :caseId ORDER BY id
            """;

    /** The house of a case: what ASSESS, WITHDRAW and the subsidy need. */
    static final String HOUSE = """
            SELECT h.id, h.code, h.village_code, h.grade, h.assessed_on, h.occupancy
            FROM house h WHERE h.code = :code
            """;

    static final String HOUSE_BY_ID = """
            SELECT h.id, h.code, h.village_code, h.grade, h.assessed_on, h.occupancy
            FROM house h WHERE h.id = :id
            """;

    static final String HOUSEHOLD = """
            SELECT hh.id, hh.code, hh.village_code, hh.members, hh.primary_category, hh.residence_house_id
            FROM household hh WHERE hh.code = :code
            """;

    static final String HOUSEHOLD_BY_ID = """
            SELECT hh.id, hh.code, hh.village_code, hh.members, hh.primary_category, hh.residence_house_id
            FROM household hh WHERE hh.id = :id
            """;

    /** The target household living in a house, the highest category first (then the oldest record). */
    static final String RESIDENT_TARGET_HOUSEHOLD = """
            SELECT r.id FROM household r
            WHERE r.residence_house_id = :houseId AND r.primary_category IS NOT NULL
            ORDER BY %s, r.id
            """.formatted(TargetCategory.sqlRank("r.primary_category"));

    /** Does the household own or live in any house; does it own or live in an A/B house other than :houseId (-1: none)? */
    /**
     * The houses of household {@code :householdId} — owned, or lived in — and of them the safe ones
     * (A/B, standing) other than {@code :houseId}. The candidates are two index look-ups joined by
     * UNION: written as {@code owner_household_id = … OR id = (…)} H2 read every house for each case.
     */
    static final String HOUSING_OF_HOUSEHOLD = """
            SELECT COUNT(*) AS houses,
                   COALESCE(SUM(CASE WHEN h.grade IN ('A', 'B') AND h.occupancy <> 'DEMOLISHED' AND h.id <> :houseId
                                     THEN 1 ELSE 0 END), 0) AS safe_houses
            FROM (SELECT o.id FROM house o WHERE o.owner_household_id = :householdId
                  UNION
                  SELECT r.residence_house_id FROM household r
                  WHERE r.id = :householdId AND r.residence_house_id IS NOT NULL) c
            JOIN house h ON h.id = c.id
            """;

    static final String DOCUMENT_KINDS = """
            SELECT DISTINCT kind FROM casework_document WHERE case_id = :caseId AND cycle = :cycle
            """;

    /**
     * The cases "open missing" would open in the area, as a derived table {@code m} (house_id,
     * household_id, village_code, grade, assessed_on): every C/D house (not demolished) where a target
     * household lives and that never had a case, for the highest-priority target household living there
     * unless that household has an open case. A household lives in one house, so no household appears twice.
     */
    private static String missingCases(String areaCondition) {
        return """
                (SELECT x.house_id, x.household_id, x.village_code, x.grade, x.assessed_on
                 FROM (
                   SELECT h.id AS house_id, h.village_code, h.grade, COALESCE(h.assessed_on, CURRENT_DATE) AS assessed_on,
                          (%s) AS household_id
                   FROM house h
                   WHERE h.grade IN ('C', 'D') AND h.occupancy <> 'DEMOLISHED' AND %s
                     AND NOT EXISTS (SELECT 1 FROM casework_case c WHERE c.house_id = h.id)) x
                 WHERE x.household_id IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM casework_case c WHERE c.open_household_id = x.household_id)) m"""
                .formatted(RESIDENT_TARGET_HOUSEHOLD.replace(":houseId", "h.id").strip() + " FETCH FIRST 1 ROWS ONLY",
                        areaCondition);
    }

    /**
     * Opens a case, state ASSESSED, for every house of {@link #missingCases}. Dates come from the house's
     * current assessment.
     */
    static String openMissing(String areaCondition) {
        return """
                INSERT INTO casework_case (house_id, household_id, village_code, programme, state, cycle,
                                           open_house_id, open_household_id, grade, discovered_on, reported_on,
                                           assessed_on, version, created_at, updated_at)
                SELECT m.house_id, m.household_id, m.village_code, 'DANGEROUS_HOUSE', 'ASSESSED', 1,
                       m.house_id, m.household_id, m.grade, m.assessed_on, m.assessed_on, m.assessed_on, 0,
                       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
                FROM %s
                """.formatted(missingCases(areaCondition));
    }

    /** The dry run of {@link #openMissing}: how many cases it would open, by village (with township), in code order. */
    static String missingByVillage(String areaCondition) {
        return """
                SELECT m.village_code, v.name AS village_name, tw.code AS township_code, tw.name AS township_name,
                       COUNT(*) AS to_open
                FROM %s
                LEFT JOIN admin_area v ON v.code = m.village_code
                LEFT JOIN admin_area tw ON tw.code = v.parent_code
                GROUP BY m.village_code, v.name, tw.code, tw.name
                ORDER BY m.village_code
                """.formatted(missingCases(areaCondition));
    }

    /**
     * {@code house.has_open_case}: whether the house has an open case, kept by the ledger so that the
     * case map can use a spatial index on those houses alone (PostGIS: a partial GiST index).
     */
    static final String MARK_HOUSE_OPEN_CASE = """
            UPDATE house SET has_open_case = (
                SELECT COUNT(*) FROM casework_case c WHERE c.open_house_id = :houseId) > 0
            WHERE id = :houseId
            """;

    /** The same after a bulk opening: every house with an open case that is not marked yet. */
    static final String MARK_HOUSES_WITH_OPEN_CASES = """
            UPDATE house SET has_open_case = TRUE
            WHERE has_open_case = FALSE
              AND id IN (SELECT c.open_house_id FROM casework_case c WHERE c.open_house_id IS NOT NULL)
            """;

    /** The OPEN transition for cases that have none yet (those just opened in bulk). */
    static final String OPEN_TRANSITIONS_FOR_NEW = """
            INSERT INTO casework_transition (case_id, cycle, action, from_state, to_state, occurred_on, recorded_at, actor, note)
            SELECT c.id, c.cycle, 'OPEN', NULL, c.state, c.reported_on, :recordedAt, :actor, :note
            FROM casework_case c
            WHERE NOT EXISTS (SELECT 1 FROM casework_transition t WHERE t.case_id = c.id)
            """;

    /** Columns of a case as listed and shown (house point as WKB in {@code geom}). */
    static final String CASE_COLUMNS = """
            SELECT c.id, ST_AsBinary(h.location) AS geom, c.state, c.programme, c.cycle, c.village_code,
                   v.name AS village_name, t.code AS township_code, t.name AS township_name,
                   h.code AS house_code, h.grade AS house_grade, h.occupancy AS house_occupancy,
                   hh.code AS household_code, hh.head_name, hh.members, hh.primary_category,
                   c.grade, c.method, c.planned_floor_area, c.cost_yuan, c.approved_yuan, c.in_disaster_rebuild,
                   c.household_split_on, c.rejection_reason, c.discovered_on, c.reported_on, c.assessed_on,
                   c.approved_on, c.started_on, c.completed_on, c.accepted_on, c.paid_on, c.ended_on,
                   c.deadline_on, c.deadline_rule, c.version, c.created_at, c.updated_at
            FROM casework_case c
            LEFT JOIN house h ON h.id = c.house_id
            LEFT JOIN household hh ON hh.id = c.household_id
            LEFT JOIN admin_area v ON v.code = c.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            """;

    static final String ONE = CASE_COLUMNS + "WHERE c.id = :id";

    /**
     * The case {@code :id} if it lies in the caller's jurisdiction (on the case's village): no row
     * otherwise, which every route that names one case answers with 404, as if it did not exist.
     */
    static String visible(MapSqlParameterSource params) {
        return "SELECT c.id FROM casework_case c WHERE c.id = :id AND "
                + Jurisdiction.current().condition("c.village_code", params);
    }

    /** {@link #HOUSE} limited to the caller's jurisdiction: a house outside it is unknown. */
    static String house(MapSqlParameterSource params) {
        return HOUSE.strip() + " AND " + Jurisdiction.current().condition("h.village_code", params);
    }

    /** {@link #HOUSEHOLD} limited to the caller's jurisdiction: a household outside it is unknown. */
    static String household(MapSqlParameterSource params) {
        return HOUSEHOLD.strip() + " AND " + Jurisdiction.current().condition("hh.village_code", params);
    }

    /** WHERE clause of the list filters, within the caller's jurisdiction (always true for an unrestricted account). */
    static String where(CaseQuery query, LocalDate today, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        conditions.add(Jurisdiction.current().condition("c.village_code", params));
        if (!query.states().isEmpty()) {
            conditions.add("c.state IN (:states)");
            params.addValue("states", query.states().stream().map(Enum::name).toList());
        }
        if (!query.areas().isEmpty()) {
            conditions.add(AreaScope.villageIn("c.village_code", query.areas(), "area", params));
        }
        if (query.programme() != null) {
            conditions.add("c.programme = :programme");
            params.addValue("programme", query.programme().name());
        }
        if (query.overdue()) {
            conditions.add("c.deadline_on < :today");
        }
        if (query.dueWithinDays() != null) {
            conditions.add("c.deadline_on >= :today AND c.deadline_on <= :dueBy");
            params.addValue("dueBy", today.plusDays(query.dueWithinDays()));
        }
        if (query.house() != null) {
            conditions.add("h.code = :house");
            params.addValue("house", query.house());
        }
        if (query.household() != null) {
            conditions.add("hh.code = :household");
            params.addValue("household", query.household());
        }
        params.addValue("today", today);
        return " WHERE " + String.join(" AND ", conditions) + "\n";
    }

    static String count(String where) {
        return """
                SELECT COUNT(*) FROM casework_case c
                LEFT JOIN house h ON h.id = c.house_id
                LEFT JOIN household hh ON hh.id = c.household_id
                """ + where;
    }

    static String page(String where) {
        return CASE_COLUMNS + where + "ORDER BY c.deadline_on NULLS LAST, c.id LIMIT :limit OFFSET :offset";
    }

    /** Overdue and due-soon open cases per township. */
    static String deadlinesByTownship(String where) {
        return """
                SELECT t.code AS township_code, t.name AS township_name,
                       SUM(CASE WHEN c.deadline_on < :today THEN 1 ELSE 0 END) AS overdue,
                       SUM(CASE WHEN c.deadline_on >= :today AND c.deadline_on <= :soon THEN 1 ELSE 0 END) AS due_soon,
                       COUNT(*) AS open_cases
                FROM casework_case c
                LEFT JOIN house h ON h.id = c.house_id
                LEFT JOIN household hh ON hh.id = c.household_id
                LEFT JOIN admin_area v ON v.code = c.village_code
                LEFT JOIN admin_area t ON t.code = v.parent_code
                """ + where + """
                  AND c.open_household_id IS NOT NULL
                GROUP BY t.code, t.name
                ORDER BY t.code
                """;
    }
}
