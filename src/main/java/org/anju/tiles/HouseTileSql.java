package org.anju.tiles;

/**
 * The SQL of house tiles. The rows are selected by the same statements on both databases; PostGIS
 * then encodes them itself with {@code ST_AsMVT}, H2GIS hands lon/lat to {@link JavaTileEncoder}.
 * {@code %1$s} is where the location columns go, {@code %2$s} the house filter's extra conditions.
 * The tile's box ({@code :west … :north}, CGCS2000, already widened by the buffer) goes through
 * {@code &&}, so both databases use their spatial index.
 */
final class HouseTileSql {

    private HouseTileSql() {
    }

    /**
     * One row per house: its id (the feature id), code, grade, occupancy, whether a household of the
     * six categories lives there ({@code target}) and whether one with a priority flag does
     * ({@code priority}: disabled member, military family, veteran, elderly alone).
     */
    static final String POINTS = """
            SELECT h.id, h.code, h.grade, h.occupancy,
                   EXISTS (SELECT 1 FROM household r
                           WHERE r.residence_house_id = h.id AND r.primary_category IS NOT NULL) AS target,
                   EXISTS (SELECT 1 FROM household r
                           WHERE r.residence_house_id = h.id
                             AND (r.disabled_member OR r.military_family OR r.veteran OR r.elderly_alone)) AS priority,
                   %1$s
            FROM house h
            WHERE h.location && ST_MakeEnvelope(:west, :south, :east, :north, 4490)%2$s
            """;

    /**
     * Houses counted per cell of a grid that covers the world at this zoom ({@code :cellsAcross}
     * cells along each axis, aligned with the tiles, rows in Web Mercator like the tiles), so that a
     * cell's count is the same in every tile that shows it. Each cell is placed at the mean position
     * of its houses: counts: all houses, C/D houses, C/D houses people live in.
     */
    static final String CELLS = """
            SELECT COUNT(*) AS houses,
                   SUM(CASE WHEN h.grade IN ('C', 'D') THEN 1 ELSE 0 END) AS dangerous,
                   SUM(CASE WHEN h.grade IN ('C', 'D') AND h.occupancy IN ('OCCUPIED', 'SEASONAL') THEN 1 ELSE 0 END)
                       AS occupied_dangerous,
                   AVG(ST_X(h.location)) AS lon, AVG(ST_Y(h.location)) AS lat
            FROM house h
            WHERE h.location && ST_MakeEnvelope(:west, :south, :east, :north, 4490)%2$s
            GROUP BY FLOOR((ST_X(h.location) + 180) / 360 * :cellsAcross),
                     FLOOR((0.5 - LN((1 + SIN(RADIANS(ST_Y(h.location)))) / (1 - SIN(RADIANS(ST_Y(h.location)))))
                            / (4 * PI())) * :cellsAcross)
            """;

    /** Location columns for the Java encoder. */
    static final String LON_LAT = "ST_X(h.location) AS lon, ST_Y(h.location) AS lat";

    /** PostGIS: the points encoded as layer {@code houses}, feature id = house id. */
    static final String POSTGIS_POINTS = """
            SELECT ST_AsMVT(t, 'houses', :extent, 'geom', 'id') FROM (
              SELECT p.id, p.code, p.grade, p.occupancy, p.target, p.priority,
                     ST_AsMVTGeom(ST_Transform(p.location, 3857), ST_MakeEnvelope(:mx0, :my0, :mx1, :my1, 3857),
                                  :extent, :buffer, true) AS geom
              FROM (%s) p) t
            """.formatted(POINTS.formatted("h.location", "%1$s"));

    /** PostGIS: the cells encoded as layer {@code house_cells}. */
    static final String POSTGIS_CELLS = """
            SELECT ST_AsMVT(t, 'house_cells', :extent, 'geom') FROM (
              SELECT c.houses, c.dangerous, c.occupied_dangerous,
                     ST_AsMVTGeom(ST_Transform(ST_SetSRID(ST_MakePoint(c.lon, c.lat), 4490), 3857),
                                  ST_MakeEnvelope(:mx0, :my0, :mx1, :my1, 3857), :extent, :buffer, true) AS geom
              FROM (%s) c) t
            """.formatted(CELLS.formatted("", "%1$s"));
}
