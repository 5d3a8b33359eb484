package org.anju.casework.inspection;

/** SQL of inspection campaigns, identical on PostGIS and H2GIS. */
final class InspectionSql {

    private InspectionSql() {
    }

    /** Tasks for the houses (not demolished) where a target household lives, in the area (以人找房). */
    static String personToHouse(String areaCondition) {
        return """
                INSERT INTO inspection_task (campaign_id, house_id, village_code, status, version)
                SELECT :campaign, h.id, h.village_code, 'TODO', 0 FROM house h
                WHERE h.occupancy <> 'DEMOLISHED' AND %s
                  AND EXISTS (SELECT 1 FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)
                """.formatted(areaCondition);
    }

    /** Tasks for every house (not demolished) in the area (以房找人, concentrated campaigns). */
    static String allHouses(String areaCondition) {
        return """
                INSERT INTO inspection_task (campaign_id, house_id, village_code, status, version)
                SELECT :campaign, h.id, h.village_code, 'TODO', 0 FROM house h
                WHERE h.occupancy <> 'DEMOLISHED' AND %s
                """.formatted(areaCondition);
    }

    static final String INSERT_TASK = """
            INSERT INTO inspection_task (campaign_id, house_id, village_code, status, version)
            SELECT :campaign, h.id, h.village_code, 'TODO', 0 FROM house h WHERE h.id = :house
            """;

    static final String CAMPAIGN = """
            SELECT c.id, c.name, c.kind, c.area_code, a.name AS area_name, c.disaster_event_id, c.buffer_metres,
                   c.started_on, c.due_on, c.created_by, c.created_at,
                   (SELECT COUNT(*) FROM inspection_task t WHERE t.campaign_id = c.id) AS tasks,
                   (SELECT COUNT(*) FROM inspection_task t WHERE t.campaign_id = c.id AND t.status = 'DONE') AS done
            FROM inspection_campaign c LEFT JOIN admin_area a ON a.code = c.area_code
            """;

    /**
     * Progress by village: tasks, done, to do, problems found (C/D found, or people evacuated), people
     * evacuated, cases opened.
     */
    static final String PROGRESS_BY_VILLAGE = """
            SELECT t.village_code, v.name AS village_name, tw.code AS township_code, tw.name AS township_name,
                   COUNT(*) AS tasks,
                   SUM(CASE WHEN t.status = 'DONE' THEN 1 ELSE 0 END) AS done,
                   SUM(CASE WHEN t.status = 'TODO' THEN 1 ELSE 0 END) AS to_do,
                   SUM(CASE WHEN t.found_grade IN ('C', 'D') OR t.evacuated_persons > 0 THEN 1 ELSE 0 END) AS problems,
                   COALESCE(SUM(t.evacuated_persons), 0) AS evacuated_persons,
                   SUM(CASE WHEN t.case_id IS NOT NULL THEN 1 ELSE 0 END) AS cases_opened,
                   MIN(t.team) AS team
            FROM inspection_task t
            LEFT JOIN admin_area v ON v.code = t.village_code
            LEFT JOIN admin_area tw ON tw.code = v.parent_code
            WHERE t.campaign_id = :campaign
            GROUP BY t.village_code, v.name, tw.code, tw.name
            ORDER BY t.village_code
            """;

    /** Tasks as GeoJSON rows (house point), optionally of one status. */
    static String tasks(boolean byStatus) {
        return """
                SELECT t.id, ST_AsBinary(h.location) AS geom, h.code AS house_code, h.grade AS house_grade,
                       h.occupancy AS house_occupancy, t.village_code, t.team, t.status, t.found_grade, t.occupancy,
                       t.evacuated_persons, t.found_lon, t.found_lat, t.note, t.inspected_on, t.inspected_by, t.case_id,
                       t.version
                FROM inspection_task t LEFT JOIN house h ON h.id = t.house_id
                WHERE t.campaign_id = :campaign
                """ + (byStatus ? "  AND t.status = :status\n" : "") + "ORDER BY t.village_code, h.code";
    }

    static final String TASK = """
            SELECT t.id, t.campaign_id, t.house_id, h.code AS house_code, t.status, t.version,
                   (SELECT COUNT(*) FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)
                       AS target_households,
                   (SELECT COUNT(*) FROM casework_case c WHERE c.house_id = h.id) AS cases
            FROM inspection_task t LEFT JOIN house h ON h.id = t.house_id
            WHERE t.campaign_id = :campaign AND t.id = :task
            """;

    static final String RECORD = """
            UPDATE inspection_task SET status = 'DONE', found_grade = :grade, occupancy = :occupancy,
                   evacuated_persons = :evacuated, found_lon = :lon, found_lat = :lat, note = :note,
                   inspected_on = :inspectedOn, inspected_by = :actor, version = version + 1
            WHERE id = :task AND campaign_id = :campaign AND version = :version
            """;
}
