package org.anju.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * CGCS2000 (China Geodetic Coordinate System 2000, EPSG:4490), the CRS of every stored geometry.
 * Geographic, longitude first. WGS 84 (EPSG:4326, OGC:CRS84) coordinates are accepted as CGCS2000:
 * the two frames differ by a few centimetres, far below the accuracy of rural house locations.
 */
public final class Cgcs2000 {

    public static final int SRID = 4490;

    /** Geometries built here carry SRID 4490. */
    public static final GeometryFactory GEOMETRIES = new GeometryFactory(new PrecisionModel(), SRID);

    private Cgcs2000() {
    }

    public static Point point(double lon, double lat) {
        return GEOMETRIES.createPoint(new Coordinate(lon, lat));
    }

    /** True when {@code crsName} (a GeoJSON "crs" name or an EPSG/OGC URN) denotes CGCS2000 or WGS 84 lon/lat. */
    public static boolean isAcceptedCrsName(String crsName) {
        String name = crsName.trim().toUpperCase(java.util.Locale.ROOT);
        return name.endsWith("EPSG::4490") || name.endsWith("EPSG:4490")
                || name.endsWith("EPSG::4326") || name.endsWith("EPSG:4326")
                || name.endsWith("OGC:1.3:CRS84") || name.endsWith("OGC::CRS84") || name.endsWith("CRS84");
    }
}
