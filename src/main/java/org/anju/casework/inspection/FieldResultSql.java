package org.anju.casework.inspection;

/** SQL of field results as sent (idempotent, kept, conflicts), identical on PostGIS and H2GIS. */
final class FieldResultSql {

    private FieldResultSql() {
    }

    static final String INSERT = """
            INSERT INTO inspection_result (client_id, content_sha256, campaign_id, task_id, status, found_grade, occupancy,
                                           evacuated_persons, note, inspected_on, lon, lat, accuracy_metres,
                                           distance_metres, review, seen_task_version, seen_house_version,
                                           replaces_client_id, conflict_reason, server_side, recorded_by, recorded_at)
            VALUES (:clientId, :digest, :campaign, :task, :status, :grade, :occupancy, :evacuated, :note, :inspectedOn,
                    :lon, :lat, :accuracy, :distance, :review, :seenTask, :seenHouse, :replaces, :conflictReason,
                    :serverSide, :actor, CURRENT_TIMESTAMP)
            """;

    static final String INSERT_PHOTO = """
            INSERT INTO inspection_result_photo (result_id, photo_client_id) VALUES (:result, :photo)
            """;

    /** The columns of a result as answered; {@code r} the result. */
    private static final String COLUMNS = """
            r.id, r.client_id, r.content_sha256, r.campaign_id, r.task_id, r.status, r.found_grade, r.occupancy,
            r.evacuated_persons, r.note, r.inspected_on, r.lon, r.lat, r.accuracy_metres, r.distance_metres, r.review,
            r.seen_task_version, r.seen_house_version, r.replaces_client_id, r.conflict_reason, r.server_side, r.case_id,
            r.recorded_by, r.recorded_at, r.resolved_by, r.resolved_at, r.resolution_note,
            (SELECT COUNT(*) FROM inspection_result_photo rp WHERE rp.result_id = r.id) AS photos_declared,
            (SELECT COUNT(*) FROM inspection_result_photo rp WHERE rp.result_id = r.id
                AND NOT EXISTS (SELECT 1 FROM inspection_photo p WHERE p.client_id = rp.photo_client_id)) AS photos_missing""";

    static final String BY_CLIENT_ID = "SELECT " + COLUMNS + " FROM inspection_result r WHERE r.client_id = :clientId";

    static final String BY_ID = "SELECT " + COLUMNS + " FROM inspection_result r WHERE r.id = :id AND r.campaign_id = :campaign";

    /** The client id of the result in force on the task (null: none, or one from before issue 17). */
    static final String RESULT_IN_FORCE = """
            SELECT r.client_id FROM inspection_task t JOIN inspection_result r ON r.id = t.result_id WHERE t.id = :task
            """;

    /** The house of a task, locked for the rest of the transaction (an office edit waits, or is waited for). */
    static final String HOUSE_LOCKED = """
            SELECT id, version FROM house WHERE id = :house FOR UPDATE
            """;

    static final String HOUSE_POINT = """
            SELECT ST_X(location) AS lon, ST_Y(location) AS lat FROM house WHERE id = :house
            """;

    /** What the server holds for the task and its house: the other side of a conflict. */
    static final String SERVER_SIDE = """
            SELECT t.status, t.found_grade, t.occupancy, t.evacuated_persons, t.note, t.inspected_on, t.inspected_by,
                   t.version AS task_version, h.grade AS house_grade, h.occupancy AS house_occupancy,
                   h.version AS house_version, h.updated_at AS house_updated_at
            FROM inspection_task t JOIN house h ON h.id = t.house_id WHERE t.id = :task
            """;

    /**
     * Conflicts of a campaign within {@code taskScope} (the caller's jurisdiction on {@code t.village_code}),
     * open ones ({@code onlyOpen}) or all ({@code oneResult}: only {@code :id}), oldest first; with the house, its village and the head of its
     * main household, and what the server holds now.
     */
    static String conflicts(String taskScope, boolean onlyOpen, boolean oneResult, String mainHouseholdJoin) {
        return "SELECT " + COLUMNS + """
                ,
                       h.code AS house_code, t.village_code, v.name AS village_name, m.head_name,
                       t.status AS now_status, t.found_grade AS now_found_grade, t.occupancy AS now_occupancy,
                       t.evacuated_persons AS now_evacuated_persons, t.note AS now_note, t.inspected_on AS now_inspected_on,
                       t.inspected_by AS now_inspected_by, t.version AS now_task_version, h.grade AS now_house_grade,
                       h.occupancy AS now_house_occupancy, h.version AS now_house_version
                FROM inspection_result r
                JOIN inspection_task t ON t.id = r.task_id
                JOIN house h ON h.id = t.house_id
                %s
                LEFT JOIN admin_area v ON v.code = t.village_code
                WHERE r.campaign_id = :campaign AND r.conflict_reason IS NOT NULL AND %s%s%s
                ORDER BY r.id
                """.formatted(mainHouseholdJoin, taskScope, onlyOpen ? " AND r.status = 'CONFLICT'" : "",
                oneResult ? " AND r.id = :id" : "");
    }

    /** Marks a conflict resolved; matches nothing when someone resolved it first. */
    static final String RESOLVE = """
            UPDATE inspection_result SET status = :status, resolved_by = :actor, resolved_at = CURRENT_TIMESTAMP,
                   resolution_note = :note, case_id = COALESCE(:case, case_id)
            WHERE id = :id AND status = 'CONFLICT'
            """;

    static final String SET_CASE = "UPDATE inspection_result SET case_id = :case WHERE id = :id";
}
