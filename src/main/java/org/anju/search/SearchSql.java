package org.anju.search;

/**
 * The search statements. The LIKE patterns ({@code :codeStart}, {@code :nameStart}, {@code :codeTail},
 * {@code :contains}) are built from the user's text with the wildcards escaped ({@code ESCAPE '!'}),
 * never concatenated into the SQL. Every statement is served by an index at province scale: house
 * codes by their start ({@code house_code_unique} / {@code house_code_pattern}) and by their tail
 * ({@code house_code_reversed}, V17), heads' names by their start ({@code household_head_name}).
 * Houses and households are limited to the account's jurisdiction ({@code %1$s}); the names of
 * villages and townships are public.
 */
final class SearchSql {

    private SearchSql() {
    }

    private static final String HOUSE_COLUMNS = """
            SELECT h.code, v.name AS village_name, t.name AS township_name,
                   ST_X(h.location) AS lon, ST_Y(h.location) AS lat
            FROM house h JOIN admin_area v ON v.code = h.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            """;

    /** Houses whose code starts with the text (an exact code is the first of them). */
    static final String HOUSES_BY_START = HOUSE_COLUMNS + """
            WHERE h.code LIKE :codeStart ESCAPE '!' AND %1$s
            ORDER BY h.code
            FETCH FIRST :limit ROWS ONLY
            """;

    /** Houses whose code ends with the text: its reverse is a prefix of {@code code_reversed}. */
    static final String HOUSES_BY_TAIL = HOUSE_COLUMNS + """
            WHERE h.code_reversed LIKE :codeTail ESCAPE '!' AND %1$s
            ORDER BY h.code_reversed
            FETCH FIRST :limit ROWS ONLY
            """;

    private static final String HOUSEHOLD_COLUMNS = """
            SELECT r.code, r.head_name, v.name AS village_name, t.name AS township_name, h.code AS house_code,
                   ST_X(h.location) AS lon, ST_Y(h.location) AS lat
            FROM household r
            JOIN admin_area v ON v.code = r.village_code
            LEFT JOIN admin_area t ON t.code = v.parent_code
            LEFT JOIN house h ON h.id = r.residence_house_id
            """;

    /** Households whose head's name starts with the text (exact names first: they sort first). */
    static final String HOUSEHOLDS_BY_START = HOUSEHOLD_COLUMNS + """
            WHERE r.head_name LIKE :nameStart ESCAPE '!' AND %1$s
            ORDER BY r.head_name, r.code
            FETCH FIRST :limit ROWS ONLY
            """;

    /** Households whose head's name contains the text further in (trigram index on PostgreSQL). */
    static final String HOUSEHOLDS_CONTAINING = HOUSEHOLD_COLUMNS + """
            WHERE r.head_name LIKE :contains ESCAPE '!' AND r.head_name NOT LIKE :nameStart ESCAPE '!' AND %1$s
            ORDER BY r.code
            FETCH FIRST :limit ROWS ONLY
            """;

    /**
     * Villages and townships whose name contains the text, with their extent and the name of the
     * area above; exact names first, then names starting with the text, then the others.
     */
    static final String AREAS = """
            SELECT a.code, a.name, a.level, p.name AS parent_name,
                   CASE WHEN a.name = :text THEN 0 WHEN a.name LIKE :nameStart ESCAPE '!' THEN 1 ELSE 3 END AS match_rank,
                   ST_XMin(a.boundary) AS min_lon, ST_YMin(a.boundary) AS min_lat,
                   ST_XMax(a.boundary) AS max_lon, ST_YMax(a.boundary) AS max_lat
            FROM admin_area a LEFT JOIN admin_area p ON p.code = a.parent_code
            WHERE a.level IN ('TOWNSHIP', 'VILLAGE') AND a.name LIKE :contains ESCAPE '!'
            ORDER BY match_rank, CASE a.level WHEN 'TOWNSHIP' THEN 0 ELSE 1 END, a.code
            FETCH FIRST :limit ROWS ONLY
            """;
}
