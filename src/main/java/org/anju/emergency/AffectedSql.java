package org.anju.emergency;

import org.anju.geo.SpatialDialect;

/**
 * SQL of the emergency check (应急排查), identical on PostGIS and H2GIS. The CTE {@code hit} holds
 * the affected houses — {@code house_id}, the highest severity {@code rank} of the footprint parts
 * that reach them, and the house's {@code village_code}, {@code grade} and {@code occupancy} —, already
 * limited to the account's jurisdiction. H2 inlines CTEs and may reorder inner joins so that
 * {@code hit} is recomputed for every house; the statements therefore read {@code hit} once, as the
 * first table, joined to the rest with LEFT JOIN (every hit has its house and village, so the result
 * is that of an inner join, but H2 keeps the order of outer joins). The residents of the hit houses
 * are counted in one join on the indexed {@code household.residence_house_id}, grouped by house
 * ({@link #EXPOSED}) — not by four correlated look-ups per house, which made the summary 1.47 times
 * slower than the same counts in hand-written SQL at 10^6 houses (docs/BENCHMARKS.md). Demolished
 * houses are not affected (nothing stands there).
 */
final class AffectedSql {

    private AffectedSql() {
    }

    static final String EVENT_EXTENT = """
            SELECT MIN(ST_XMin(f.area)) AS min_lon, MAX(ST_XMax(f.area)) AS max_lon,
                   MIN(ST_YMin(f.area)) AS min_lat, MAX(ST_YMax(f.area)) AS max_lat
            FROM disaster_footprint f WHERE f.event_id = :event
            """;

    /**
     * Houses whose location intersects a footprint part ({@code &&} uses the spatial index; the exact
     * test is the dialect's point-in-area). The parts are the outer side of the join so that each is
     * read once and the houses come through the index.
     */
    private static final String HIT = """
            WITH zone AS (
              SELECT f.severity_rank AS rank, f.area AS area FROM disaster_footprint f WHERE f.event_id = :event),
            hit AS (
              SELECT h.id AS house_id, MAX(COALESCE(z.rank, 0)) AS rank, h.village_code, h.grade, h.occupancy
              FROM zone z
              JOIN house h ON h.location && z.area AND %s
              WHERE h.occupancy <> 'DEMOLISHED' AND %s
              GROUP BY h.id, h.village_code, h.grade, h.occupancy)
            """;

    /** The rank of a house only in the buffer, inside no footprint part (缓冲区内): below every class. */
    static final int BUFFER_ONLY = -1;

    /**
     * Houses within {@code :buffer} metres of a part; inside a part they take its rank, only within
     * the buffer {@link #BUFFER_ONLY}. The index pre-filter is the piece's envelope
     * widened by a little more than the buffer in degrees ({@code :dx}, {@code :dy}); the exact test
     * is {@code ST_DWithin} on Gauss–Krüger coordinates ({@code :metricSrid}), never in degrees. Each
     * part is cut into pieces where the database can ({@link SpatialDialect#smallPieces}): the distance
     * to a part is the least distance to its pieces, and against a piece of 64 vertices with a tight
     * envelope both the index and the distance test do far less work than against a 700-vertex river
     * (13 times less at 10^5 houses, see docs/BENCHMARKS.md). Each piece is transformed once, in
     * {@code zone}, which PostgreSQL must be told to materialise: inlined, the transformation ran
     * again for every candidate house (5 times slower). (Buffering the polygon instead would cut corners: its arcs are chords, up to 2 %
     * inside the true distance.)
     */
    private static final String HIT_WITHIN = """
            WITH piece AS (
              SELECT f.severity_rank AS rank, %s AS area FROM disaster_footprint f WHERE f.event_id = :event),
            zone AS %s(
              SELECT p.rank, p.area, ST_Expand(p.area, :dx, :dy) AS reach, ST_Transform(p.area, :metricSrid) AS metric_area
              FROM piece p),
            hit AS (
              SELECT h.id AS house_id, MAX(CASE WHEN %s THEN COALESCE(z.rank, 0) ELSE -1 END) AS rank,
                     h.village_code, h.grade, h.occupancy
              FROM zone z
              JOIN house h ON h.location && z.reach
                          AND ST_DWithin(ST_Transform(h.location, :metricSrid), z.metric_area, :buffer)
              WHERE h.occupancy <> 'DEMOLISHED' AND %s
              GROUP BY h.id, h.village_code, h.grade, h.occupancy)
            """;

    /**
     * The {@code hit} CTE of a footprint, as drawn or {@code buffered}, limited to the houses where
     * {@code scope} (a condition on {@code h.village_code}: the jurisdiction) holds.
     */
    static String hit(boolean buffered, SpatialDialect dialect, String scope) {
        return buffered
                ? HIT_WITHIN.formatted(dialect.smallPieces("f.area"), dialect.materialized(),
                        dialect.pointInArea("h.location", "z.area"), scope)
                : HIT.formatted(dialect.pointInArea("h.location", "z.area"), scope);
    }

