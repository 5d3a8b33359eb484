package org.anju.audit;

/** The SQL of the audit log, in one place. */
final class AuditSql {

    private AuditSql() {
    }

    static final String INSERT = """
            INSERT INTO audit_log (at, username, action, target, rows_count, detail)
            VALUES (:at, :username, :action, :target, :rows, :detail)
            """;

    /** Newest first; the optional filters are appended by {@link AuditController}. */
    static final String PAGE = """
            SELECT id, at, username, action, target, rows_count, detail
            FROM audit_log
            WHERE (CAST(:username AS VARCHAR(50)) IS NULL OR username = :username)
              AND (CAST(:action AS VARCHAR(40)) IS NULL OR action = :action)
              AND (CAST(:target AS VARCHAR(200)) IS NULL OR target LIKE :target)
            ORDER BY at DESC, id DESC
            LIMIT :limit OFFSET :offset
            """;

    /** A house row as the audit shows it: attributes and the location (lon/lat, CGCS2000). */
    static final String HOUSE_COLUMNS = """
            SELECT h.code, h.village_code, ST_X(h.location) AS lon, ST_Y(h.location) AS lat, h.address, h.structure, h.storeys,
                   h.year_built, h.floor_area, h.seismic_measures, h.grade, h.assessed_on, h.assessment_kind,
                   h.assessor, h.occupancy, h.last_inspected_on, o.code AS owner_household, h.version
            FROM house h LEFT JOIN household o ON o.id = h.owner_household_id
            """;

    static final String HOUSE = HOUSE_COLUMNS + "WHERE h.code = :code";

    /** A household row as the audit shows it (ID number and phone are masked before writing). */
    static final String HOUSEHOLD_COLUMNS = """
            SELECT hh.code, hh.village_code, hh.head_name, hh.id_number, hh.phone, hh.members,
                   hh.primary_category, hh.disabled_member, hh.military_family, hh.veteran, hh.elderly_alone,
                   h.code AS residence_house, hh.version
            FROM household hh LEFT JOIN house h ON h.id = hh.residence_house_id
            """;

    static final String HOUSEHOLD = HOUSEHOLD_COLUMNS + "WHERE hh.code = :code";

    /**
     * The next page (by code) of the stored records an import is about to update: the accepted rows of
     * its staging table whose code is stored. {@code %1$s}: the columns of the kind, {@code %2$s}: its
     * code column, {@code %3$s}: the staging table.
     */
    static final String TO_BE_UPDATED = """
            %1$sWHERE %2$s IN (SELECT s.code FROM %3$s s WHERE s.import_id = :importId AND NOT s.rejected)
              AND %2$s > :lastCode
            ORDER BY %2$s
            FETCH FIRST %4$d ROWS ONLY
            """;

    /** This import's update entries after {@code :lastId}, oldest first (a page of them). */
    static final String UPDATE_ENTRIES = """
            SELECT id, target, detail FROM audit_log
            WHERE id > :lastId AND action = :action AND detail LIKE :marker
            ORDER BY id
            FETCH FIRST %d ROWS ONLY
            """;

    /** The newest entry's id (0 when the log is empty). */
    static final String LAST_ID = "SELECT COALESCE(MAX(id), 0) FROM audit_log";

    static final String SET_DETAIL = "UPDATE audit_log SET detail = :detail WHERE id = :id";
}
