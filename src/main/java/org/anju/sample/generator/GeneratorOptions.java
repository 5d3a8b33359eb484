package org.anju.sample.generator;

import java.nio.file.Path;

/**
 * What to generate: the seed, the number of houses and the output folder.
 *
 * <p>The number of villages follows from the number of houses (about 250 houses a village,
 * at least 18, at most 600), so a small run is still a complete county with all nine
 * townships.
 *
 * @param seed            any long; the same seed and size give byte-identical output
 * @param houses          exact number of house records to write, {@value #MIN_HOUSES} to {@value #MAX_HOUSES}
 * @param outputDirectory folder for the files; created if missing, existing files overwritten
 */
record GeneratorOptions(long seed, int houses, Path outputDirectory) {

    static final long DEFAULT_SEED = 140825L;
    static final int DEFAULT_HOUSES = 50_000;
    static final Path DEFAULT_OUTPUT = Path.of("gis-data", "xinjiang");
    static final int MIN_HOUSES = 500;
    static final int MAX_HOUSES = 20_000_000;

    private static final int HOUSES_PER_VILLAGE = 250;
    private static final int MIN_VILLAGES = 18;
    private static final int MAX_VILLAGES = 600;

    GeneratorOptions {
        if (houses < MIN_HOUSES || houses > MAX_HOUSES) {
            throw new IllegalArgumentException(
                    "--houses must be between " + MIN_HOUSES + " and " + MAX_HOUSES + ", was " + houses);
        }
        if (outputDirectory == null) {
            throw new IllegalArgumentException("--out is required");
        }
    }

    /** Number of villages (行政村) for this size: houses / 250, clamped to 18–600. */
    int villageCount() {
        long villages = Math.round(houses / (double) HOUSES_PER_VILLAGE);
        return (int) Math.max(MIN_VILLAGES, Math.min(MAX_VILLAGES, villages));
    }

    /**
     * Reads {@code --seed N --houses N --out DIR}; each is optional and defaults to
     * seed {@value #DEFAULT_SEED}, {@value #DEFAULT_HOUSES} houses and {@code gis-data/xinjiang}.
     *
     * @throws IllegalArgumentException on an unknown option, a missing value or a bad number
     */
    static GeneratorOptions parse(String... args) {
        long seed = DEFAULT_SEED;
        int houses = DEFAULT_HOUSES;
        Path out = DEFAULT_OUTPUT;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--houses" -> houses = Integer.parseInt(value.replace("_", ""));
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException(
                        "unknown option " + option + " (expected --seed, --houses, --out)");
            }
        }
        return new GeneratorOptions(seed, houses, out);
    }
}
