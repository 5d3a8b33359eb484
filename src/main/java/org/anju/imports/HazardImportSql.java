package org.anju.imports;

import java.util.List;
import java.util.Set;

import org.anju.hazard.DisasterFootprints;

/**
 * SQL of the hazard layers of imports — disaster footprints ({@code import_disaster_row} →
 * {@code disaster_event} + {@code disaster_footprint}) and seismic zones — in one place, identical on
 * PostGIS and H2GIS. Like {@link ImportSql}: set-based checks over the staged rows of one import
 * ({@code :id}), then one statement per target table. Values are always bound; the only formatted
 * parts are column names and limits fixed in code.
 */
final class HazardImportSql {

    private HazardImportSql() {
    }

    // ---------------------------------------------------------------- disasters

    static final String DISASTER_STAGE = "import_disaster_row";

    static final List<String> DISASTER_STAGE_COLUMNS = List.of("import_id", "row_no", "event_code", "event_type",
            "event_name", "started_on", "ended_on", "description", "severity", "severity_order", "severity_rank",
            "vertices", "area");

    static final Set<String> DISASTER_GEOMETRY_COLUMNS = Set.of("area");

    /** Event attributes that every row of one event must agree on (empty cells agree with anything). */
    static final List<String> EVENT_ATTRIBUTES = List.of("event_type", "event_name", "started_on", "ended_on", "description");

    /**
     * Without a rank column: the rank of a part is the place of its severity among the file's
     * distinct severities, mildest = 1 (at most {@value DisasterFootprints#MAX_SEVERITY_RANK}).
     */
    static final String DISASTER_RANK_FROM_ORDER = """
            MERGE INTO import_disaster_row s
            USING (SELECT o.row_no, DENSE_RANK() OVER (ORDER BY o.severity_order) AS severity_rank
                   FROM import_disaster_row o
                   WHERE o.import_id = :id AND o.severity_order IS NOT NULL) r
            ON (s.import_id = :id AND s.row_no = r.row_no)
            WHEN MATCHED THEN UPDATE SET severity_rank = LEAST(r.severity_rank, %d)
            """.formatted(DisasterFootprints.MAX_SEVERITY_RANK);

    static final String DISASTER_UNORDERED_SEVERITY = """
            SELECT MIN(s.severity) FROM import_disaster_row s
            WHERE s.import_id = :id AND s.severity IS NOT NULL AND s.severity_order IS NULL
            """;

    /**
     * Rows whose {@code attribute} differs from the first row of the same event that gives one.
     * {@code attribute} is one of {@link #EVENT_ATTRIBUTES}.
     */
    static String eventMismatch(String attribute) {
        if (!EVENT_ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException(attribute);
        }
        // the first row of each event giving the attribute, grouped once, then the event's rows by index.
        // LEFT JOINs keep H2 from reordering: read first, a grouped derived table is computed once;
        // joined to, it is recomputed for every row (5,000 parts: 76 s instead of 0.1 s). The WHERE
        // drops the rows the LEFT JOINs might add.
        return """
                SELECT s.row_no, s.%1$s AS given_value, f.row_no AS first_row, f.%1$s AS first_value
                FROM (SELECT o.event_code, MIN(o.row_no) AS first_row FROM import_disaster_row o
                      WHERE o.import_id = :id AND o.%1$s IS NOT NULL GROUP BY o.event_code) g
                LEFT JOIN import_disaster_row f ON f.import_id = :id AND f.row_no = g.first_row
                LEFT JOIN import_disaster_row s ON s.import_id = :id AND s.event_code = g.event_code
                WHERE s.%1$s <> f.%1$s
                ORDER BY s.row_no
                """.formatted(attribute);
    }

    /**
     * Rows that give a date of an event whose end would come before its start: the dates of the
     * file, else the stored ones, else (start of a new event) {@code :today}.
     */
    static final String DISASTER_DATES_DISORDERED = """
            SELECT s.row_no, s.started_on, s.ended_on, x.started_on AS event_start, x.ended_on AS event_end
            FROM (SELECT g.event_code, COALESCE(g.started_on, e.started_on, CAST(:today AS DATE)) AS started_on,
                         COALESCE(g.ended_on, e.ended_on) AS ended_on
                  FROM (SELECT o.event_code, MIN(o.started_on) AS started_on, MIN(o.ended_on) AS ended_on
                        FROM import_disaster_row o WHERE o.import_id = :id GROUP BY o.event_code) g
                  LEFT JOIN disaster_event e ON e.code = g.event_code) x
            LEFT JOIN import_disaster_row s ON s.import_id = :id AND s.event_code = x.event_code
            WHERE x.ended_on < x.started_on AND (s.started_on IS NOT NULL OR s.ended_on IS NOT NULL)
            ORDER BY s.row_no
            """;

    /** Rows of a new event that nothing gives a type (derived table first, see {@link #eventMismatch}). */
    static final String DISASTER_NEW_WITHOUT_TYPE = """
            SELECT s.row_no, s.event_code
            FROM (SELECT o.event_code FROM import_disaster_row o WHERE o.import_id = :id
                  GROUP BY o.event_code HAVING COUNT(o.event_type) = 0) g
            LEFT JOIN import_disaster_row s ON s.import_id = :id AND s.event_code = g.event_code
            WHERE NOT s.rejected AND NOT EXISTS (SELECT 1 FROM disaster_event e WHERE e.code = s.event_code)
            ORDER BY s.row_no
            """;

