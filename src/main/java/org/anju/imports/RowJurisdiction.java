package org.anju.imports;

import java.util.Map;

import org.anju.area.AdminCode;

/**
 * The importing account's jurisdiction, row by row, for houses and households: a row whose village
 * (given as a code or a name, or found from the house's location) lies outside it is a row error
 * naming the row and the column; so is a row whose code belongs to a stored record outside it (the
 * import would move that record in), and an owner household or residence house outside it counts as
 * unknown — as everywhere else, records outside the jurisdiction do not exist for the account.
 * Without a jurisdiction (a county administrator of all areas) nothing is checked.
 */
final class RowJurisdiction {

    private final AdminCode area;

    private RowJurisdiction(AdminCode area) {
        this.area = area;
    }

    static RowJurisdiction of(ImportRequest request) {
        return new RowJurisdiction(request.jurisdiction() == null ? null : new AdminCode(request.jurisdiction()));
    }

    boolean unrestricted() {
        return area == null;
    }

    /** The first and the last village code of the jurisdiction; only when not {@link #unrestricted()}. */
    String firstVillage() {
        return area.firstVillage();
    }

    String lastVillage() {
        return area.lastVillage();
    }

    /**
     * Whether {@code village} lies in the jurisdiction; if not, a row error on {@code column}.
     *
     * @param column the file's column the village came from ({@code geometry} when found from the location)
     */
    boolean covers(RowCheck check, String column, String village) {
        if (area == null || village.compareTo(area.firstVillage()) >= 0 && village.compareTo(area.lastVillage()) <= 0) {
            return true;
        }
        check.error(column, village, "import.area.outsideJurisdiction", area.value());
        return false;
    }

    /**
     * The staged checks: rows (not yet rejected) whose village is outside, whose code is stored outside,
     * or whose reference ({@code refColumn} of the stage, a code of {@code refTable}) lies outside.
     *
     * @param stage      the staging table
     * @param target     the table the rows go into ({@code house} or {@code household})
     * @param codeColumn the file's code column, for the errors
     * @param villageColumn the file's village column, for the errors
     * @param refColumn  the stage's reference column ({@code owner_household} or {@code residence_house})
     * @param refTable   the table it refers to
     * @param refFileColumn the file's column of the reference, for the errors
     * @param refUnknownKey  the message of an unknown reference
     */
    void rejectStaged(StagedChecks checks, String stage, String target, String codeColumn, String villageColumn,
                      String refColumn, String refTable, String refFileColumn, String refUnknownKey) {
        if (area == null) {
            return;
        }
        Map<String, Object> range = Map.of("first", area.firstVillage(), "last", area.lastVillage());
        checks.reject("""
                SELECT s.row_no, s.village_code FROM %s s
                WHERE s.import_id = :id AND NOT s.rejected AND s.village_code IS NOT NULL
                  AND s.village_code NOT BETWEEN :first AND :last
                ORDER BY s.row_no
                """.formatted(stage), range, row -> new RowError(((Number) row.get("row_no")).longValue(), villageColumn,
                row.get("village_code"), "import.area.outsideJurisdiction", area.value()));
        checks.reject("""
                SELECT s.row_no, s.code FROM %s s JOIN %s t ON t.code = s.code
                WHERE s.import_id = :id AND NOT s.rejected AND t.village_code NOT BETWEEN :first AND :last
                ORDER BY s.row_no
                """.formatted(stage, target), range, row -> new RowError(((Number) row.get("row_no")).longValue(),
                codeColumn, row.get("code"), "import.code.outsideJurisdiction", area.value()));
        checks.reject("""
                SELECT s.row_no, s.%1$s AS ref FROM %2$s s JOIN %3$s r ON r.code = s.%1$s
                WHERE s.import_id = :id AND NOT s.rejected AND r.village_code NOT BETWEEN :first AND :last
                ORDER BY s.row_no
                """.formatted(refColumn, stage, refTable), range, row -> new RowError(
                ((Number) row.get("row_no")).longValue(), refFileColumn, row.get("ref"), refUnknownKey));
    }
}
