package org.anju.sample.generator;

import java.util.List;

/**
 * Fixed facts of the sample county, approximating the real setting of 新绛县 (140825): codes and
 * names of the county and its nine townships, the rough outline, the course of the Fen river and
 * the approximate positions of the township seats. Positions are approximations chosen for a
 * plausible layout, not surveyed locations.
 */
final class CountySetting {

    static final String COUNTY_CODE = "140825000000";
    static final String COUNTY_NAME = "新绛县";
    static final String COUNTY_SEAT_TOWNSHIP = "140825100000";

    /** The county seat town (龙兴镇驻地), on the north bank of the Fen. */
    static final double SEAT_LON = 111.220;
    static final double SEAT_LAT = 35.615;

    /** Half width and half height (degrees) of the ≈2 km check box around the county seat. */
    static final double SEAT_BOX_HALF_LON = 0.011;
    static final double SEAT_BOX_HALF_LAT = 0.009;

    static final List<Township> TOWNSHIPS = List.of(
            new Township("140825100000", "龙兴镇", SEAT_LON, SEAT_LAT, 0.75),
            new Township("140825101000", "三泉镇", 111.105, 35.640, 1.0),
            new Township("140825102000", "泽掌镇", 111.140, 35.548, 1.0),
            new Township("140825103000", "北张镇", 111.320, 35.648, 1.0),
            new Township("140825104000", "古交镇", 111.290, 35.570, 1.0),
            new Township("140825105000", "万安镇", 111.065, 35.585, 1.0),
            new Township("140825106000", "阳王镇", 111.215, 35.515, 1.0),
            new Township("140825107000", "泉掌镇", 111.190, 35.690, 1.0),
            new Township("140825200000", "横桥乡", 111.265, 35.690, 1.0));

    /**
     * Anchor points (lon, lat) of the county outline, clockwise from the western tip where the
     * Fen leaves the county. A closed spline through them encloses about 625 km² within
     * 110.98–111.42°E, 35.48–35.78°N.
     */
    static final double[][] OUTLINE_ANCHORS = {
            {110.980, 35.595}, {111.000, 35.625}, {111.050, 35.640}, {111.090, 35.655},
            {111.135, 35.680}, {111.160, 35.740}, {111.190, 35.780}, {111.225, 35.765},
            {111.255, 35.725}, {111.300, 35.695}, {111.350, 35.680}, {111.390, 35.660},
            {111.420, 35.645}, {111.405, 35.610}, {111.370, 35.595}, {111.330, 35.570},
            {111.290, 35.530}, {111.245, 35.500}, {111.200, 35.480}, {111.165, 35.505},
            {111.120, 35.535}, {111.070, 35.560}, {111.030, 35.570}, {111.000, 35.578}};

    /**
     * Control points (lon, lat) of the Fen river from east to west. The first and last lie
     * outside the county so that the river crosses the whole outline: it enters near
     * 111.41°E 35.63°N, passes about 1 km south of the county seat and leaves near
     * 110.99°E 35.59°N.
     */
    static final double[][] FEN_RIVER = {
            {111.470, 35.641}, {111.410, 35.632}, {111.360, 35.628}, {111.310, 35.622},
            {111.265, 35.611}, {111.220, 35.604}, {111.170, 35.603}, {111.120, 35.600},
            {111.070, 35.596}, {111.020, 35.592}, {110.985, 35.590}, {110.930, 35.585}};

    private CountySetting() {
    }

    static Township township(String code) {
        for (Township t : TOWNSHIPS) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no township " + code);
    }
}
