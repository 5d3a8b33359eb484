package org.anju.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The storage rule of every stored area — disaster footprints, seismic zones, administrative
 * boundaries: a non-empty (Multi)Polygon in CGCS2000 lon/lat inside China, stored as a
 * MultiPolygon. A geometry collection made only of polygons counts as their multipolygon. Invalid
 * polygons (self-intersections, wrong ring order, self-touching rings) are repaired with JTS
 * {@link GeometryFixer} and the repair is reported; a geometry that does not repair into an area
 * of positive size is refused.
 */
public final class PolygonalArea {

    /**
     * What {@link #check} found: the area to store, or the reason (a message key with the offending
     * value and the message arguments) it cannot be stored.
     */
    public record Checked(MultiPolygon area, boolean repaired, String problem, Object value, Object... args) {

        public boolean isStorable() {
            return area != null;
        }
    }

    private PolygonalArea() {
    }

    /** Checks {@code geometry} (CGCS2000 lon/lat) against the rule; never throws for bad geometry. */
    public static Checked check(Geometry geometry) {
        Geometry candidate = polygonsOf(geometry);
        if (candidate == null || candidate.isEmpty()) {
            return refused(geometry == null ? null : geometry.getGeometryType(), "geometry.wrongType", "Polygon/MultiPolygon");
        }
        Envelope box = candidate.getEnvelopeInternal();
        if (!ChinaExtent.contains(box.getMinX(), box.getMinY()) || !ChinaExtent.contains(box.getMaxX(), box.getMaxY())) {
            boolean swapped = ChinaExtent.looksSwapped(box.getMinX(), box.getMinY());
            return refused(describe(box), swapped ? "location.swapped" : "location.outsideChina");
        }
        boolean repaired = false;
        if (!candidate.isValid()) {
            candidate = GeometryFixer.fix(candidate);
            repaired = true;
            if (!(candidate instanceof Polygonal) || candidate.isEmpty() || candidate.getArea() == 0) {
                return refused(null, "geometry.unrepairable");
            }
        }
        return new Checked(multi(candidate), repaired, null, null);
    }

    /** {@code minLon, minLat … maxLon, maxLat}, rounded to 6 decimals, for messages. */
    public static String describe(Envelope box) {
        return round(box.getMinX()) + ", " + round(box.getMinY()) + " … " + round(box.getMaxX()) + ", " + round(box.getMaxY());
    }

    private static Checked refused(Object value, String key, Object... args) {
        return new Checked(null, false, key, value, args);
    }

    /** The geometry as polygons: itself when polygonal, the polygons of a collection made only of them, else null. */
    private static Geometry polygonsOf(Geometry geometry) {
        if (geometry == null || geometry instanceof Polygonal) {
            return geometry;
        }
        if (!(geometry instanceof GeometryCollection collection)) {
            return null;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < collection.getNumGeometries(); i++) {
            Geometry member = collection.getGeometryN(i);
            if (member instanceof Polygon p) {
                polygons.add(p);
            } else if (member instanceof MultiPolygon m) {
                for (int j = 0; j < m.getNumGeometries(); j++) {
                    polygons.add((Polygon) m.getGeometryN(j));
                }
            } else if (!member.isEmpty()) {
                return null;
            }
        }
        return collection.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static MultiPolygon multi(Geometry polygonal) {
        MultiPolygon result;
        if (polygonal instanceof MultiPolygon m) {
            result = (MultiPolygon) Cgcs2000.GEOMETRIES.createGeometry(m);
        } else {
            result = Cgcs2000.GEOMETRIES.createMultiPolygon(new Polygon[] {(Polygon) Cgcs2000.GEOMETRIES.createGeometry(polygonal)});
        }
        result.setSRID(Cgcs2000.SRID);
        return result;
    }

    private static String round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
