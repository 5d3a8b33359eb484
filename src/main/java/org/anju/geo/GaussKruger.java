package org.anju.geo;

/**
 * CGCS2000 3-degree Gauss–Krüger zones without zone prefix (EPSG:4534–4554, central meridians
 * 75°E–135°E): the metric CRS in which distances and buffers around a place in China are
 * computed. Within its own zone the scale error stays below about 1.4 × 10⁻⁴, i.e. 14 cm per km.
 */
public final class GaussKruger {

    private static final int FIRST_SRID = 4534;
    private static final int FIRST_CENTRAL_MERIDIAN = 75;
    private static final int LAST_CENTRAL_MERIDIAN = 135;

    private GaussKruger() {
    }

    /** The SRID of the 3-degree zone whose central meridian is nearest to {@code lon}. */
    public static int zoneSrid(double lon) {
        int meridian = (int) Math.round(lon / 3.0) * 3;
        meridian = Math.max(FIRST_CENTRAL_MERIDIAN, Math.min(LAST_CENTRAL_MERIDIAN, meridian));
        return FIRST_SRID + (meridian - FIRST_CENTRAL_MERIDIAN) / 3;
    }

    /** Metres per degree of latitude, at least (at the equator, CGCS2000 ellipsoid): 110,574 m. */
    private static final double MIN_METRES_PER_DEGREE_LATITUDE = 110_574;
    /** Metres per degree of longitude at the equator: 111,320 m. */
    private static final double METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR = 111_320;

    /**
     * A latitude span in degrees that surely covers {@code metres} (with 1 % margin): for widening
     * envelopes before an exact metric distance test.
     */
    public static double degreesOfLatitudeAtLeast(double metres) {
        return metres / MIN_METRES_PER_DEGREE_LATITUDE * 1.01;
    }

    /** A longitude span in degrees that surely covers {@code metres} at latitudes up to {@code farthestLat}. */
    public static double degreesOfLongitudeAtLeast(double metres, double farthestLat) {
        double cos = Math.cos(Math.toRadians(Math.min(89, Math.abs(farthestLat) + 0.5)));
        return metres / (METRES_PER_DEGREE_LONGITUDE_AT_EQUATOR * cos) * 1.01;
    }
}
