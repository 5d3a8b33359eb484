package org.anju.sample.generator;

import java.io.IOException;
import java.nio.file.Path;

/** Lets specs outside the generator's package generate a county package. */
public final class SampleCountyGeneratorAccess {

    private SampleCountyGeneratorAccess() {
    }

    public static void generate(long seed, int houses, Path directory) throws IOException {
        SampleCountyGenerator.generate(new GeneratorOptions(seed, houses, directory));
    }
}
