package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/** Uniform Catmull–Rom splines: smooth curves that pass through every control point. */
final class CatmullRom {

    private CatmullRom() {
    }

    /**
     * A closed curve through {@code points} with {@code perSegment} vertices per segment; the
     * result is not closed (the first vertex is not repeated).
     */
    static List<Coordinate> closed(List<Coordinate> points, int perSegment) {
        int n = points.size();
        List<Coordinate> curve = new ArrayList<>(n * perSegment);
        for (int i = 0; i < n; i++) {
            Coordinate p0 = points.get((i - 1 + n) % n);
            Coordinate p1 = points.get(i);
            Coordinate p2 = points.get((i + 1) % n);
            Coordinate p3 = points.get((i + 2) % n);
            for (int k = 0; k < perSegment; k++) {
                curve.add(interpolate(p0, p1, p2, p3, k / (double) perSegment));
            }
        }
        return curve;
    }

    /**
     * An open curve from the first to the last point, with vertices about {@code spacing} apart
     * (in the units of the points).
     */
    static List<Coordinate> open(List<Coordinate> points, double spacing) {
        int n = points.size();
        List<Coordinate> curve = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            Coordinate p0 = points.get(Math.max(0, i - 1));
            Coordinate p1 = points.get(i);
            Coordinate p2 = points.get(i + 1);
            Coordinate p3 = points.get(Math.min(n - 1, i + 2));
            int steps = Math.max(1, (int) StrictMath.ceil(p1.distance(p2) / spacing));
            for (int k = 0; k < steps; k++) {
                curve.add(interpolate(p0, p1, p2, p3, k / (double) steps));
            }
        }
        curve.add(new Coordinate(points.get(n - 1)));
        return curve;
    }

    private static Coordinate interpolate(Coordinate p0, Coordinate p1, Coordinate p2, Coordinate p3, double t) {
        double t2 = t * t;
        double t3 = t2 * t;
        return new Coordinate(
                blend(p0.x, p1.x, p2.x, p3.x, t, t2, t3),
                blend(p0.y, p1.y, p2.y, p3.y, t, t2, t3));
    }

    private static double blend(double a, double b, double c, double d, double t, double t2, double t3) {
        return 0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
    }
}
