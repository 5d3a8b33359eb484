package org.anju.imports;

import java.util.List;
import java.util.Set;

import org.anju.geo.SpatialDialect;
import org.anju.household.TargetCategory;

/**
 * All SQL of imports, in one place: staging columns, the set-based checks over the staged rows of
 * one import ({@code :id}) and the upserts. Identical on PostGIS and H2GIS (both know MERGE and
 * window functions) except the point-in-area test, which comes from {@link SpatialDialect}.
 * Upserts keep the stored value where a cell is empty ({@code COALESCE(s.x, h.x)}) and give new
 * rows the schema defaults. Values are always bound.
 */
final class ImportSql {

    private ImportSql() {
    }

    // ---------------------------------------------------------------- houses

    static final String HOUSE_STAGE = "import_house_row";

    static final List<String> HOUSE_STAGE_COLUMNS = List.of("import_id", "row_no", "code", "village_code",
            "village_name", "location", "footprint", "address", "structure", "storeys", "year_built", "floor_area",
            "seismic_measures", "grade", "assessed_on", "assessment_kind", "assessor", "occupancy",
            "last_inspected_on", "owner_household");

    static final Set<String> HOUSE_GEOMETRY_COLUMNS = Set.of("location", "footprint");

    /** Village boundaries meeting a box (a cell of {@link VillageBoundaries}). */
    static final String VILLAGES_IN_BOX = """
            SELECT v.code, v.name, ST_AsBinary(v.boundary) AS boundary FROM admin_area v
            WHERE v.level = 'VILLAGE' AND v.boundary IS NOT NULL
              AND v.boundary && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4490)
            """;

    /** The villages of a name, by code. */
    static final String VILLAGES_NAMED = """
            SELECT v.code FROM admin_area v WHERE v.level = 'VILLAGE' AND v.name = :name ORDER BY v.code
            """;

    /** The level of an administrative code; no row when the code is unknown. */
    static final String AREA_LEVEL = "SELECT a.level FROM admin_area a WHERE a.code = :code";

    /** A county's name and boundary (which may be null: no county test then). */
    static final String COUNTY_BOUNDARY = """
            SELECT c.name, ST_AsBinary(c.boundary) AS boundary FROM admin_area c WHERE c.code = :code
            """;

    static final String HOUSE_UNKNOWN_OWNERS = """
            SELECT s.row_no, s.owner_household FROM import_house_row s
            WHERE s.import_id = :id AND s.owner_household IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM household o WHERE o.code = s.owner_household)
            ORDER BY s.row_no
            """;

    static final String HOUSE_MERGE = """
            MERGE INTO house h
            USING (SELECT s.*, (SELECT o.id FROM household o WHERE o.code = s.owner_household) AS owner_id
                   FROM import_house_row s WHERE s.import_id = :id AND NOT s.rejected) s
            ON (h.code = s.code)
            WHEN MATCHED THEN UPDATE SET
                village_code = s.village_code, location = s.location,
                footprint = COALESCE(s.footprint, h.footprint), address = COALESCE(s.address, h.address),
                structure = COALESCE(s.structure, h.structure), storeys = COALESCE(s.storeys, h.storeys),
                year_built = COALESCE(s.year_built, h.year_built), floor_area = COALESCE(s.floor_area, h.floor_area),
                seismic_measures = COALESCE(s.seismic_measures, h.seismic_measures),
                grade = COALESCE(s.grade, h.grade), assessed_on = COALESCE(s.assessed_on, h.assessed_on),
                assessment_kind = COALESCE(s.assessment_kind, h.assessment_kind),
                assessor = COALESCE(s.assessor, h.assessor), occupancy = COALESCE(s.occupancy, h.occupancy),
                last_inspected_on = COALESCE(s.last_inspected_on, h.last_inspected_on),
                owner_household_id = COALESCE(s.owner_id, h.owner_household_id),
                version = h.version + 1, updated_at = CURRENT_TIMESTAMP
            WHEN NOT MATCHED THEN INSERT (code, village_code, location, footprint, address, structure, storeys,
                    year_built, floor_area, seismic_measures, grade, assessed_on, assessment_kind, assessor,
                    occupancy, last_inspected_on, owner_household_id)
                VALUES (s.code, s.village_code, s.location, s.footprint, s.address, COALESCE(s.structure, 'OTHER'),
                    s.storeys, s.year_built, s.floor_area, COALESCE(s.seismic_measures, 'UNKNOWN'),
                    COALESCE(s.grade, 'UNASSESSED'), s.assessed_on,
                    CASE WHEN s.grade IN ('A', 'B', 'C', 'D') THEN COALESCE(s.assessment_kind, 'APPRAISAL') END,
                    s.assessor, COALESCE(s.occupancy, 'OCCUPIED'), s.last_inspected_on, s.owner_id)
            """;

