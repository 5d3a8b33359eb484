package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * The output grid: lon/lat in CGCS2000 (EPSG:4490) with 7 decimals (about 1 cm).
 *
 * <p>Every overlay of output geometry runs through this class with snap-rounding to the grid, so
 * what the generator tests (a house inside its village, villages inside their township) is
 * exactly what a reader of the written 7-decimal coordinates sees. Results of overlays are valid
 * geometries; {@link #toMultiPolygon} drops lines and points that an overlay may leave behind.
 */
final class Grid {

    static final int DECIMALS = 7;
    static final PrecisionModel PRECISION = new PrecisionModel(1e7);
    static final int SRID = 4490;
    static final GeometryFactory FACTORY = new GeometryFactory(PRECISION, SRID);

    private Grid() {
    }

    /** The nearest grid value (7 decimals) of an ordinate. */
    static double round(double ordinate) {
        return PRECISION.makePrecise(ordinate);
    }

    /** A point on the grid. */
    static Point point(double lon, double lat) {
        return FACTORY.createPoint(new Coordinate(round(lon), round(lat)));
    }

    /**
     * A copy with every vertex rounded to the grid. Meant for geometry whose vertices are far
     * apart compared with the grid (kilometre-scale cells, buffers); it does not repair
     * collapses. Pass the result through an overlay to make it valid.
     */
    static Geometry roundVertices(Geometry geometry) {
        Geometry copy = FACTORY.createGeometry(geometry);
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, round(seq.getX(i)));
                seq.setOrdinate(i, 1, round(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    static MultiPolygon intersection(Geometry a, Geometry b) {
        return toMultiPolygon(OverlayNG.overlay(a, b, OverlayNG.INTERSECTION, PRECISION));
    }

    static MultiPolygon difference(Geometry a, Geometry b) {
        return toMultiPolygon(OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE, PRECISION));
    }

    static MultiPolygon union(Collection<? extends Geometry> parts) {
        Geometry collection = FACTORY.buildGeometry(new ArrayList<>(parts));
        return toMultiPolygon(UnaryUnionNG.union(collection, PRECISION));
    }

    /** The polygons of any geometry as one MultiPolygon (empty if there are none). */
    static MultiPolygon toMultiPolygon(Geometry geometry) {
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        return FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }
}
