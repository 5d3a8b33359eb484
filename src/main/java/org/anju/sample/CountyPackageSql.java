package org.anju.sample;

import java.util.List;

/**
 * Statements that load a county package. References between rows are resolved by code in the
 * database, so nothing is held in memory.
 *
 * <p>Two ways in, side by side: the row-by-row statements (JDBC batches, on H2GIS, and on PostGIS
 * for the small tables) resolve each code with an indexed look-up; the PostgreSQL bulk path
 * ({@link CopyLoad}) streams the large files with {@code COPY} into temporary staging tables and
 * then moves them with one set-based statement per table, resolving codes with joins.
 */
final class CountyPackageSql {

    private CountyPackageSql() {
    }

    static final String COUNT_AREAS = "SELECT COUNT(*) FROM admin_area";

    static final String AREA = """
            INSERT INTO admin_area (code, name, level, parent_code, boundary)
            VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 4490))
            """;

    static final String HOUSEHOLD = """
            INSERT INTO household (code, head_name, id_number, phone, members, village_code, primary_category,
                                   disabled_member, military_family, veteran, elderly_alone)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    static final String HOUSEHOLD_CATEGORY = """
            INSERT INTO household_category (household_id, category)
            VALUES ((SELECT id FROM household WHERE code = ?), ?)
            """;

    static final String HOUSE = """
            INSERT INTO house (code, village_code, location, address, structure, storeys, year_built, floor_area,
                               seismic_measures, grade, assessed_on, assessment_kind, assessor, occupancy,
                               last_inspected_on, owner_household_id)
            VALUES (?, ?, ST_GeomFromWKB(?, 4490), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (SELECT id FROM household WHERE code = ?))
            """;

    static final String FOOTPRINT = "UPDATE house SET footprint = ST_GeomFromWKB(?, 4490) WHERE code = ?";

    static final String RESIDENCE = """
            UPDATE household SET residence_house_id = (SELECT id FROM house WHERE code = ?) WHERE code = ?
            """;

    static final String ASSESSMENT = """
            INSERT INTO house_assessment (house_id, grade, assessed_on, kind, assessor, note)
            VALUES ((SELECT id FROM house WHERE code = ?), ?, ?, ?, ?, ?)
            """;

    static final String RENOVATION = """
            INSERT INTO renovation (house_id, renovated_year, method, subsidy_yuan, funding_source)
            VALUES ((SELECT id FROM house WHERE code = ?), ?, ?, ?, ?)
            """;

    static final String SEISMIC_ZONE = """
            INSERT INTO seismic_zone (intensity, pga, source, area) VALUES (?, ?, ?, ST_GeomFromWKB(?, 4490))
            """;

    static final String EVENT_ID = "SELECT id FROM disaster_event WHERE code = ?";

    static final String EVENT = """
            INSERT INTO disaster_event (code, type, name, started_on, ended_on) VALUES (?, ?, ?, ?, ?)
            """;

    static final String FOOTPRINT_PART = """
            INSERT INTO disaster_footprint (event_id, severity, severity_rank, area)
            VALUES ((SELECT id FROM disaster_event WHERE code = ?), ?, ?, ST_GeomFromWKB(?, 4490))
            """;

    static final String ANALYZE_H2 = "ANALYZE";

    // ---- PostgreSQL bulk path: staging tables (dropped at commit), COPY into them, then set-based moves ----

    static final String HOUSE_ID_SEQUENCE = "SELECT pg_get_serial_sequence('house', 'id')";

    /**
     * Staging tables with the columns (and types) of the row-by-row statements above, after the
     * row's position in its file. A staged house takes its id from the house table's own sequence,
     * so that households can point at their residence before the house rows exist. {@code %s} is
     * that sequence.
     */
    static final List<String> STAGES = List.of("""
            CREATE TEMP TABLE household_stage (
              pos BIGINT, code VARCHAR(32), head_name VARCHAR(50), id_number VARCHAR(18), phone VARCHAR(20),
              members SMALLINT, village_code VARCHAR(12), primary_category VARCHAR(20), disabled_member BOOLEAN,
              military_family BOOLEAN, veteran BOOLEAN, elderly_alone BOOLEAN) ON COMMIT DROP
            """, """
            CREATE TEMP TABLE household_category_stage (
              pos BIGINT, household_code VARCHAR(32), category VARCHAR(20)) ON COMMIT DROP
            """, """
            CREATE TEMP TABLE house_stage (
              id BIGINT DEFAULT nextval('%s'), pos BIGINT, code VARCHAR(32), village_code VARCHAR(12),
              location GEOMETRY(POINT, 4490), address VARCHAR(200), structure VARCHAR(16), storeys SMALLINT,
              year_built SMALLINT, floor_area NUMERIC(8, 1), seismic_measures VARCHAR(8), grade VARCHAR(10),
              assessed_on DATE, assessment_kind VARCHAR(10), assessor VARCHAR(100), occupancy VARCHAR(10),
              last_inspected_on DATE, owner_household VARCHAR(32)) ON COMMIT DROP
            """, """
            CREATE TEMP TABLE house_footprint_stage (
              pos BIGINT, footprint GEOMETRY(POLYGON, 4490), house_code VARCHAR(32)) ON COMMIT DROP
            """, """
            CREATE TEMP TABLE residence_stage (
              pos BIGINT, house_code VARCHAR(32), household_code VARCHAR(32)) ON COMMIT DROP
            """, """
            CREATE TEMP TABLE assessment_stage (
              pos BIGINT, house_code VARCHAR(32), grade VARCHAR(10), assessed_on DATE, kind VARCHAR(10),
              assessor VARCHAR(100), note VARCHAR(500)) ON COMMIT DROP
            """, """
            CREATE TEMP TABLE renovation_stage (
              pos BIGINT, house_code VARCHAR(32), renovated_year SMALLINT, method VARCHAR(20),
              subsidy_yuan NUMERIC(12, 2), funding_source VARCHAR(100)) ON COMMIT DROP
            """);

    static final String COPY_HOUSEHOLD = """
            COPY household_stage (pos, code, head_name, id_number, phone, members, village_code, primary_category,
                                  disabled_member, military_family, veteran, elderly_alone) FROM STDIN
            """;
    static final String COPY_HOUSEHOLD_CATEGORY = "COPY household_category_stage (pos, household_code, category) FROM STDIN";
    static final String COPY_HOUSE = """
            COPY house_stage (pos, code, village_code, location, address, structure, storeys, year_built, floor_area,
                              seismic_measures, grade, assessed_on, assessment_kind, assessor, occupancy,
                              last_inspected_on, owner_household) FROM STDIN
            """;
    static final String COPY_FOOTPRINT = "COPY house_footprint_stage (pos, footprint, house_code) FROM STDIN";
    static final String COPY_RESIDENCE = "COPY residence_stage (pos, house_code, household_code) FROM STDIN";
    static final String COPY_ASSESSMENT = """
            COPY assessment_stage (pos, house_code, grade, assessed_on, kind, assessor, note) FROM STDIN
            """;
    static final String COPY_RENOVATION = """
            COPY renovation_stage (pos, house_code, renovated_year, method, subsidy_yuan, funding_source) FROM STDIN
            """;

    static final String LOADED_TABLES_HOLD_ROWS = """
            SELECT EXISTS (SELECT 1 FROM household) OR EXISTS (SELECT 1 FROM household_category)
                OR EXISTS (SELECT 1 FROM house) OR EXISTS (SELECT 1 FROM house_assessment) OR EXISTS (SELECT 1 FROM renovation)
            """;

    /** Lets households point at staged houses; checked at commit (V8 made the constraint deferrable). */
    static final String DEFER_RESIDENCE_CHECK = "SET CONSTRAINTS household_residence_house DEFERRED";

    static final String ANALYZE_STAGES = """
            ANALYZE household_stage, household_category_stage, house_stage, house_footprint_stage, residence_stage,
                    assessment_stage, renovation_stage
            """;

    /** Households in file order, each with its residence (a staged house; none if the code is unknown). */
    static final String MOVE_HOUSEHOLDS = """
            INSERT INTO household (code, head_name, id_number, phone, members, village_code, primary_category,
                                   disabled_member, military_family, veteran, elderly_alone, residence_house_id)
            SELECT s.code, s.head_name, s.id_number, s.phone, s.members, s.village_code, s.primary_category,
                   s.disabled_member, s.military_family, s.veteran, s.elderly_alone, home.id
            FROM household_stage s
            LEFT JOIN (SELECT DISTINCT ON (r.household_code) r.household_code, h.id
                       FROM residence_stage r JOIN house_stage h ON h.code = r.house_code
                       ORDER BY r.household_code, r.pos DESC) home ON home.household_code = s.code
            ORDER BY s.pos
            """;

    static final String UNKNOWN_CATEGORY_HOUSEHOLD = """
            SELECT s.pos, s.household_code FROM household_category_stage s
            WHERE NOT EXISTS (SELECT 1 FROM household h WHERE h.code = s.household_code)
            ORDER BY s.pos LIMIT 1
            """;

    static final String MOVE_HOUSEHOLD_CATEGORIES = """
            INSERT INTO household_category (household_id, category)
            SELECT h.id, s.category FROM household_category_stage s JOIN household h ON h.code = s.household_code
            ORDER BY s.pos
            """;

    /** Houses with the ids they were staged with, their owner (none if unknown) and footprint (the last one given). */
    static final String MOVE_HOUSES = """
            INSERT INTO house (id, code, village_code, location, footprint, address, structure, storeys, year_built,
                               floor_area, seismic_measures, grade, assessed_on, assessment_kind, assessor, occupancy,
                               last_inspected_on, owner_household_id)
            SELECT s.id, s.code, s.village_code, s.location, f.footprint, s.address, s.structure, s.storeys,
                   s.year_built, s.floor_area, s.seismic_measures, s.grade, s.assessed_on, s.assessment_kind,
                   s.assessor, s.occupancy, s.last_inspected_on, o.id
            FROM house_stage s
            LEFT JOIN household o ON o.code = s.owner_household
            LEFT JOIN (SELECT DISTINCT ON (house_code) house_code, footprint FROM house_footprint_stage
                       ORDER BY house_code, pos DESC) f ON f.house_code = s.code
            ORDER BY s.id
            """;

    static final String UNKNOWN_ASSESSMENT_HOUSE = """
            SELECT s.pos, s.house_code FROM assessment_stage s
            WHERE NOT EXISTS (SELECT 1 FROM house h WHERE h.code = s.house_code)
            ORDER BY s.pos LIMIT 1
            """;

    static final String MOVE_ASSESSMENTS = """
            INSERT INTO house_assessment (house_id, grade, assessed_on, kind, assessor, note)
            SELECT h.id, s.grade, s.assessed_on, s.kind, s.assessor, s.note
            FROM assessment_stage s JOIN house h ON h.code = s.house_code
            ORDER BY s.pos
            """;

    static final String UNKNOWN_RENOVATION_HOUSE = """
            SELECT s.pos, s.house_code FROM renovation_stage s
            WHERE NOT EXISTS (SELECT 1 FROM house h WHERE h.code = s.house_code)
            ORDER BY s.pos LIMIT 1
            """;

    static final String MOVE_RENOVATIONS = """
            INSERT INTO renovation (house_id, renovated_year, method, subsidy_yuan, funding_source)
            SELECT h.id, s.renovated_year, s.method, s.subsidy_yuan, s.funding_source
            FROM renovation_stage s JOIN house h ON h.code = s.house_code
            ORDER BY s.pos
            """;

    /** Fresh planner statistics after a bulk load (autovacuum would take its time). */
    static final String ANALYZE_LOADED = """
            ANALYZE admin_area, household, household_category, house, house_assessment, renovation
            """;
}
