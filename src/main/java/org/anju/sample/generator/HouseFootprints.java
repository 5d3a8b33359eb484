package org.anju.sample.generator;

import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Building footprints: a rectangle centred on the house point, with the area of one storey
 * (floor area ÷ storeys), 1.3–2.0 times as long as it is deep, its long side along the hamlet's
 * street grid (north-Chinese main houses face south) give or take 6°. Drawn from a stream seeded
 * by the house code, so a footprint does not depend on any other house.
 */
final class HouseFootprints {

    private HouseFootprints() {
    }

    /** The footprint polygon on the output grid, counter-clockwise. */
    static Polygon of(House house) {
        SplittableRandom random = new SplittableRandom(house.code.hashCode());
        double area = house.floorArea / house.storeys;
        double ratio = Draw.between(random, 1.3, 2.0);
        double halfLength = StrictMath.sqrt(area * ratio) / 2;
        double halfDepth = StrictMath.sqrt(area / ratio) / 2;
        double angle = house.site.streetAngle() + StrictMath.toRadians(Draw.between(random, -6, 6));
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        double[][] corners = {{-halfLength, -halfDepth}, {halfLength, -halfDepth}, {halfLength, halfDepth}, {-halfLength, halfDepth}};
        Coordinate centre = house.site.lonLat();
        Coordinate[] ring = new Coordinate[5];
        for (int i = 0; i < 4; i++) {
            double dx = corners[i][0] * cos - corners[i][1] * sin;
            double dy = corners[i][0] * sin + corners[i][1] * cos;
            ring[i] = new Coordinate(
                    Grid.round(centre.x + dx / LocalProjection.METRES_PER_DEGREE_LON),
                    Grid.round(centre.y + dy / LocalProjection.METRES_PER_DEGREE_LAT));
        }
        ring[4] = new Coordinate(ring[0]);
        return Grid.FACTORY.createPolygon(ring);
    }
}
