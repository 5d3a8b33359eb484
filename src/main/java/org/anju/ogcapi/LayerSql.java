package org.anju.ogcapi;

import java.util.ArrayList;
import java.util.List;

import org.anju.geo.Bbox;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Every SQL statement of the OGC API and the layer downloads, assembled from a {@link Layer}'s
 * SELECT and a list of conditions; values are always bound. Identical on PostGIS and H2GIS: the bbox
 * test pairs {@code &&} (which both databases answer from the spatial index; H2 only with it) with
 * the exact {@code ST_Intersects}.
 *
 * <p>Every statement goes through {@link #where}: the one place where the jurisdiction condition
 * (a user sees only the villages of their county, township or village, by code range on
 * {@link Layer#scopeSql()}, see {@link Jurisdiction}) is added to every query of every layer.
 */
final class LayerSql {

    private LayerSql() {
    }

    /**
     * One page, in the layer's stable order. The ids of the page are chosen first, from the filtered
     * rows alone, and only those rows are then read with the layer's joins and per-row subqueries
     * (houses: the residents' category and number): with a plain {@code ORDER BY … LIMIT … OFFSET}
     * PostgreSQL computes the whole select list for every row it skips, so the page at offset 90,000
     * did the work of 91,000 features (bench suite {@code ogcapi}, docs/BENCHMARKS.md). The ids come
     * back as one array, looked up in the id's unique index on both databases.
     */
    static String page(Layer layer, List<String> conditions, MapSqlParameterSource params, int limit, long offset) {
        params.addValue("pageLimit", limit).addValue("pageOffset", offset);
        return layer.select() + "\nWHERE " + layer.idSql() + " = ANY(ARRAY(\n  SELECT " + layer.idSql() + " "
                + layer.from() + where(layer, conditions, params) + "\n  ORDER BY " + layer.order()
                + "\n  LIMIT :pageLimit OFFSET :pageOffset))\nORDER BY " + layer.order();
    }

    /** Every matching feature, in the layer's order (for downloads; read it with a cursor). */
    static String all(Layer layer, List<String> conditions, MapSqlParameterSource params) {
        return layer.select() + where(layer, conditions, params) + "\nORDER BY " + layer.order();
    }

    /** How many features match. */
    static String count(Layer layer, List<String> conditions, MapSqlParameterSource params) {
        return "SELECT COUNT(*) " + layer.from() + where(layer, conditions, params);
    }

    /** One feature by id ({@code :featureId}). */
    static String one(Layer layer, MapSqlParameterSource params) {
        return layer.select() + where(layer, List.of(layer.idSql() + " = :featureId"), params);
    }

    /** The lon/lat extent of all administrative areas: the spatial extent every layer lies in. */
    static final String EXTENT = """
            SELECT MIN(ST_XMin(boundary)) AS min_x, MIN(ST_YMin(boundary)) AS min_y,
                   MAX(ST_XMax(boundary)) AS max_x, MAX(ST_YMax(boundary)) AS max_y
            FROM admin_area
            """;

    /** The time span of the disaster events. */
    static final String DISASTER_TIME = """
            SELECT MIN(started_on) AS first_day, MAX(COALESCE(ended_on, started_on)) AS last_day FROM disaster_event
            """;

    /** Features whose geometry intersects the box (CGCS2000 lon/lat). */
    static String bbox(Layer layer, Bbox box, MapSqlParameterSource params) {
        params.addValue("bboxMinX", box.minLon()).addValue("bboxMinY", box.minLat())
                .addValue("bboxMaxX", box.maxLon()).addValue("bboxMaxY", box.maxLat());
        String envelope = "ST_MakeEnvelope(:bboxMinX, :bboxMinY, :bboxMaxX, :bboxMaxY, 4490)";
        return layer.geometrySql() + " && " + envelope + " AND ST_Intersects(" + layer.geometrySql() + ", " + envelope + ")";
    }

    /**
     * Features whose time meets the closed interval [start, end] (either may be null = open): a date
     * inside it, or for intervals (disasters) an event overlapping it (no end date = still going on).
     */
    static String datetime(Layer layer, DatetimeInterval interval, MapSqlParameterSource params) {
        Layer.Temporal time = layer.temporal();
        List<String> parts = new ArrayList<>();
        String start = time.startSql();
        String end = time.endSql() == null ? start : time.endSql();
        if (interval.start() != null) {
            params.addValue("timeStart", interval.start());
            parts.add(time.endSql() == null ? start + " >= :timeStart" : "(" + end + " IS NULL OR " + end + " >= :timeStart)");
        }
        if (interval.end() != null) {
            params.addValue("timeEnd", interval.end());
            parts.add(start + " <= :timeEnd");
        }
        if (time.endSql() == null) {
            parts.add(start + " IS NOT NULL");
        }
        return "(" + String.join(" AND ", parts) + ")";
    }

    /** The single WHERE of every statement: the caller's jurisdiction, then the given conditions. */
    private static String where(Layer layer, List<String> conditions, MapSqlParameterSource params) {
        List<String> all = new ArrayList<>();
        if (layer.scopeSql() != null) {
            all.add(Jurisdiction.current().condition(layer.scopeSql(), params));
        }
        all.addAll(conditions);
        return all.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", all);
    }
}