    /** What a new house gets from a staged row: the defaults of the schema where the file says nothing. */
    private static final String HOUSE_NEW_ROWS = """
            SELECT s.code, s.village_code, s.location, s.footprint, s.address, COALESCE(s.structure, 'OTHER'),
                   s.storeys, s.year_built, s.floor_area, COALESCE(s.seismic_measures, 'UNKNOWN'),
                   COALESCE(s.grade, 'UNASSESSED'), s.assessed_on,
                   CASE WHEN s.grade IN ('A', 'B', 'C', 'D') THEN COALESCE(s.assessment_kind, 'APPRAISAL') END,
                   s.assessor, COALESCE(s.occupancy, 'OCCUPIED'), s.last_inspected_on, o.id
            FROM import_house_row s LEFT JOIN household o ON o.code = s.owner_household
            WHERE s.import_id = :id AND NOT s.rejected
            """;

    private static final String HOUSE_INSERT_INTO = """
            INSERT INTO house (code, village_code, location, footprint, address, structure, storeys, year_built,
                               floor_area, seismic_measures, grade, assessed_on, assessment_kind, assessor, occupancy,
                               last_inspected_on, owner_household_id)
            """;

    /**
     * When no staged code is stored yet (a county's first import), a plain insert instead of the
     * {@link #HOUSE_MERGE}: no look-up of every code in {@code house}, the owner by one join. On
     * PostGIS the grade history is written from the inserted rows in the same statement; H2 has no
     * data-modifying WITH and runs {@link #HOUSE_ASSESSMENTS} afterwards.
     */
    static String houseInsert(SpatialDialect dialect) {
        if (dialect == SpatialDialect.POSTGIS) {
            return "WITH inserted AS (\n" + HOUSE_INSERT_INTO + HOUSE_NEW_ROWS + """
                    RETURNING id, grade, assessed_on, assessment_kind, assessor)
                    INSERT INTO house_assessment (house_id, grade, assessed_on, kind, assessor)
                    SELECT i.id, i.grade, i.assessed_on, i.assessment_kind, i.assessor FROM inserted i
                    WHERE i.grade IN ('A', 'B', 'C', 'D') AND i.assessed_on IS NOT NULL
                    """;
        }
        return HOUSE_INSERT_INTO + HOUSE_NEW_ROWS;
    }

    // A county's first import on PostGIS goes straight into house, chunk by chunk (HouseDirectWrite):

    /** Whether any of the codes (a text[] of a chunk that is not written) is stored. */
    static final String HOUSE_CODES_STORED = "SELECT h.code FROM house h WHERE h.code = ANY(?) LIMIT 1";

    /** The ids of the households of a chunk's owner codes (a text[]). */
    static final String HOUSEHOLD_IDS = "SELECT o.code, o.id FROM household o WHERE o.code = ANY(?)";

    /** As {@link #HOUSEHOLD_IDS}, of the households in a jurisdiction's villages (from, to): the others do not exist for it. */
    static final String HOUSEHOLD_IDS_WITHIN =
            "SELECT o.code, o.id FROM household o WHERE o.code = ANY(?) AND o.village_code BETWEEN ? AND ?";

    /** The sequence behind {@code house.id} (an identity column), for {@link #NEW_HOUSE_IDS}. */
    static final String HOUSE_ID_SEQUENCE = "SELECT pg_get_serial_sequence('house', 'id')";

