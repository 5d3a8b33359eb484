package org.anju.export;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Geometries as text with the precision of the output CRS ({@link OutputCrs#format}): WKT for CSV
 * (GDAL reads a column named {@code WKT} as the geometry) and KML {@code <coordinates>}.
 * Handles points, polygons and multipolygons (what {@link GeometryKind} allows).
 */
final class GeometryText {

    private GeometryText() {
    }

    /** WKT, e.g. {@code MULTIPOLYGON (((111.0000000 35.5000000, …)))}; empty text for {@code null}. */
    static String wkt(Geometry geometry, OutputCrs crs) {
        if (geometry == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(32 + geometry.getNumPoints() * 26);
        text.append(geometry.getGeometryType().toUpperCase(java.util.Locale.ROOT)).append(' ');
        if (geometry instanceof Point point) {
            text.append('(');
            position(text, point.getCoordinate(), crs);
            text.append(')');
        } else if (geometry instanceof Polygon polygon) {
            polygon(text, polygon, crs);
        } else {
            text.append('(');
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (i > 0) {
                    text.append(", ");
                }
                polygon(text, (Polygon) geometry.getGeometryN(i), crs);
            }
            text.append(')');
        }
        return text.toString();
    }

    private static void polygon(StringBuilder text, Polygon polygon, OutputCrs crs) {
        text.append('(');
        ring(text, polygon.getExteriorRing(), crs);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            text.append(", ");
            ring(text, polygon.getInteriorRingN(i), crs);
        }
        text.append(')');
    }

    private static void ring(StringBuilder text, LineString ring, OutputCrs crs) {
        text.append('(');
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            position(text, coordinates[i], crs);
        }
        text.append(')');
    }

    private static void position(StringBuilder text, Coordinate c, OutputCrs crs) {
        text.append(crs.format(c.x)).append(' ').append(crs.format(c.y));
    }

    /** KML {@code lon,lat lon,lat …} of a ring or point. */
    static void kmlCoordinates(StringBuilder text, Coordinate[] coordinates, OutputCrs crs) {
        for (int i = 0; i < coordinates.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(crs.format(coordinates[i].x)).append(',').append(crs.format(coordinates[i].y));
        }
    }
}
