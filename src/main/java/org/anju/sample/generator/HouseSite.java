package org.anju.sample.generator;

import org.locationtech.jts.geom.Coordinate;

/**
 * Where a house stands.
 *
 * @param lonLat      position on the output grid, strictly inside its village
 * @param hamlet      index of the hamlet (自然村) it belongs to, 0 for the main one
 * @param streetAngle orientation of the hamlet's street grid in radians (east = 0), used to
 *                    orient the footprint
 */
record HouseSite(Coordinate lonLat, int hamlet, double streetAngle) {
}
