package org.anju.casework.report;

/**
 * SQL of the monthly progress report, identical on PostGIS and H2GIS. Counts come from the recorded
 * transitions (a re-opened case that is renovated again counts again), by township of the case's
 * village and the household's primary category; the county is a code range on the village code.
 */
final class MonthlyReportSql {

    private MonthlyReportSql() {
    }

    /** Cases (case and cycle) with a transition {@code :action} between :from and :to, by township and category. */
    static final String NODES = """
            SELECT tw.code AS township_code, tw.name AS township_name, hh.primary_category AS category,
                   t.action, COUNT(DISTINCT t.case_id * 1000 + t.cycle) AS households,
                   SUM(CASE WHEN t.occurred_on >= :monthStart THEN 1 ELSE 0 END) AS this_month,
                   COALESCE(SUM(t.central_yuan), 0) AS central_yuan, COALESCE(SUM(t.provincial_yuan), 0) AS provincial_yuan,
                   COALESCE(SUM(t.local_yuan), 0) AS local_yuan
            FROM casework_transition t
            JOIN casework_case c ON c.id = t.case_id
            LEFT JOIN household hh ON hh.id = c.household_id
            LEFT JOIN admin_area v ON v.code = c.village_code
            LEFT JOIN admin_area tw ON tw.code = v.parent_code
            WHERE c.programme = :programme AND c.village_code BETWEEN :firstVillage AND :lastVillage
              AND t.occurred_on BETWEEN :yearStart AND :monthEnd
              AND t.action IN ('START', 'COMPLETE', 'ACCEPT', 'PAY_ADVANCE', 'PAY_BALANCE')
            GROUP BY tw.code, tw.name, hh.primary_category, t.action
            """;

    /** Total investment of the cases completed in the year up to the month's end (their recorded cost). */
    static final String INVESTMENT = """
            SELECT tw.code AS township_code, COALESCE(SUM(c.cost_yuan), 0) AS cost_yuan
            FROM casework_transition t
            JOIN casework_case c ON c.id = t.case_id
            LEFT JOIN admin_area v ON v.code = c.village_code
            LEFT JOIN admin_area tw ON tw.code = v.parent_code
            WHERE c.programme = :programme AND c.village_code BETWEEN :firstVillage AND :lastVillage
              AND t.action = 'COMPLETE' AND t.occurred_on BETWEEN :yearStart AND :monthEnd AND t.cycle = c.cycle
            GROUP BY tw.code
            """;

    /** Open cases now by township and state, with the overdue ones. */
    static final String STATES = """
            SELECT tw.code AS township_code, tw.name AS township_name, c.state, COUNT(*) AS cases,
                   SUM(CASE WHEN c.deadline_on < :today THEN 1 ELSE 0 END) AS overdue
            FROM casework_case c
            LEFT JOIN admin_area v ON v.code = c.village_code
            LEFT JOIN admin_area tw ON tw.code = v.parent_code
            WHERE c.programme = :programme AND c.village_code BETWEEN :firstVillage AND :lastVillage
            GROUP BY tw.code, tw.name, c.state
            """;
}
