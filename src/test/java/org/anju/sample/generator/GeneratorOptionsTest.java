package org.anju.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void defaults_to_the_committed_sample() {
        GeneratorOptions options = GeneratorOptions.parse();

        assertThat(options.seed()).isEqualTo(140825L);
        assertThat(options.houses()).isEqualTo(50_000);
        assertThat(options.outputDirectory()).isEqualTo(Path.of("gis-data", "xinjiang"));
    }

    @Test
    void reads_seed_size_and_folder() {
        GeneratorOptions options = GeneratorOptions.parse("--seed", "7", "--houses", "2_000", "--out", "/tmp/x");

        assertThat(options).isEqualTo(new GeneratorOptions(7, 2_000, Path.of("/tmp/x")));
    }

    @Test
    void villages_scale_with_houses_within_limits() {
        assertThat(new GeneratorOptions(1, 50_000, Path.of(".")).villageCount()).isEqualTo(200);
        assertThat(new GeneratorOptions(1, 2_000, Path.of(".")).villageCount()).isEqualTo(18);
        assertThat(new GeneratorOptions(1, 10_000_000, Path.of(".")).villageCount()).isEqualTo(600);
    }

    @Test
    void rejects_unknown_options_and_impossible_sizes() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--size", "5")).hasMessageContaining("unknown option --size");
        assertThatThrownBy(() -> GeneratorOptions.parse("--houses")).hasMessageContaining("missing value");
        assertThatThrownBy(() -> GeneratorOptions.parse("--houses", "10")).hasMessageContaining("between");
    }

    @Test
    void a_province_shares_its_houses_equally_among_its_counties() {
        GeneratorOptions options = GeneratorOptions.parse("--houses", "10_000_001", "--counties", "100");

        assertThat(options.housesOf(0)).isEqualTo(100_001);
        assertThat(options.housesOf(99)).isEqualTo(100_000);
        assertThat(options.villageCount(99)).isEqualTo(400);
        assertThatThrownBy(() -> GeneratorOptions.parse("--houses", "1000", "--counties", "3"))
                .hasMessageContaining("at least 500 a county");
    }
}
