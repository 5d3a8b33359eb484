package org.anju.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a target list.
 *
 * @param key   machine name: ASCII snake_case ({@code [a-z][a-z0-9_]*}), used for GeoJSON properties,
 *              GeoPackage columns and KML ExtendedData; Shapefile field names (≤ 10 bytes) are derived
 *              from it
 * @param label the header shown to people, e.g. "户主姓名" (CSV and Excel headers, KML balloons)
 * @param type  the value type, see {@link ColumnType} for the accepted Java values
 */
public record Column(String key, String label, ColumnType type) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("column key must be ASCII snake_case: " + key);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("column " + key + " needs a label");
        }
    }
}
