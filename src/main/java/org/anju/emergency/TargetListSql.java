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

    /** Check priority ({@link CheckPriority}): 1 occupied D, 2 occupied C, 3 … 5 the rest. */
    private static final String PRIORITY = CheckPriority.of("x.occupancy", "x.grade", "x.vulnerable_households",
            "x.target_households");

    /**
     * Each house of {@code hit} with every household living there (one row with NULLs when none),
     * numbered main household first ({@link MainHousehold#ORDER}) and counted over the house:
     * households, in the six categories, vulnerable, persons. One join and one sort for the whole
     * list, where a look-up of the main household and four counts per house took 1.3 times as long
     * at 10^6 houses.
     */
    private static final String RESIDENTS = """
            SELECT hit.house_id, hit.rank, r.id AS household_id, r.code AS household_code, r.head_name, r.id_number,
                   r.phone, r.members, r.primary_category, r.disabled_member, r.military_family, r.veteran,
                   r.elderly_alone,
                   ROW_NUMBER() OVER (PARTITION BY hit.house_id ORDER BY %s) AS nth,
                   COUNT(r.id) OVER (PARTITION BY hit.house_id) AS households,
                   COUNT(r.primary_category) OVER (PARTITION BY hit.house_id) AS target_households,
                   SUM(CASE WHEN %s THEN 1 ELSE 0 END) OVER (PARTITION BY hit.house_id) AS vulnerable_households,
                   COALESCE(SUM(r.members) OVER (PARTITION BY hit.house_id), 0) AS persons
            FROM hit
            LEFT JOIN household r ON r.residence_house_id = hit.house_id
            """.formatted(MainHousehold.ORDER, CheckPriority.VULNERABLE);

    private static final String HOUSE_ROWS = """
            SELECT m.rank AS severity_rank,
                   h.code AS house_code, ST_X(h.location) AS lon, ST_Y(h.location) AS lat,
                   t.code AS township_code, t.name AS township_name, v.name AS village_name, h.village_code,
                   h.address, h.grade, h.structure, h.occupancy, h.year_built,
                   m.household_code, m.head_name, m.id_number, m.phone, m.members, m.primary_category,
                   m.disabled_member, m.military_family, m.veteran, m.elderly_alone,
                   CASE WHEN EXISTS (SELECT 1 FROM house s WHERE s.owner_household_id = m.household_id
                                       AND s.grade IN ('A', 'B') AND s.id <> h.id) THEN TRUE ELSE FALSE END
                       AS owns_safe_house,
                   m.households, m.target_households, m.vulnerable_households, m.persons
            FROM (SELECT * FROM (
            """ + RESIDENTS + """
            ) w WHERE w.nth = 1) m
            LEFT JOIN house h ON h.id = m.house_id
            LEFT JOIN admin_area v ON v.code = h.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            """;

    /**
     * The list of the houses in {@code hit} down to priority {@code :maxPriority} (5: all,
     * {@link MaxPriority}), most urgent first, then by township, village and house code. Follows a
     * {@code hit} CTE (already limited to the jurisdiction).
     */
    static final String ROWS = "SELECT x.*, " + PRIORITY + " AS priority\nFROM (\n" + HOUSE_ROWS
            + ") x\nWHERE " + PRIORITY + " <= :maxPriority\nORDER BY priority, x.township_code, x.village_code, x.house_code";
}
