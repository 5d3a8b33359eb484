package org.anju.imports;

import java.util.List;
import java.util.Set;

import org.anju.area.AreaLevel;
import org.anju.geo.SpatialDialect;

/**
 * SQL of the administrative-area import ({@code import_area_row} → {@code admin_area}) in one place,
 * identical on PostGIS and H2GIS except the point-in-area test. Levels are handled top-down
 * (province … village), so that a township the file brings is there — or rejected — before its
 * villages are looked at, and parents are written before their children. The level names formatted
 * in are enum constants, never input.
 */
final class AdminAreaImportSql {

    private AdminAreaImportSql() {
    }

    static final String STAGE = "import_area_row";

    static final List<String> STAGE_COLUMNS = List.of("import_id", "row_no", "code", "name", "level", "parent_code",
            "boundary");

    static final Set<String> GEOMETRY_COLUMNS = Set.of("boundary");

    private static final String PARENT_UNKNOWN = """
            s.import_id = :id AND s.level = '%s' AND NOT s.rejected AND s.parent_code IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM admin_area a WHERE a.code = s.parent_code)
              AND NOT EXISTS (SELECT 1 FROM import_area_row p
                              WHERE p.import_id = :id AND p.code = s.parent_code AND NOT p.rejected)
            """;

    /** Rows of {@code level} whose parent is neither stored nor an accepted row of the file. */
    static String parentUnknown(AreaLevel level) {
        return "SELECT s.row_no, s.code, s.parent_code FROM import_area_row s WHERE "
                + PARENT_UNKNOWN.formatted(level.name()) + " ORDER BY s.row_no";
    }

    /** Above the township the parent may be missing (a county is often the root): the area becomes a root. */
    static String orphansBecomeRoots(AreaLevel level) {
        return "UPDATE import_area_row s SET parent_code = NULL WHERE " + PARENT_UNKNOWN.formatted(level.name());
    }

    /** New areas need a name. */
    static final String NEW_WITHOUT_NAME = """
            SELECT s.row_no, s.code FROM import_area_row s
            WHERE s.import_id = :id AND NOT s.rejected AND s.name IS NULL
              AND NOT EXISTS (SELECT 1 FROM admin_area a WHERE a.code = s.code)
            ORDER BY s.row_no
            """;

    /**
     * Stored houses that the new boundary of their village leaves outside (a note, not an error).
     * The staged rows are read first (LEFT JOIN: H2 would otherwise start from the houses), then the
     * houses of each village by index.
     */
    static String housesOutsideNewBoundary(SpatialDialect dialect) {
        return """
                SELECT COUNT(*) FROM import_area_row s LEFT JOIN house h ON h.village_code = s.code
                WHERE s.import_id = :id AND NOT s.rejected AND s.level = 'VILLAGE' AND s.boundary IS NOT NULL
                  AND NOT (%s)
                """.formatted(dialect.pointInArea("h.location", "s.boundary"));
    }

    /** The accepted rows of one level: a stored area keeps what the file leaves empty. */
    static String merge(AreaLevel level) {
        return """
                MERGE INTO admin_area a
                USING (SELECT s.code, s.name, s.level, s.parent_code, s.boundary FROM import_area_row s
                       WHERE s.import_id = :id AND NOT s.rejected AND s.level = '%s') s
                ON (a.code = s.code)
                WHEN MATCHED THEN UPDATE SET
                    name = COALESCE(s.name, a.name), parent_code = COALESCE(s.parent_code, a.parent_code),
                    boundary = COALESCE(s.boundary, a.boundary)
                WHEN NOT MATCHED THEN INSERT (code, name, level, parent_code, boundary)
                    VALUES (s.code, s.name, s.level, s.parent_code, s.boundary)
                """.formatted(level.name());
    }
}
