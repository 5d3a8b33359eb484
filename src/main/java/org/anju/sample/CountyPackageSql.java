package org.anju.sample;

/**
 * Statements that load a county package, identical on PostGIS and H2GIS. References between rows
 * are resolved by code in the database (indexed look-ups), so nothing is held in memory.
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
}