    /** Events of the file with more vertices than a footprint may have. */
    static final String DISASTER_TOO_MANY_VERTICES = """
            SELECT s.event_code, SUM(s.vertices) AS vertices FROM import_disaster_row s
            WHERE s.import_id = :id AND NOT s.rejected
            GROUP BY s.event_code HAVING SUM(s.vertices) > %d
            ORDER BY s.event_code
            """.formatted(DisasterFootprints.MAX_VERTICES);

    /** Accepted parts of events that are stored already: their footprint will be replaced. */
    static final String DISASTER_EXISTING = """
            SELECT COUNT(*) FROM import_disaster_row s
            WHERE s.import_id = :id AND NOT s.rejected AND EXISTS (SELECT 1 FROM disaster_event e WHERE e.code = s.event_code)
            """;

    /**
     * The events of the file: a stored event keeps what the file leaves empty; a new one is named
     * {@code :defaultName} and starts {@code :today} unless the file says otherwise.
     */
    static final String DISASTER_EVENT_MERGE = """
            MERGE INTO disaster_event e
            USING (SELECT s.event_code, MIN(s.event_type) AS event_type, MIN(s.event_name) AS event_name,
                          MIN(s.started_on) AS started_on, MIN(s.ended_on) AS ended_on, MIN(s.description) AS description
                   FROM import_disaster_row s WHERE s.import_id = :id AND NOT s.rejected
                   GROUP BY s.event_code) s
            ON (e.code = s.event_code)
            WHEN MATCHED THEN UPDATE SET
                type = COALESCE(s.event_type, e.type), name = COALESCE(s.event_name, e.name),
                started_on = COALESCE(s.started_on, e.started_on), ended_on = COALESCE(s.ended_on, e.ended_on),
                description = COALESCE(s.description, e.description), version = e.version + 1
            WHEN NOT MATCHED THEN INSERT (code, type, name, started_on, ended_on, description)
                VALUES (s.event_code, s.event_type, COALESCE(s.event_name, :defaultName),
                        COALESCE(s.started_on, CAST(:today AS DATE)), s.ended_on, s.description)
            """;

    /** The stored footprint parts of the file's events go: the file's parts replace them. */
    static final String DISASTER_PARTS_REPLACED = """
            DELETE FROM disaster_footprint WHERE event_id IN (
                SELECT e.id FROM disaster_event e
                WHERE e.code IN (SELECT s.event_code FROM import_disaster_row s WHERE s.import_id = :id AND NOT s.rejected))
            """;

    static final String DISASTER_PARTS_INSERT = """
            INSERT INTO disaster_footprint (event_id, severity, severity_rank, area)
            SELECT e.id, s.severity, s.severity_rank, s.area
            FROM import_disaster_row s JOIN disaster_event e ON e.code = s.event_code
            WHERE s.import_id = :id AND NOT s.rejected
            ORDER BY s.row_no
            """;

    /** The events of the file as they would be written (stored id, or none for a new one). */
    static final String DISASTER_EVENTS_PLANNED = """
            SELECT s.event_code AS code, MIN(e.id) AS id, MIN(COALESCE(s.event_name, e.name)) AS name,
                   MIN(COALESCE(s.event_type, e.type)) AS type, COUNT(*) AS parts, MIN(e.code) AS stored_code
            FROM import_disaster_row s LEFT JOIN disaster_event e ON e.code = s.event_code
            WHERE s.import_id = :id AND NOT s.rejected
            GROUP BY s.event_code
            ORDER BY s.event_code
            FETCH FIRST 1000 ROWS ONLY
            """;

    /** The events of the file as written. */
    static final String DISASTER_EVENTS_WRITTEN = """
            SELECT e.id, e.code, e.name, e.type, e.started_on, e.ended_on,
                   (SELECT COUNT(*) FROM disaster_footprint f WHERE f.event_id = e.id) AS parts
            FROM disaster_event e
            WHERE e.code IN (SELECT s.event_code FROM import_disaster_row s WHERE s.import_id = :id AND NOT s.rejected)
            ORDER BY e.code
            FETCH FIRST 1000 ROWS ONLY
            """;

    // ---------------------------------------------------------------- seismic zones

    static final String SEISMIC_STAGE = "import_seismic_zone_row";

    static final List<String> SEISMIC_STAGE_COLUMNS = List.of("import_id", "row_no", "intensity", "pga", "source", "area");

    static final Set<String> SEISMIC_GEOMETRY_COLUMNS = Set.of("area");

    /** Accepted zones of a source (zoning map) that is stored already: they replace its stored zones. */
    static final String SEISMIC_EXISTING = """
            SELECT COUNT(*) FROM import_seismic_zone_row s
            WHERE s.import_id = :id AND NOT s.rejected AND EXISTS (SELECT 1 FROM seismic_zone z WHERE z.source = s.source)
            """;

    /** The stored zones of the file's sources: replaced by the file's. */
    static final String SEISMIC_STORED_OF_SOURCES = """
            SELECT COUNT(*) FROM seismic_zone z
            WHERE z.source IN (SELECT s.source FROM import_seismic_zone_row s WHERE s.import_id = :id AND NOT s.rejected)
            """;

    static final String SEISMIC_REPLACED = """
            DELETE FROM seismic_zone
            WHERE source IN (SELECT s.source FROM import_seismic_zone_row s WHERE s.import_id = :id AND NOT s.rejected)
            """;

    static final String SEISMIC_INSERT = """
            INSERT INTO seismic_zone (intensity, pga, source, area)
            SELECT s.intensity, s.pga, s.source, s.area
            FROM import_seismic_zone_row s WHERE s.import_id = :id AND NOT s.rejected
            ORDER BY s.row_no
            """;
}
