package org.anju.sample.generator;

import java.nio.file.Path;

/**
 * What to generate: the seed, the number of houses, the number of counties and the output folder.
 *
 * <p>The number of villages follows from the number of houses of a county (about 250 houses a
 * village, at least 18, at most 600), so a small run is still a complete county with all nine
 * townships. Province-sized runs spread the houses over several counties ({@link CountyCopy}):
 * a county of 10^5 houses is typical; one county holds at most about 2·10^6 before its villages
 * are implausibly crowded (and slow to fill).
 *
 * @param seed            any long; the same seed and size give byte-identical output
 * @param houses          exact number of house records to write, {@value #MIN_HOUSES} to {@value #MAX_HOUSES}
 *                        (in all counties together; at least {@value #MIN_HOUSES} a county)
 * @param counties        number of counties, 1 to {@value #MAX_COUNTIES}; the houses are shared equally
 * @param outputDirectory folder for the files; created if missing, existing files overwritten
 */
record GeneratorOptions(long seed, int houses, int counties, Path outputDirectory) {

    static final long DEFAULT_SEED = 140825L;
    static final int DEFAULT_HOUSES = 50_000;
    static final Path DEFAULT_OUTPUT = Path.of("gis-data", "xinjiang");
    static final int MIN_HOUSES = 500;
    static final int MAX_HOUSES = 20_000_000;
    static final int MAX_COUNTIES = 999;

    private static final int HOUSES_PER_VILLAGE = 250;
    private static final int MIN_VILLAGES = 18;
    private static final int MAX_VILLAGES = 600;

    GeneratorOptions {
        if (houses < MIN_HOUSES || houses > MAX_HOUSES) {
            throw new IllegalArgumentException(
                    "--houses must be between " + MIN_HOUSES + " and " + MAX_HOUSES + ", was " + houses);
        }
        if (counties < 1 || counties > MAX_COUNTIES) {
            throw new IllegalArgumentException("--counties must be between 1 and " + MAX_COUNTIES + ", was " + counties);
        }
        if (houses / counties < MIN_HOUSES) {
            throw new IllegalArgumentException("--houses must be at least " + MIN_HOUSES + " a county, was "
                    + houses + " for " + counties + " counties");
        }
        if (outputDirectory == null) {
            throw new IllegalArgumentException("--out is required");
        }
    }

    GeneratorOptions(long seed, int houses, Path outputDirectory) {
        this(seed, houses, 1, outputDirectory);
    }

    /** Houses of county {@code index}: an equal share, the first counties taking the remainder. */
    int housesOf(int index) {
        return houses / counties + (index < houses % counties ? 1 : 0);
    }

    /** Number of villages (行政村) of the first county: its houses / 250, clamped to 18–600. */
    int villageCount() {
        return villageCount(0);
    }

    /** Number of villages (行政村) of county {@code index}: its houses / 250, clamped to 18–600. */
    int villageCount(int index) {
        long villages = Math.round(housesOf(index) / (double) HOUSES_PER_VILLAGE);
        return (int) Math.max(MIN_VILLAGES, Math.min(MAX_VILLAGES, villages));
    }

    /**
     * Reads {@code --seed N --houses N --counties M --out DIR}; each is optional and defaults to
     * seed {@value #DEFAULT_SEED}, {@value #DEFAULT_HOUSES} houses, one county and {@code gis-data/xinjiang}.
     *
     * @throws IllegalArgumentException on an unknown option, a missing value or a bad number
     */
    static GeneratorOptions parse(String... args) {
        long seed = DEFAULT_SEED;
        int houses = DEFAULT_HOUSES;
        int counties = 1;
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
                case "--counties" -> counties = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException(
                        "unknown option " + option + " (expected --seed, --houses, --counties, --out)");
            }
        }
        return new GeneratorOptions(seed, houses, counties, out);
    }
}
