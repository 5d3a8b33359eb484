package org.anju.export;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row of a target list: a location in CGCS2000 (EPSG:4490) longitude/latitude and the values,
 * aligned with the schema's columns (see {@link ColumnType} for the accepted Java types).
 *
 * <p>A row without a location (e.g. a household without a house, 无房户) has both coordinates
 * NaN ({@link #withoutLocation}); it is written with empty coordinates, a null geometry, or a KML
 * placemark without a point. The values array is read during {@link ExportWriter#write} only and
 * not kept.
 */
public record ExportRow(double lon, double lat, Object[] values) {

    public ExportRow {
        Objects.requireNonNull(values, "values");
        boolean noLocation = Double.isNaN(lon) && Double.isNaN(lat);
        if (!noLocation && !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a longitude/latitude: " + lon + ", " + lat);
        }
    }

    public static ExportRow at(double lon, double lat, Object... values) {
        return new ExportRow(lon, lat, values);
    }

    public static ExportRow withoutLocation(Object... values) {
        return new ExportRow(Double.NaN, Double.NaN, values);
    }

    public boolean hasLocation() {
        return !Double.isNaN(lon);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportRow row
                && Double.compare(lon, row.lon) == 0 && Double.compare(lat, row.lat) == 0
                && Arrays.equals(values, row.values);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(lon, lat) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ExportRow[" + lon + ", " + lat + ", " + Arrays.toString(values) + "]";
    }
}
