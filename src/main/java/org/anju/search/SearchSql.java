package org.anju.search;

/**
 * The search statements. {@code :prefix} and {@code :contains} are LIKE patterns built from the
 * user's text with the wildcards escaped ({@code ESCAPE '!'}), never concatenated into the SQL.
 * Houses and households are limited to the account's jurisdiction ({@code %1$s}, {@code %2$s});
 * the names of villages and townships are public.
 */
final class SearchSql {

    private SearchSql() {
    }

    /** Houses whose code starts with the text (the code index serves a prefix). */
    static final String HOUSES = """
            SELECT h.code, v.name AS village_name, h.grade, ST_X(h.location) AS lon, ST_Y(h.location) AS lat
            FROM house h JOIN admin_area v ON v.code = h.village_code
            WHERE h.code LIKE :prefix ESCAPE '!' AND %1$s
            ORDER BY h.code
            FETCH FIRST :limit ROWS ONLY
            """;

    /** Households whose head's name contains the text, with the house they live in (if any). */
    static final String HOUSEHOLDS = """
            SELECT r.code, r.head_name, v.name AS village_name, h.code AS house_code,
                   ST_X(h.location) AS lon, ST_Y(h.location) AS lat
            FROM household r
            JOIN admin_area v ON v.code = r.village_code
            LEFT JOIN house h ON h.id = r.residence_house_id
            WHERE r.head_name LIKE :contains ESCAPE '!' AND %2$s
            ORDER BY r.head_name, r.code
            FETCH FIRST :limit ROWS ONLY
            """;

    /** Villages and townships whose name contains the text, with their extent. */
    static final String AREAS = """
            SELECT a.code, a.name, a.level, p.name AS parent_name,
                   ST_XMin(a.boundary) AS min_lon, ST_YMin(a.boundary) AS min_lat,
                   ST_XMax(a.boundary) AS max_lon, ST_YMax(a.boundary) AS max_lat
            FROM admin_area a LEFT JOIN admin_area p ON p.code = a.parent_code
            WHERE a.level IN ('TOWNSHIP', 'VILLAGE') AND a.name LIKE :contains ESCAPE '!'
            ORDER BY a.level, a.name
            FETCH FIRST :limit ROWS ONLY
            """;
}
