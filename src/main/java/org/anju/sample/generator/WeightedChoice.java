package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A list of values with relative weights, drawn from in insertion order (deterministic).
 *
 * @param <T> the kind of value
 */
final class WeightedChoice<T> {

    private final List<T> values = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    /** Adds a value; weights ≤ 0 are kept but never drawn. */
    WeightedChoice<T> add(T value, double weight) {
        values.add(value);
        weights.add(Math.max(0.0, weight));
        return this;
    }

    /** Multiplies the weight of {@code value} (every occurrence) by {@code factor}. */
    WeightedChoice<T> scale(T value, double factor) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(value)) {
                weights.set(i, weights.get(i) * factor);
            }
        }
        return this;
    }

    /** Draws one value; fails if every weight is zero. */
    T pick(SplittableRandom random) {
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return values.get(Draw.weightedIndex(random, w));
    }
}
