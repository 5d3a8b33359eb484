package org.anju.export;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The one geometry type of an exported layer, as Shapefile, GeoPackage and FlatGeobuf need to
 * declare it: points (houses, households, target lists) or multipolygons (administrative areas,
 * seismic zones, disaster footprints; a single polygon is written as a multipolygon of one part).
 */
public enum GeometryKind {
    POINT,
    MULTIPOLYGON;

    /**
     * The geometry as this kind stores it ({@code null} stays {@code null}).
     *
     * @throws IllegalArgumentException when the geometry is of another type
     */
    Geometry conform(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        if (this == POINT && geometry instanceof Point) {
            return geometry;
        }
        if (this == MULTIPOLYGON && geometry instanceof MultiPolygon) {
            return geometry;
        }
        if (this == MULTIPOLYGON && geometry instanceof Polygon polygon) {
            return Cgcs2000.GEOMETRIES.createMultiPolygon(new Polygon[] {polygon});
        }
        throw new IllegalArgumentException("a " + this + " layer cannot take a " + geometry.getGeometryType());
    }

    public boolean isPoint() {
        return this == POINT;
    }
}
