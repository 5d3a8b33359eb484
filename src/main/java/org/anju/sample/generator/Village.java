package org.anju.sample.generator;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * An administrative village (行政村) of the sample county.
 *
 * @param code            12 digits: township prefix + 201…399 (村委会)
 * @param name            unique within the county, e.g. 北杜坞村
 * @param township        its township
 * @param site            centre of the main settlement, on the output grid; lies inside {@code boundary}
 * @param boundary        Voronoi cell of the site clipped to the county outline
 * @param landform        landform at the site
 * @param nearCountySeat  within 3 km of the county seat town: denser, newer, taller houses
 * @param townshipSeat    the village at the township seat
 * @param clanSurname     the surname most of its families share (e.g. 王 in 东王村)
 */
record Village(String code, String name, Township township, Coordinate site, MultiPolygon boundary,
               Landform landform, boolean nearCountySeat, boolean townshipSeat, String clanSurname) {

    /** Postal-style address prefix, e.g. 新绛县龙兴镇东王村. */
    String addressPrefix() {
        return CountySetting.COUNTY_NAME + township.name() + name;
    }

    AdminArea asAdminArea() {
        return new AdminArea(code, name, AdminArea.Level.VILLAGE, township.code(), boundary);
    }
}
