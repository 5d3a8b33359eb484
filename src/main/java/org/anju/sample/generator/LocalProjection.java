package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * A local equirectangular projection centred on the county (111.20°E, 35.63°N): metres east and
 * north of the centre. Over 40 km its scale error is below 0.5 %, which is plenty for laying out
 * synthetic villages and buffers; it is <em>not</em> a survey projection (use the CGCS2000
 * Gauss–Krüger zone, EPSG:4546, for real measurements).
 *
 * <p>Because the projection is affine, whole geometries are transformed with
 * {@link AffineTransformation}.
 */
final class LocalProjection {

    static final double CENTRE_LON = 111.20;
    static final double CENTRE_LAT = 35.63;

    /** Metres per degree of longitude at the centre latitude (ellipsoidal series). */
    static final double METRES_PER_DEGREE_LON;
    /** Metres per degree of latitude at the centre latitude (ellipsoidal series). */
    static final double METRES_PER_DEGREE_LAT;

    static {
        double phi = StrictMath.toRadians(CENTRE_LAT);
        METRES_PER_DEGREE_LON = 111412.84 * StrictMath.cos(phi) - 93.5 * StrictMath.cos(3 * phi);
        METRES_PER_DEGREE_LAT = 111132.92 - 559.82 * StrictMath.cos(2 * phi) + 1.175 * StrictMath.cos(4 * phi);
    }

    private static final AffineTransformation TO_LON_LAT = new AffineTransformation(
            1.0 / METRES_PER_DEGREE_LON, 0, CENTRE_LON,
            0, 1.0 / METRES_PER_DEGREE_LAT, CENTRE_LAT);

    private static final AffineTransformation TO_METRES = new AffineTransformation(
            METRES_PER_DEGREE_LON, 0, -CENTRE_LON * METRES_PER_DEGREE_LON,
            0, METRES_PER_DEGREE_LAT, -CENTRE_LAT * METRES_PER_DEGREE_LAT);

    private LocalProjection() {
    }

    static Coordinate toMetres(double lon, double lat) {
        return new Coordinate((lon - CENTRE_LON) * METRES_PER_DEGREE_LON, (lat - CENTRE_LAT) * METRES_PER_DEGREE_LAT);
    }

    /** Points given as {lon, lat} pairs (like the tables of {@link CountySetting}), in metres. */
    static List<Coordinate> toMetres(double[][] lonLats) {
        List<Coordinate> metres = new ArrayList<>(lonLats.length);
        for (double[] lonLat : lonLats) {
            metres.add(toMetres(lonLat[0], lonLat[1]));
        }
        return metres;
    }

    static Coordinate toLonLat(double x, double y) {
        return new Coordinate(CENTRE_LON + x / METRES_PER_DEGREE_LON, CENTRE_LAT + y / METRES_PER_DEGREE_LAT);
    }

    /** A copy of a geometry in metres, converted to lon/lat (not yet snapped to the output grid). */
    static Geometry toLonLat(Geometry metres) {
        return TO_LON_LAT.transform(metres);
    }

    /** A copy of a lon/lat geometry in local metres. */
    static Geometry toMetres(Geometry lonLat) {
        return TO_METRES.transform(lonLat);
    }
}
