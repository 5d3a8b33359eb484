package org.anju.casework.inspection;

import org.anju.household.MainHousehold;

/** SQL of a village's offline package (离线包), identical on PostGIS and H2GIS. */
final class OfflinePackageSql {

    private OfflinePackageSql() {
    }

    /** How many tasks of the campaign the village has within {@code taskScope}: zero means nothing to take. */
    static String taskCount(String taskScope) {
        return """
                SELECT COUNT(*) FROM inspection_task t
                WHERE t.campaign_id = :campaign AND t.village_code = :village AND %s
                """.formatted(taskScope);
    }

    /** The village, its township, its boundary (WKB, or null) as GeoJSON text. */
    static final String VILLAGE = """
            SELECT v.code, v.name, tw.code AS township_code, tw.name AS township_name,
                   ST_AsGeoJSON(v.boundary) AS boundary
            FROM admin_area v LEFT JOIN admin_area tw ON tw.code = v.parent_code
            WHERE v.code = :village
            """;

    /** The box of the village's boundary and of the houses of its tasks (they may lie outside a rough boundary). */
    static String extent(String taskScope) {
        return """
                SELECT MIN(x0) AS west, MIN(y0) AS south, MAX(x1) AS east, MAX(y1) AS north FROM (
                  SELECT ST_XMin(v.boundary) AS x0, ST_YMin(v.boundary) AS y0, ST_XMax(v.boundary) AS x1,
                         ST_YMax(v.boundary) AS y1
                  FROM admin_area v WHERE v.code = :village AND v.boundary IS NOT NULL
                  UNION ALL
                  SELECT MIN(ST_X(h.location)), MIN(ST_Y(h.location)), MAX(ST_X(h.location)), MAX(ST_Y(h.location))
                  FROM inspection_task t JOIN house h ON h.id = t.house_id
                  WHERE t.campaign_id = :campaign AND t.village_code = :village AND %s) boxes
                """.formatted(taskScope);
    }

    /** The points of every house in a box (those the house tiles over it draw); {@code &&} for the spatial index. */
    static final String HOUSE_POINTS_IN_BOX = """
            SELECT ST_X(h.location) AS lon, ST_Y(h.location) AS lat FROM house h
            WHERE h.location && ST_MakeEnvelope(:west, :south, :east, :north, 4490)
            """;

    /**
     * The main household of each task's house (the one to ask for), for masking in Java: task id, head,
     * ID number and phone (to be masked), members.
     */
    static String heads(String taskScope) {
        return """
                SELECT t.id AS task_id, m.head_name, m.id_number, m.phone, m.members
                FROM inspection_task t JOIN house h ON h.id = t.house_id
                %s
                WHERE t.campaign_id = :campaign AND t.village_code = :village AND m.id IS NOT NULL AND %s
                ORDER BY t.id
                """.formatted(MainHousehold.JOIN, taskScope);
    }
}
