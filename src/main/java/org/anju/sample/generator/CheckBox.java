package org.anju.sample.generator;

import org.locationtech.jts.geom.Coordinate;

/**
 * The ≈2 km box around the county seat whose C and D houses are counted in
 * {@code expected-summary.json}, for an end-to-end check of {@code GET /api/houses?bbox=…}.
 * Containment is inclusive of the edges (like {@code ST_Intersects} with an envelope), but the
 * generator never places a house exactly on an edge, so inclusive and exclusive readings agree.
 */
record CheckBox(double minLon, double minLat, double maxLon, double maxLat) {

    static CheckBox aroundCountySeat() {
        return new CheckBox(
                Grid.round(CountySetting.SEAT_LON - CountySetting.SEAT_BOX_HALF_LON),
                Grid.round(CountySetting.SEAT_LAT - CountySetting.SEAT_BOX_HALF_LAT),
                Grid.round(CountySetting.SEAT_LON + CountySetting.SEAT_BOX_HALF_LON),
                Grid.round(CountySetting.SEAT_LAT + CountySetting.SEAT_BOX_HALF_LAT));
    }

    boolean contains(Coordinate c) {
        return c.x >= minLon && c.x <= maxLon && c.y >= minLat && c.y <= maxLat;
    }

    boolean onEdge(Coordinate c) {
        boolean withinLon = c.x >= minLon && c.x <= maxLon;
        boolean withinLat = c.y >= minLat && c.y <= maxLat;
        return (withinLat && (c.x == minLon || c.x == maxLon)) || (withinLon && (c.y == minLat || c.y == maxLat));
    }

    /** "minLon,minLat,maxLon,maxLat" as in a bbox query parameter. */
    String asQueryParameter() {
        return Decimals.coordinate(minLon) + "," + Decimals.coordinate(minLat) + ","
                + Decimals.coordinate(maxLon) + "," + Decimals.coordinate(maxLat);
    }
}
