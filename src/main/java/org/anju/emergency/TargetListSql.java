package org.anju.emergency;

import org.anju.household.MainHousehold;

/**
 * The rows of a target list (排查目标清单): one per house of the CTE {@code hit}, with its main
 * resident household (the one of highest category priority), resident counts and the check
 * priority. Used for the houses a disaster affected and for the houses where people live in danger.
 */
final class TargetListSql {

    private TargetListSql() {
    }

    /**
     * Check priority: 1 occupied D, 2 occupied C, 3 occupied unassessed with vulnerable households,
     * 4 other occupied houses of households in the six categories, 5 the rest.
     */
    private static final String PRIORITY = """
            CASE WHEN x.occupancy IN ('OCCUPIED', 'SEASONAL') AND x.grade = 'D' THEN 1
                 WHEN x.occupancy IN ('OCCUPIED', 'SEASONAL') AND x.grade = 'C' THEN 2
                 WHEN x.occupancy IN ('OCCUPIED', 'SEASONAL') AND x.grade = 'UNASSESSED'
                      AND x.vulnerable_households > 0 THEN 3
                 WHEN x.occupancy IN ('OCCUPIED', 'SEASONAL') AND x.target_households > 0 THEN 4
                 ELSE 5 END""";

    private static final String HOUSE_ROWS = """
            SELECT e.rank AS severity_rank,
                   h.code AS house_code, ST_X(h.location) AS lon, ST_Y(h.location) AS lat,
                   t.code AS township_code, t.name AS township_name, v.name AS village_name, h.village_code,
                   h.address, h.grade, h.structure, h.occupancy, h.year_built,
                   m.code AS household_code, m.head_name, m.id_number, m.phone, m.members, m.primary_category,
                   m.disabled_member, m.military_family, m.veteran, m.elderly_alone,
                   CASE WHEN EXISTS (SELECT 1 FROM house s WHERE s.owner_household_id = m.id
                                       AND s.grade IN ('A', 'B') AND s.id <> h.id) THEN TRUE ELSE FALSE END
                       AS owns_safe_house,
                   e.households, e.target_households, e.vulnerable_households, e.persons
            FROM """ + AffectedSql.EXPOSED + """
             e
            LEFT JOIN house h ON h.id = e.house_id
            LEFT JOIN admin_area v ON v.code = h.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            """ + MainHousehold.JOIN;

    /**
     * The list of the houses in {@code hit}, most urgent first, then by township, village and house
     * code. Follows a {@code hit} CTE (already limited to the jurisdiction).
     */
    static final String ROWS = "SELECT x.*, " + PRIORITY + " AS priority\nFROM (\n" + HOUSE_ROWS
            + ") x\nORDER BY priority, x.township_code, x.village_code, x.house_code";
}
