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

    /** Footprint parts, one feature each, with the attributes of their event. */
    static final String DISASTER_FOOTPRINTS = """
            SELECT f.id AS id, ST_AsBinary(f.area) AS geom,
                   e.id AS event_id, e.code AS event_code, e.type AS event_type, e.name AS event_name,
                   e.started_on, e.ended_on, f.severity, f.severity_rank
            FROM disaster_footprint f
            JOIN disaster_event e ON e.id = f.event_id
            WHERE (CAST(:event AS BIGINT) IS NULL OR e.id = :event)
              AND (CAST(:type AS VARCHAR(16)) IS NULL OR e.type = :type)
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

    static final String EVENTS = """
            SELECT e.id, e.code, e.type, e.name, e.started_on, e.ended_on, e.description,
                   (SELECT COUNT(*) FROM disaster_footprint f WHERE f.event_id = e.id) AS parts
            FROM disaster_event e
            ORDER BY e.started_on DESC, e.id
            """;
}
