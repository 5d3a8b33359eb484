package org.anju.sample.generator;

import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The county outline: a closed spline through {@link CountySetting#OUTLINE_ANCHORS}, roughened
 * by a smooth random displacement of up to ±300 m across the boundary, with 192 vertices.
 * The result is a valid polygon on the output grid (lon/lat, 7 decimals).
 */
final class CountyOutline {

    private static final int VERTICES_PER_ANCHOR = 8;

    private CountyOutline() {
    }

    static Polygon build(SplittableRandom random) {
        List<Coordinate> anchors = LocalProjection.toMetres(CountySetting.OUTLINE_ANCHORS);
        List<Coordinate> curve = CatmullRom.closed(anchors, VERTICES_PER_ANCHOR);
        SmoothNoise roughness = new SmoothNoise(random,
                new double[] {9_000, 3_700, 1_900}, new double[] {150, 100, 50});

        // the anchors run clockwise, so a positive offset (to the left) moves a vertex outwards
        Coordinate[] rough = roughness.displaceSideways(curve, true);
        int n = rough.length;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            Coordinate lonLat = LocalProjection.toLonLat(rough[i].x, rough[i].y);
            ring[i] = new Coordinate(Grid.round(lonLat.x), Grid.round(lonLat.y));
        }
        ring[n] = new Coordinate(ring[0]);
        Polygon polygon = Grid.FACTORY.createPolygon(ring);
        if (!polygon.isValid()) {
            Geometry fixed = Grid.union(List.of(polygon));
            polygon = (Polygon) fixed.getGeometryN(0);
        }
        return polygon;
    }
}
