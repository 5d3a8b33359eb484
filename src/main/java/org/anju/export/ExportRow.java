package org.anju.export;

import java.util.Arrays;
import java.util.Objects;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * One row of an export: a geometry in CGCS2000 (EPSG:4490) longitude/latitude — a point for house
 * and target lists, a (multi)polygon for area layers, see {@link GeometryKind} — and the values,
 * aligned with the schema's columns (see {@link ColumnType} for the accepted Java types).
 *
 * <p>A row without a location (e.g. a household without a house, 无房户) has a {@code null}
 * geometry ({@link #withoutLocation}); it is written with empty coordinates, a null geometry, or a
 * KML placemark without geometry. An empty geometry counts as no location. The values array is read
 * during {@link ExportWriter#write} only and not kept.
 */
public record ExportRow(Geometry geometry, Object[] values) {

    public ExportRow {
        Objects.requireNonNull(values, "values");
        if (geometry != null && geometry.isEmpty()) {
            geometry = null;
        }
        if (geometry != null) {
            Envelope box = geometry.getEnvelopeInternal();
            if (!(box.getMinX() >= -180 && box.getMaxX() <= 180 && box.getMinY() >= -90 && box.getMaxY() <= 90)) {
                throw new IllegalArgumentException("not in longitude/latitude: " + box);
            }
        }
    }

    /** A point row; both coordinates NaN means no location. */
    public ExportRow(double lon, double lat, Object[] values) {
        this(point(lon, lat), values);
    }

    private static Point point(double lon, double lat) {
        if (Double.isNaN(lon) && Double.isNaN(lat)) {
            return null;
        }
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a longitude/latitude: " + lon + ", " + lat);
        }
        return Cgcs2000.point(lon, lat);
    }

    public static ExportRow at(double lon, double lat, Object... values) {
        return new ExportRow(lon, lat, values);
    }

    public static ExportRow of(Geometry geometry, Object... values) {
        return new ExportRow(geometry, values);
    }

    public static ExportRow withoutLocation(Object... values) {
        return new ExportRow((Geometry) null, values);
    }

    public boolean hasLocation() {
        return geometry != null;
    }

    /** The longitude of a point row; NaN without location or for other geometries. */
    public double lon() {
        return geometry instanceof Point p ? p.getX() : Double.NaN;
    }

    /** The latitude of a point row; NaN without location or for other geometries. */
    public double lat() {
        return geometry instanceof Point p ? p.getY() : Double.NaN;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportRow row
                && (geometry == null ? row.geometry == null : row.geometry != null && geometry.equalsExact(row.geometry))
                && Arrays.equals(values, row.values);
    }

    @Override
    public int hashCode() {
        return 31 * (geometry == null ? 0 : geometry.getEnvelopeInternal().hashCode()) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ExportRow[" + geometry + ", " + Arrays.toString(values) + "]";
    }
}
