package org.anju.sample.generator;

import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;

/**
 * A smooth random function of one variable: a sum of a few sine waves with random phases.
 * Used to roughen outlines, meander the river and vary buffer widths without sharp corners.
 */
final class SmoothNoise {

    private final double[] wavelengths;
    private final double[] amplitudes;
    private final double[] phases;

    /**
     * @param wavelengths wavelength of each octave (in the unit of the argument)
     * @param amplitudes  amplitude of each octave; the function stays within ± their sum
     */
    SmoothNoise(SplittableRandom random, double[] wavelengths, double[] amplitudes) {
        this.wavelengths = wavelengths.clone();
        this.amplitudes = amplitudes.clone();
        this.phases = new double[wavelengths.length];
        for (int i = 0; i < phases.length; i++) {
            phases[i] = random.nextDouble() * 2 * StrictMath.PI;
        }
    }

    double at(double s) {
        double sum = 0;
        for (int i = 0; i < wavelengths.length; i++) {
            sum += amplitudes[i] * StrictMath.sin(2 * StrictMath.PI * s / wavelengths[i] + phases[i]);
        }
        return sum;
    }

    /**
     * The vertices of {@code curve}, each moved sideways by this function of its distance along
     * the curve from the first vertex: to the left of the direction of travel for positive values.
     * The direction at a vertex is that of the chord from the vertex before it to the vertex
     * after it; a closed curve (first vertex not repeated at the end) wraps around, an open one
     * uses its first and last vertices at its ends.
     */
    Coordinate[] displaceSideways(List<Coordinate> curve, boolean closed) {
        int n = curve.size();
        Coordinate[] moved = new Coordinate[n];
        double along = 0;
        for (int i = 0; i < n; i++) {
            Coordinate previous = curve.get(closed ? (i - 1 + n) % n : Math.max(0, i - 1));
            Coordinate here = curve.get(i);
            Coordinate next = curve.get(closed ? (i + 1) % n : Math.min(n - 1, i + 1));
            if (i > 0) {
                along += previous.distance(here);
            }
            double dx = next.x - previous.x;
            double dy = next.y - previous.y;
            double length = StrictMath.hypot(dx, dy);
            double offset = at(along);
            moved[i] = new Coordinate(here.x - dy / length * offset, here.y + dx / length * offset);
        }
        return moved;
    }
}
