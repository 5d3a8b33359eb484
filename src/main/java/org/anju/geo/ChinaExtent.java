package org.anju.geo;

/**
 * The rough lon/lat extent of China (incl. islands of the South China Sea), used to tell a
 * mistyped or swapped coordinate from a house merely outside the county. It is deliberately a
 * generous rectangle: it answers "could this be in China at all?", nothing finer.
 */
public final class ChinaExtent {

    static final double MIN_LON = 73.0;
    static final double MAX_LON = 135.5;
    static final double MIN_LAT = 3.0;
    static final double MAX_LAT = 54.0;

    private ChinaExtent() {
    }

    public static boolean contains(double lon, double lat) {
        return lon >= MIN_LON && lon <= MAX_LON && lat >= MIN_LAT && lat <= MAX_LAT;
    }

    /** True when the coordinate is outside China but would be inside with longitude and latitude exchanged. */
    public static boolean looksSwapped(double lon, double lat) {
        return !contains(lon, lat) && contains(lat, lon);
    }
}
