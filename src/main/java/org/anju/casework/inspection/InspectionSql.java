package org.anju.casework.inspection;

import org.anju.emergency.CheckPriority;
import org.anju.household.MainHousehold;

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

    /** A task for the house {@code :house} if it lies in the campaign's area (village codes :firstVillage–:lastVillage). */
    static final String INSERT_TASK_IN_AREA = """
            INSERT INTO inspection_task (campaign_id, house_id, village_code, status, version)
            SELECT :campaign, h.id, h.village_code, 'TODO', 0 FROM house h
            WHERE h.id = :house AND h.village_code BETWEEN :firstVillage AND :lastVillage
            """;

    /**
     * Campaigns with their tasks and tasks done, both counted within {@code taskScope} (a condition on
     * {@code t.village_code}: the caller's jurisdiction).
     */
    static String campaigns(String taskScope) {
        return """
                SELECT c.id, c.name, c.kind, c.area_code, a.name AS area_name, c.disaster_event_id, e.name AS disaster_event_name,
                       c.buffer_metres, c.started_on, c.due_on, c.created_by, c.created_at, c.closed_on, c.closed_by,
                       c.closed_at, c.close_note,
                       (SELECT COUNT(*) FROM inspection_task t WHERE t.campaign_id = c.id AND %1$s) AS tasks,
                       (SELECT COUNT(*) FROM inspection_task t WHERE t.campaign_id = c.id AND t.status = 'DONE'
                           AND %1$s) AS done
                FROM inspection_campaign c LEFT JOIN admin_area a ON a.code = c.area_code
                LEFT JOIN disaster_event e ON e.id = c.disaster_event_id
                """.formatted(taskScope);
    }

    /** Campaigns still running ({@code OPEN}) or closed ({@code CLOSED}): a condition on {@code c}. */
    static String inState(String state) {
        return "OPEN".equals(state) ? "c.closed_on IS NULL" : "c.closed_on IS NOT NULL";
    }

    /** The emergency campaign of {@code :event} that is not closed, if any (one per event at a time). */
    static final String OPEN_EMERGENCY_OF_EVENT = """
            SELECT id, name FROM inspection_campaign
            WHERE kind = 'EMERGENCY' AND disaster_event_id = :event AND closed_on IS NULL
            ORDER BY id FETCH FIRST 1 ROWS ONLY
            """;

    static final String CLOSE = """
            UPDATE inspection_campaign SET closed_on = :closedOn, closed_by = :actor, closed_at = :closedAt,
                   close_note = :note
            WHERE id = :campaign AND closed_on IS NULL
            """;

    /** A village's tasks to a team and an account (both replaced). */
    static final String ASSIGN = """
            UPDATE inspection_task SET team = :team, assignee = :account
            WHERE campaign_id = :campaign AND village_code = :village
            """;

    static final String ACCOUNT = "SELECT username, role, jurisdiction_code, enabled FROM account WHERE username = :username";

    /** The display names of accounts {@code :usernames}. */
    static final String DISPLAY_NAMES = "SELECT username, display_name FROM account WHERE username IN (:usernames)";

    /**
     * Accounts that may take a village's tasks: enabled, of a role that records results, with a
     * jurisdiction among {@code :areas} (the village and the areas above it) or none (county-wide) —
     * the most local first (of the codes covering one village, the more local is the greater).
     */
    static final String ASSIGNEES = """
            SELECT a.username, a.display_name, a.role, a.jurisdiction_code, j.name AS jurisdiction_name
            FROM account a LEFT JOIN admin_area j ON j.code = a.jurisdiction_code
            WHERE a.enabled AND a.role IN ('COUNTY_ADMIN', 'COUNTY_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_INSPECTOR')
              AND (a.jurisdiction_code IS NULL OR a.jurisdiction_code IN (:areas))
            ORDER BY a.jurisdiction_code DESC NULLS LAST, a.username
            FETCH FIRST 200 ROWS ONLY
            """;

    /** Only campaigns with a task in {@code taskScope} (for an account limited to a township or village). */
    static String hasTaskIn(String taskScope) {
        return "EXISTS (SELECT 1 FROM inspection_task t WHERE t.campaign_id = c.id AND " + taskScope + ")";
    }

    /**
     * The campaign's tasks within {@code taskScope} (and {@code :village} when {@code oneVillage}) with
     * their house's check priority, as a derived table: task_id, village_code, {@code priority}
     * ({@link CheckPriority}), vulnerable_households, occupied, occupied_dangerous. The priority is the
     * house's as stored (a field result is kept on the task and does not change it). Derived tables, not
     * CTEs: written as CTEs, H2 2.4 answered a second village's inspector with no tasks (PostGIS was
     * right; the cause is not pinned down — a small CTE probe with changing parameters did not show it).
     */
    static String checked(String taskScope, boolean oneVillage) {
        String occupied = "occupancy IN ('OCCUPIED', 'SEASONAL')";
        return """
                (SELECT task_id, village_code, vulnerable_households, %5$s AS priority,
                        CASE WHEN %6$s THEN 1 ELSE 0 END AS occupied,
                        CASE WHEN %6$s AND grade IN ('C', 'D') THEN 1 ELSE 0 END AS occupied_dangerous
                 FROM (SELECT t.id AS task_id, t.village_code, h.grade, h.occupancy,
                              %1$s AS vulnerable_households, %2$s AS target_households
                       FROM inspection_task t LEFT JOIN house h ON h.id = t.house_id
                       WHERE t.campaign_id = :campaign AND %3$s%4$s) counted)""".formatted(
                CheckPriority.vulnerableHouseholdsOf("h.id"), CheckPriority.targetHouseholdsOf("h.id"),
                taskScope, oneVillage ? " AND t.village_code = :village" : "",
                CheckPriority.of("occupancy", "grade", "vulnerable_households", "target_households"), occupied);
    }

    /**
     * The order of the campaign's villages within {@code taskScope}, as a derived table: village_code,
     * {@code village_rank} — for an emergency campaign ({@code ranked}) the ranking of the affected
     * villages ({@link CheckPriority#VILLAGE_RANKING}), otherwise by village code.
     */
    static String villageOrder(String taskScope, boolean oneVillage, boolean ranked) {
        if (!ranked) {
            return """
                    (SELECT village_code, ROW_NUMBER() OVER (ORDER BY village_code) AS village_rank
                     FROM (SELECT DISTINCT t.village_code FROM inspection_task t
                           WHERE t.campaign_id = :campaign AND %s%s) codes)""".formatted(
                    taskScope, oneVillage ? " AND t.village_code = :village" : "");
        }
        return """
                (SELECT village_code, ROW_NUMBER() OVER (ORDER BY %s) AS village_rank
                 FROM %s ch GROUP BY village_code)""".formatted(CheckPriority.VILLAGE_RANKING,
                checked(taskScope, oneVillage));
    }

    /**
     * Progress by village: tasks, done, to do, problems found (C/D found, or people evacuated), people
     * evacuated, cases opened.
     */
    static String progressByVillage(String taskScope, boolean ranked) {
        return """
                SELECT t.village_code, vo.village_rank AS check_order, v.name AS village_name, tw.code AS township_code,
                       tw.name AS township_name,
                       COUNT(*) AS tasks,
                       SUM(CASE WHEN t.status = 'DONE' THEN 1 ELSE 0 END) AS done,
                       SUM(CASE WHEN t.status = 'TODO' THEN 1 ELSE 0 END) AS to_do,
                       SUM(CASE WHEN t.found_grade IN ('C', 'D') OR t.evacuated_persons > 0 THEN 1 ELSE 0 END) AS problems,
                       COALESCE(SUM(t.evacuated_persons), 0) AS evacuated_persons,
                       SUM(CASE WHEN t.case_id IS NOT NULL THEN 1 ELSE 0 END) AS cases_opened,
                       MIN(t.team) AS team, MIN(t.assignee) AS assignee
                FROM %s vo
                LEFT JOIN inspection_task t ON t.village_code = vo.village_code AND t.campaign_id = :campaign AND %s
                LEFT JOIN admin_area v ON v.code = t.village_code
                LEFT JOIN admin_area tw ON tw.code = v.parent_code
                GROUP BY t.village_code, vo.village_rank, v.name, tw.code, tw.name
                ORDER BY vo.village_rank
                """.formatted(villageOrder(taskScope, false, ranked), taskScope);
    }

    /**
     * Progress by village as GeoJSON rows for the map: the village's boundary, or — when the village has
     * none — a point at the mean position of its tasks' houses; tasks, done, to do, problems, people
     * evacuated, cases opened, the team, and that mean position as a label point.
     */
    static String villagesOnMap(String taskScope) {
        return """
                WITH p AS (
                  SELECT t.village_code, COUNT(*) AS tasks,
                         SUM(CASE WHEN t.status = 'DONE' THEN 1 ELSE 0 END) AS done,
                         SUM(CASE WHEN t.status = 'TODO' THEN 1 ELSE 0 END) AS to_do,
                         SUM(CASE WHEN t.found_grade IN ('C', 'D') OR t.evacuated_persons > 0 THEN 1 ELSE 0 END) AS problems,
                         COALESCE(SUM(t.evacuated_persons), 0) AS evacuated_persons,
                         SUM(CASE WHEN t.case_id IS NOT NULL THEN 1 ELSE 0 END) AS cases_opened,
                         MIN(t.team) AS team, AVG(ST_X(h.location)) AS label_lon, AVG(ST_Y(h.location)) AS label_lat
                  FROM inspection_task t LEFT JOIN house h ON h.id = t.house_id
                  WHERE t.campaign_id = :campaign AND %s
                  GROUP BY t.village_code)
                SELECT p.village_code AS id,
                       ST_AsBinary(COALESCE(v.boundary, ST_SetSRID(ST_MakePoint(p.label_lon, p.label_lat), 4490))) AS geom,
                       p.village_code, v.name AS village_name, p.tasks, p.done, p.to_do, p.problems, p.evacuated_persons,
                       p.cases_opened, p.team, p.label_lon, p.label_lat
                FROM p LEFT JOIN admin_area v ON v.code = p.village_code
                ORDER BY p.village_code
                """.formatted(taskScope);
    }

    /**
     * Tasks as GeoJSON rows (house point) within {@code taskScope}, optionally of one status and one
     * village: the house, the head of its main household (to ask for in the field), the result, how
     * many photos were taken, the house's check {@code priority} ({@link CheckPriority}) and its village's
     * {@code village_check_order} ({@link #villageOrder}); the house's version (for an offline package), and of
     * the results sent (issue 17): the result in force's client id, review reasons and distance, the photos
     * results named that have not arrived ({@code photos_missing}, 照片未到) and open {@code conflicts}. The village order is the first table: H2 evaluates
     * a derived table joined later once per row of what comes before it. In check order: to do first, then village by village in the campaign's
     * village order, within a village by priority, then by house code.
     */
    static String tasks(boolean byStatus, boolean byVillage, String taskScope, boolean ranked) {
        return """
                SELECT t.id, ST_AsBinary(h.location) AS geom, h.code AS house_code, h.address, h.grade AS house_grade,
                       h.occupancy AS house_occupancy, m.head_name, t.village_code, v.name AS village_name, t.team,
                       t.status, t.found_grade, t.occupancy, t.evacuated_persons, t.found_lon, t.found_lat, t.note,
                       t.inspected_on, t.inspected_by, t.case_id, t.version, %s AS priority,
                       vo.village_rank AS village_check_order,
                       (SELECT COUNT(*) FROM inspection_photo p WHERE p.task_id = t.id) AS photos,
                       h.version AS house_version, r.client_id AS result_client_id, r.review, r.distance_metres,
                       r.accuracy_metres,
                       (SELECT COUNT(DISTINCT rp.photo_client_id) FROM inspection_result r2
                        JOIN inspection_result_photo rp ON rp.result_id = r2.id
                        LEFT JOIN inspection_photo p2 ON p2.client_id = rp.photo_client_id
                        WHERE r2.task_id = t.id AND p2.id IS NULL) AS photos_missing,
                       (SELECT COUNT(*) FROM inspection_result r3 WHERE r3.task_id = t.id AND r3.status = 'CONFLICT')
                           AS conflicts
                FROM %s vo
                LEFT JOIN inspection_task t ON t.village_code = vo.village_code AND t.campaign_id = :campaign
                LEFT JOIN house h ON h.id = t.house_id
                LEFT JOIN inspection_result r ON r.id = t.result_id
                %s
                LEFT JOIN admin_area v ON v.code = t.village_code
                WHERE t.campaign_id = :campaign AND %s
                """.formatted(CheckPriority.of("h.occupancy", "h.grade", CheckPriority.vulnerableHouseholdsOf("h.id"),
                        CheckPriority.targetHouseholdsOf("h.id")), villageOrder(taskScope, byVillage, ranked),
                MainHousehold.JOIN, taskScope)
                + (byStatus ? "  AND t.status = :status\n" : "")
                + (byVillage ? "  AND t.village_code = :village\n" : "")
                + "ORDER BY CASE WHEN t.status = 'TODO' THEN 0 ELSE 1 END, village_check_order, priority, h.code";
    }

    /** One task of a campaign within {@code taskScope} (the caller's jurisdiction on {@code t.village_code}). */
    static String task(String taskScope) {
        return """
                SELECT t.id, t.campaign_id, t.house_id, h.code AS house_code, t.village_code, t.status, t.version,
                       (SELECT COUNT(*) FROM household r WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL)
                           AS target_households,
                       (SELECT COUNT(*) FROM casework_case c WHERE c.house_id = h.id) AS cases
                FROM inspection_task t LEFT JOIN house h ON h.id = t.house_id
                WHERE t.campaign_id = :campaign AND t.id = :task AND %s
                """.formatted(taskScope);
    }

    static final String INSERT_PHOTO = """
            INSERT INTO inspection_photo (task_id, client_id, file_name, stored_name, content_type, size_bytes, sha256, lon,
                                          lat, accuracy_metres, taken_at, uploaded_by, uploaded_at)
            VALUES (:task, :clientId, :fileName, :stored, :type, :size, :sha, :lon, :lat, :accuracy, :takenAt, :by,
                    CURRENT_TIMESTAMP)
            """;

    static final String PHOTOS = """
            SELECT p.id, p.client_id, p.task_id, p.file_name, p.content_type, p.size_bytes, p.sha256, p.lon, p.lat, p.accuracy_metres,
                   p.taken_at, p.uploaded_by, p.uploaded_at
            FROM inspection_photo p""";

    /** The stored version of a task, told to a writer whose version lost. */
    static final String TASK_VERSION = "SELECT version FROM inspection_task WHERE id = :task";

    static final String RECORD = """
            UPDATE inspection_task SET status = 'DONE', found_grade = :grade, occupancy = :occupancy,
                   evacuated_persons = :evacuated, found_lon = :lon, found_lat = :lat, note = :note,
                   inspected_on = :inspectedOn, inspected_by = :actor, result_id = :result, version = version + 1
            WHERE id = :task AND campaign_id = :campaign AND version = :version
            """;

    /**
     * Field checks by village within {@code taskScope}, each a pair (village_code, n): open conflicts
     * (冲突), tasks whose result in force is flagged for review (待核查), photos named by results that have
     * not arrived (照片未到).
     */
    static String conflictsByVillage(String taskScope) {
        return """
                SELECT t.village_code, COUNT(*) AS n FROM inspection_result r JOIN inspection_task t ON t.id = r.task_id
                WHERE r.campaign_id = :campaign AND r.status = 'CONFLICT' AND %s GROUP BY t.village_code
                """.formatted(taskScope);
    }

    static String toReviewByVillage(String taskScope) {
        return """
                SELECT t.village_code, COUNT(*) AS n FROM inspection_task t JOIN inspection_result r ON r.id = t.result_id
                WHERE t.campaign_id = :campaign AND r.review IS NOT NULL AND %s GROUP BY t.village_code
                """.formatted(taskScope);
    }

    static String photosMissingByVillage(String taskScope) {
        return """
                SELECT t.village_code, COUNT(DISTINCT rp.photo_client_id) AS n
                FROM inspection_result r JOIN inspection_result_photo rp ON rp.result_id = r.id
                JOIN inspection_task t ON t.id = r.task_id
                LEFT JOIN inspection_photo p ON p.client_id = rp.photo_client_id
                WHERE r.campaign_id = :campaign AND p.id IS NULL AND %s GROUP BY t.village_code
                """.formatted(taskScope);
    }
}
