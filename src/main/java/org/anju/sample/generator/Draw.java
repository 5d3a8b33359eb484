package org.anju.sample.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random draws used throughout the generator. Only {@link StrictMath} is used, so the
 * draws are bit-for-bit the same on every JVM and platform.
 */
final class Draw {

    private Draw() {
    }

    /** True with probability {@code p} (p ≤ 0 never, p ≥ 1 always). */
    static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    /** Uniform in [from, to). */
    static double between(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Uniform integer in [from, to], both inclusive. */
    static int intBetween(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** Standard normal deviate (Box–Muller with StrictMath). */
    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Uniform date in [from, to], both inclusive; {@code from} if {@code to} is earlier. */
    static LocalDate date(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        if (days <= 0) {
            return from;
        }
        return LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(days + 1));
    }

    /** One element, uniformly. */
    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Index drawn with probability proportional to its weight; weights must not all be zero. */
    static int weightedIndex(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("all weights are zero");
    }
}
