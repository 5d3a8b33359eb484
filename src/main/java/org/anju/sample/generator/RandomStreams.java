package org.anju.sample.generator;

import java.util.SplittableRandom;

/**
 * Independent, reproducible random streams, one per generation stage or village.
 *
 * <p>Each stream is seeded from the run's seed and a stable name (String.hashCode is specified
 * by the Java language), so adding a draw to one village never shifts the draws of another.
 */
final class RandomStreams {

    private final long seed;

    RandomStreams(long seed) {
        this.seed = seed;
    }

    /** A fresh stream for a named stage, e.g. {@code "outline"}; same name, same stream. */
    SplittableRandom stage(String name) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + name.hashCode()));
    }

    /** A fresh stream for one village's houses and households. */
    SplittableRandom village(String villageCode) {
        return stage("village/" + villageCode);
    }

    /** MurmurHash3's 64-bit finaliser: spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
