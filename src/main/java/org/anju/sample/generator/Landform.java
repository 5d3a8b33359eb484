package org.anju.sample.generator;

/**
 * The three landforms of the county, which shape village density, building materials and the
 * seismic zoning.
 *
 * <ul>
 *   <li>{@link #NORTHERN_FOOTHILLS}: loess terraces rising to the Lüliang foothills (吕梁山前黄土台地);
 *       the 7-degree seismic zone.</li>
 *   <li>{@link #FEN_VALLEY}: the Fen river plain (汾河谷地), densely settled.</li>
 *   <li>{@link #EMEI_TABLELAND}: the 峨嵋岭 loess tableland in the south, where cave dwellings
 *       (窑洞) are common.</li>
 * </ul>
 */
enum Landform {
    NORTHERN_FOOTHILLS,
    FEN_VALLEY,
    EMEI_TABLELAND;

    /** The landform at a lon/lat position. */
    static Landform at(double lon, double lat) {
        if (lat >= foothillsEdgeLat(lon)) {
            return NORTHERN_FOOTHILLS;
        }
        if (lat <= tablelandEdgeLat(lon)) {
            return EMEI_TABLELAND;
        }
        return FEN_VALLEY;
    }

    /** Latitude of the foot of the northern terraces at a longitude (a gently waving line). */
    static double foothillsEdgeLat(double lon) {
        return 35.690 + 0.007 * StrictMath.sin((lon - 111.0) * 23.0) + 0.003 * StrictMath.sin(lon * 67.0);
    }

    /** Latitude of the northern escarpment of the 峨嵋岭 tableland at a longitude. */
    static double tablelandEdgeLat(double lon) {
        return 35.563 + 0.006 * StrictMath.sin((lon - 110.9) * 19.0) + 0.003 * StrictMath.sin(lon * 53.0);
    }
}