    /**
     * Houses where people live in danger (危房住人): C/D and lived in, optionally only where
     * {@code areaCondition} (a condition on {@code h.village_code}) holds; rank 0.
     */
    static String livingInDanger(String areaCondition) {
        return "WITH hit AS (\n  SELECT h.id AS house_id, 0 AS rank, h.village_code, h.grade, h.occupancy FROM house h\n"
                + "  WHERE h.grade IN ('C', 'D') AND h.occupancy IN ('OCCUPIED', 'SEASONAL')"
                + (areaCondition == null ? "" : "\n    AND " + areaCondition) + ")\n";
    }

    /**
     * Houses whose sampled value of hazard raster {@code :raster} is at least the first class bound,
     * where {@code scope} (on {@code h.village_code}) holds; the rank is the number of class bounds
     * ({@code :bound0 < :bound1 < …}) the value reaches.
     */
    static String rasterHit(int classes, String scope) {
        StringBuilder rank = new StringBuilder("CASE");
        for (int i = classes - 1; i >= 0; i--) {
            rank.append(" WHEN s.sample_value >= :bound").append(i).append(" THEN ").append(i + 1);
        }
        return """
                WITH hit AS (
                  SELECT s.house_id, %s END AS rank, h.village_code, h.grade, h.occupancy
                  FROM house_hazard_sample s
                  LEFT JOIN house h ON h.id = s.house_id
                  WHERE s.raster_id = :raster AND s.sample_value >= :bound0 AND h.occupancy <> 'DEMOLISHED'
                    AND %s)
                """.formatted(rank, scope);
    }

    /**
     * A derived table: each house of {@code hit} once, with its rank, village, grade and occupancy
     * and its residents counted — households, of them in the six categories, vulnerable (six
     * categories or a priority flag), persons — in one join to {@code household}, grouped by house.
     */
    static final String EXPOSED = """
            (SELECT hit.house_id, hit.rank, hit.village_code, hit.grade, hit.occupancy,
                    COUNT(r.id) AS households,
                    COUNT(r.primary_category) AS target_households,
                    SUM(CASE WHEN r.primary_category IS NOT NULL OR r.disabled_member OR r.military_family
                                  OR r.veteran OR r.elderly_alone THEN 1 ELSE 0 END) AS vulnerable_households,
                    COALESCE(SUM(r.members), 0) AS persons
             FROM hit
             LEFT JOIN household r ON r.residence_house_id = hit.house_id
             GROUP BY hit.house_id, hit.rank, hit.village_code, hit.grade, hit.occupancy)""";

    /**
     * Counts per village and severity rank of the houses in {@code hit}, with village and township
     * names; totals, townships and ranks are summed up in Java ({@link ExposureTally}).
     */
    static final String COUNTS = """
            SELECT g.village_code, v.name AS village_name, t.code AS township_code, t.name AS township_name, g.rank,
                   g.houses, g.occupied, g.occupied_dangerous, g.occupied_unassessed, g.dangerous,
                   g.households, g.target_households, g.vulnerable_households, g.persons
            FROM (
              SELECT e.village_code, e.rank,
                     COUNT(*) AS houses,
                     SUM(CASE WHEN e.occupancy IN ('OCCUPIED', 'SEASONAL') THEN 1 ELSE 0 END) AS occupied,
                     SUM(CASE WHEN e.occupancy IN ('OCCUPIED', 'SEASONAL') AND e.grade IN ('C', 'D') THEN 1 ELSE 0 END)
                         AS occupied_dangerous,
                     SUM(CASE WHEN e.occupancy IN ('OCCUPIED', 'SEASONAL') AND e.grade = 'UNASSESSED' THEN 1 ELSE 0 END)
                         AS occupied_unassessed,
                     SUM(CASE WHEN e.grade IN ('C', 'D') THEN 1 ELSE 0 END) AS dangerous,
                     SUM(e.households) AS households,
                     SUM(e.target_households) AS target_households,
                     SUM(e.vulnerable_households) AS vulnerable_households,
                     SUM(e.persons) AS persons
              FROM\s""" + EXPOSED + """
             e
              GROUP BY e.village_code, e.rank) g
            LEFT JOIN admin_area v ON v.code = g.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            ORDER BY g.village_code, g.rank
            """;

    /**
     * Each footprint part widened by {@code :buffer} metres, for the map: buffered in the Gauss–Krüger
     * zone {@code :metricSrid} (never in degrees) and transformed back to CGCS2000. For display only —
     * the buffer's arcs are chords; the affected houses are found by distance ({@link #hit}).
     */
    static final String BUFFERED_PARTS = """
            SELECT f.id AS id,
                   ST_AsBinary(ST_Transform(ST_Buffer(ST_Transform(f.area, :metricSrid), :buffer), 4490)) AS geom,
                   f.severity, f.severity_rank
            FROM disaster_footprint f WHERE f.event_id = :event
            ORDER BY f.severity_rank, f.id
            """;

    static final String SEVERITY_NAMES = """
            SELECT DISTINCT severity_rank, severity FROM disaster_footprint
            WHERE event_id = :event AND severity_rank IS NOT NULL
            """;
}
