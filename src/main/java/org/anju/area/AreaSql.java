package org.anju.area;

/** SQL of the area feature, identical on PostGIS and H2GIS. Values are always bound. */
final class AreaSql {

    private AreaSql() {
    }

    static final String TREE = """
            SELECT code, name, level, parent_code
            FROM admin_area
            ORDER BY code
            """;

    /** Boundaries as features; the optional filters are appended by {@link AreaController}. */
    static final String FEATURES = """
            SELECT a.code AS id, ST_AsBinary(a.boundary) AS geom,
                   a.code, a.name, a.level, a.parent_code
            FROM admin_area a
            WHERE 1 = 1
            """;

    static final String LEVEL_FILTER = " AND a.level = :level";
    static final String PARENT_FILTER = " AND a.parent_code = :parent";
    static final String BBOX_FILTER = """
             AND a.boundary && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490)
             AND ST_Intersects(a.boundary, ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490))
            """;
    static final String ORDER = " ORDER BY a.code";

    static final String EXISTS = "SELECT COUNT(*) FROM admin_area WHERE code = :code";

    static final String ONE = """
            SELECT a.code AS id, ST_AsBinary(a.boundary) AS geom,
                   a.code, a.name, a.level, a.parent_code,
                   (SELECT COUNT(*) FROM admin_area c WHERE c.parent_code = a.code) AS children
            FROM admin_area a
            WHERE a.code = :code
            """;

    /** A point inside each area's boundary, for {@link VillageLocations}; areas without boundary are left out. */
    static final String POINTS_ON_SURFACE = """
            SELECT code, ST_X(p) AS lon, ST_Y(p) AS lat
            FROM (SELECT code, ST_PointOnSurface(boundary) AS p
                  FROM admin_area
                  WHERE code IN (:codes) AND boundary IS NOT NULL) a
            """;
}