    /**
     * Ids for the houses of a chunk, taken from {@code house}'s own sequence (parameters: the sequence,
     * the number of ids), so that the chunk's grade history can name its houses without looking them up.
     */
    static final String NEW_HOUSE_IDS = "SELECT nextval(?::regclass) FROM generate_series(1, ?)";

    static final String HOUSE_COPY = """
            COPY house (id, code, village_code, location, footprint, address, structure, storeys, year_built,
                        floor_area, seismic_measures, grade, assessed_on, assessment_kind, assessor, occupancy,
                        last_inspected_on, owner_household_id) FROM STDIN WITH (FORMAT csv)""";

    /** The dated grades of a chunk just copied, by the ids its houses were given. */
    static final String HOUSE_ASSESSMENT_COPY = """
            COPY house_assessment (house_id, grade, assessed_on, kind, assessor) FROM STDIN WITH (FORMAT csv)""";

    /** The grade history grows by every imported dated grade it does not hold yet. */
    static final String HOUSE_ASSESSMENTS = """
            INSERT INTO house_assessment (house_id, grade, assessed_on, kind, assessor)
            SELECT h.id, s.grade, s.assessed_on, COALESCE(s.assessment_kind, 'APPRAISAL'), s.assessor
            FROM import_house_row s JOIN house h ON h.code = s.code
            WHERE s.import_id = :id AND NOT s.rejected AND s.grade IN ('A', 'B', 'C', 'D') AND s.assessed_on IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM house_assessment a
                              WHERE a.house_id = h.id AND a.assessed_on = s.assessed_on AND a.grade = s.grade)
            """;

    // ---------------------------------------------------------------- households

    static final String HOUSEHOLD_STAGE = "import_household_row";

    static final List<String> HOUSEHOLD_STAGE_COLUMNS = List.of("import_id", "row_no", "code", "head_name",
            "id_number", "phone", "members", "village_code", "village_name", "primary_category",
            "cat_poverty_alleviated", "cat_monitored", "cat_minimum_living", "cat_extreme_poverty",
            "cat_severe_hardship", "cat_near_minimum", "categories_given", "disabled_member", "military_family",
            "veteran", "elderly_alone", "residence_house");

    /** Households name their village by name only: the only village of that name. */
    static final String HOUSEHOLD_VILLAGE_BY_NAME = """
            UPDATE import_household_row s SET village_code =
                (SELECT MIN(v.code) FROM admin_area v
                  WHERE v.level = 'VILLAGE' AND v.name = s.village_name HAVING COUNT(*) = 1)
            WHERE s.import_id = :id AND s.village_code IS NULL AND s.village_name IS NOT NULL
            """;

    /** Village problems; a row of a stored household may leave the village out (it keeps its own). */
    static final String HOUSEHOLD_BAD_VILLAGES = """
            SELECT s.row_no, s.village_code, s.village_name, v.code AS known_code, v.level
            FROM import_household_row s LEFT JOIN admin_area v ON v.code = s.village_code
            WHERE s.import_id = :id
              AND ((s.village_code IS NULL AND (s.village_name IS NOT NULL
                    OR NOT EXISTS (SELECT 1 FROM household h WHERE h.code = s.code)))
                OR (s.village_code IS NOT NULL AND (v.code IS NULL OR v.level <> 'VILLAGE')))
            ORDER BY s.row_no
            """;

    /** New households need a head's name and a number of members. */
    static final String HOUSEHOLD_INCOMPLETE = """
            SELECT s.row_no, s.head_name, s.members FROM import_household_row s
            WHERE s.import_id = :id AND (s.head_name IS NULL OR s.members IS NULL)
              AND NOT EXISTS (SELECT 1 FROM household h WHERE h.code = s.code)
            ORDER BY s.row_no
            """;

    static final String HOUSEHOLD_UNKNOWN_RESIDENCES = """
            SELECT s.row_no, s.residence_house FROM import_household_row s
            WHERE s.import_id = :id AND s.residence_house IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM house r WHERE r.code = s.residence_house)
            ORDER BY s.row_no
            """;

