package org.anju.sample.generator;

import org.locationtech.jts.geom.Coordinate;

/**
 * A township (乡镇) of the sample county with the approximate position of its seat (驻地).
 *
 * @param code      12-digit statistical code, e.g. {@code 140825100000}
 * @param name      e.g. 龙兴镇
 * @param seatLon   longitude of the township seat (CGCS2000)
 * @param seatLat   latitude of the township seat
 * @param reach     relative size of the township's catchment; villages go to the seat with the
 *                  smallest distance ÷ reach, so a smaller reach gives a more compact township
 */
record Township(String code, String name, double seatLon, double seatLat, double reach) {

    /** The 9-digit prefix that its villages' codes start with. */
    String villagePrefix() {
        return code.substring(0, 9);
    }

    Coordinate seatMetres() {
        return LocalProjection.toMetres(seatLon, seatLat);
    }

    boolean isCountySeat() {
        return code.equals(CountySetting.COUNTY_SEAT_TOWNSHIP);
    }
}
