package org.anju.sample.generator;

import org.locationtech.jts.geom.Coordinate;

/**
 * Where a village's main settlement lies, before the village has a code or a boundary.
 *
 * @param metres        position in local metres ({@link LocalProjection})
 * @param township      the township it belongs to
 * @param townshipSeat  true for the village at the township seat (乡镇驻地村)
 */
record VillageSite(Coordinate metres, Township township, boolean townshipSeat) {

    /** Position on the output grid (lon/lat, 7 decimals). */
    Coordinate lonLat() {
        Coordinate c = LocalProjection.toLonLat(metres.x, metres.y);
        return new Coordinate(Grid.round(c.x), Grid.round(c.y));
    }
}