    static final String HOUSEHOLD_MERGE = """
            MERGE INTO household h
            USING (SELECT s.*, (SELECT r.id FROM house r WHERE r.code = s.residence_house) AS residence_id
                   FROM import_household_row s WHERE s.import_id = :id AND NOT s.rejected) s
            ON (h.code = s.code)
            WHEN MATCHED THEN UPDATE SET
                head_name = COALESCE(s.head_name, h.head_name), id_number = COALESCE(s.id_number, h.id_number),
                phone = COALESCE(s.phone, h.phone), members = COALESCE(s.members, h.members),
                village_code = COALESCE(s.village_code, h.village_code),
                primary_category = CASE WHEN s.categories_given THEN s.primary_category ELSE h.primary_category END,
                disabled_member = COALESCE(s.disabled_member, h.disabled_member),
                military_family = COALESCE(s.military_family, h.military_family),
                veteran = COALESCE(s.veteran, h.veteran), elderly_alone = COALESCE(s.elderly_alone, h.elderly_alone),
                residence_house_id = COALESCE(s.residence_id, h.residence_house_id),
                version = h.version + 1, updated_at = CURRENT_TIMESTAMP
            WHEN NOT MATCHED THEN INSERT (code, head_name, id_number, phone, members, village_code, primary_category,
                    disabled_member, military_family, veteran, elderly_alone, residence_house_id)
                VALUES (s.code, s.head_name, s.id_number, s.phone, s.members, s.village_code, s.primary_category,
                    COALESCE(s.disabled_member, FALSE), COALESCE(s.military_family, FALSE),
                    COALESCE(s.veteran, FALSE), COALESCE(s.elderly_alone, FALSE), s.residence_id)
            """;

    /** Households whose categories the file gives lose their stored ones first… */
    static final String HOUSEHOLD_CATEGORIES_CLEAR = """
            DELETE FROM household_category WHERE household_id IN (
                SELECT h.id FROM household h JOIN import_household_row s ON s.code = h.code
                WHERE s.import_id = :id AND NOT s.rejected AND s.categories_given)
            """;

    /** …and get the file's: one statement per category, generated from the enum. */
    static String householdCategoryInsert(TargetCategory category) {
        return """
                INSERT INTO household_category (household_id, category)
                SELECT h.id, '%s' FROM household h JOIN import_household_row s ON s.code = h.code
                WHERE s.import_id = :id AND NOT s.rejected AND s.categories_given AND s.%s
                """.formatted(category.name(), categoryColumn(category));
    }

    static String categoryColumn(TargetCategory category) {
        return "cat_" + category.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---------------------------------------------------------------- both

    /** Duplicate codes inside the file: every occurrence after the first, with the first row. */
    static String duplicates(String stage) {
        return """
                SELECT d.row_no, d.code, d.first_row FROM (
                    SELECT s.row_no, s.code, MIN(s.row_no) OVER (PARTITION BY s.code) AS first_row
                    FROM %s s WHERE s.import_id = :id) d
                WHERE d.row_no > d.first_row
                ORDER BY d.row_no
                """.formatted(stage);
    }

    static String reject(String stage) {
        return "UPDATE " + stage + " SET rejected = TRUE WHERE import_id = :id AND row_no = :row";
    }

    static String accepted(String stage) {
        return "SELECT COUNT(*) FROM " + stage + " WHERE import_id = :id AND NOT rejected";
    }

    static String rejectedCount(String stage) {
        return "SELECT COUNT(*) FROM " + stage + " WHERE import_id = :id AND rejected";
    }

    /** Accepted rows whose code is stored already: these will be updates. */
    static String existing(String stage, String target) {
        return "SELECT COUNT(*) FROM " + stage + " s WHERE s.import_id = :id AND NOT s.rejected"
                + " AND EXISTS (SELECT 1 FROM " + target + " t WHERE t.code = s.code)";
    }

    static String clear(String stage) {
        return "DELETE FROM " + stage + " WHERE import_id = :id";
    }
}
