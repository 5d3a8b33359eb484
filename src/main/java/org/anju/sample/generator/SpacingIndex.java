package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid of buckets that answers "is any placed point closer than d?" in constant time, used
 * to keep houses apart. Only looked up, never iterated, so its hash order cannot leak into the
 * output.
 */
final class SpacingIndex {

    private final double cellSize;
    private final Map<Long, List<double[]>> cells = new HashMap<>();

    /** @param cellSize bucket size in metres; queries up to this distance are exact */
    SpacingIndex(double cellSize) {
        this.cellSize = cellSize;
    }

    void add(double x, double y) {
        cells.computeIfAbsent(key(cell(x), cell(y)), k -> new ArrayList<>()).add(new double[] {x, y});
    }

    /** True if no point added so far lies closer than {@code minimum} (≤ cell size). */
    boolean isClear(double x, double y, double minimum) {
        long cx = cell(x);
        long cy = cell(y);
        double minimumSquared = minimum * minimum;
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                List<double[]> bucket = cells.get(key(cx + dx, cy + dy));
                if (bucket == null) {
                    continue;
                }
                for (double[] p : bucket) {
                    double ex = p[0] - x;
                    double ey = p[1] - y;
                    if (ex * ex + ey * ey < minimumSquared) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private long cell(double v) {
        return (long) StrictMath.floor(v / cellSize);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xFFFFFFFFL);
    }
}
