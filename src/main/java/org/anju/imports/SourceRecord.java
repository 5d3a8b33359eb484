package org.anju.imports;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One row or feature of an imported file, as read: the attribute values by field name as they are
 * named in the file ({@code String}, {@code BigDecimal}, {@code LocalDate}, {@code Boolean} or
 * {@code null}), and the geometry in the file's own CRS ({@code null} when the row has none).
 *
 * @param row                 the row number people see: Excel/CSV row (header = 1), or the feature number (1-based)
 * @param unreadableGeometry  why the record's geometry could not be read, or {@code null}
 */
record SourceRecord(long row, Map<String, Object> values, Geometry geometry, String unreadableGeometry) {

    SourceRecord(long row, Map<String, Object> values, Geometry geometry) {
        this(row, values, geometry, null);
    }
}
