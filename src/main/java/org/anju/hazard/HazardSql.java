package org.anju.hazard;

/** SQL of the hazard layers, identical on PostGIS and H2GIS; values always bound. */
final class HazardSql {

    private HazardSql() {
    }

    static final String SEISMIC_ZONES = """
            SELECT z.id AS id, ST_AsBinary(z.area) AS geom, z.intensity, z.pga, z.source
            FROM seismic_zone z
            WHERE (CAST(:minIntensity AS INTEGER) IS NULL OR z.intensity >= :minIntensity)
            ORDER BY z.intensity, z.id
            """;

    /**
     * Footprint parts, one feature each, with the attributes of their event: of one event
     * ({@code :event}, archived or not), or of every event of {@code :type} (null: any) — the archived
     * ones only when {@code :includeArchived}.
     */
    static final String DISASTER_FOOTPRINTS = """
            SELECT f.id AS id, ST_AsBinary(f.area) AS geom,
                   e.id AS event_id, e.code AS event_code, e.type AS event_type, e.name AS event_name,
                   e.started_on, e.ended_on, f.severity, f.severity_rank,
                   CASE WHEN e.archived_at IS NULL THEN FALSE ELSE TRUE END AS archived
            FROM disaster_footprint f
            JOIN disaster_event e ON e.id = f.event_id
            WHERE (CAST(:event AS BIGINT) IS NULL OR e.id = :event)
              AND (CAST(:type AS VARCHAR(16)) IS NULL OR e.type = :type)
              AND (CAST(:event AS BIGINT) IS NOT NULL OR CAST(:includeArchived AS BOOLEAN) OR e.archived_at IS NULL)
            ORDER BY e.started_on DESC, e.id, f.severity_rank, f.id
            """;

    static final String EVENT_ID_BY_CODE = "SELECT id FROM disaster_event WHERE code = :code";

    static final String INSERT_EVENT = """
            INSERT INTO disaster_event (code, type, name, started_on, ended_on, description)
            VALUES (:code, :type, :name, :startedOn, :endedOn, :description)
            """;

    static final String INSERT_FOOTPRINT = """
            INSERT INTO disaster_footprint (event_id, severity, severity_rank, area)
            VALUES (:event, :severity, :rank, ST_GeomFromWKB(:area, 4490))
            """;

    static final String DELETE_EVENT = "DELETE FROM disaster_event WHERE id = :event";

    static final String EVENT_EXISTS = "SELECT COUNT(*) FROM disaster_event WHERE id = :event";

    /**
     * The events without geometry, newest first: the current ones, with the archived ones too when
     * {@code :includeArchived}; or only event {@code :event} (archived or not).
     */
    static final String EVENTS = """
            SELECT e.id, e.code, e.type, e.name, e.started_on, e.ended_on, e.description,
                   (SELECT COUNT(*) FROM disaster_footprint f WHERE f.event_id = e.id) AS parts,
                   e.archived_at, e.archived_by
            FROM disaster_event e
            WHERE (CAST(:event AS BIGINT) IS NULL OR e.id = :event)
              AND (CAST(:event AS BIGINT) IS NOT NULL OR CAST(:includeArchived AS BOOLEAN) OR e.archived_at IS NULL)
            ORDER BY e.started_on DESC, e.id
            """;

    /** The event to archive or un-archive, locked: {@code archived_at} null = current. */
    static final String LOCK_EVENT = "SELECT code, archived_at FROM disaster_event WHERE id = :event FOR UPDATE";

    static final String SET_ARCHIVED = """
            UPDATE disaster_event SET archived_at = :at, archived_by = :by, version = version + 1 WHERE id = :event
            """;
}
