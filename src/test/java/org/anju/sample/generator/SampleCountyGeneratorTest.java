package org.anju.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCountyGeneratorTest {

    @Test
    void the_same_seed_gives_byte_identical_files(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedCounty.generate(first, 140825, 2_000);
        GeneratedCounty.generate(second, 140825, 2_000);

        for (String file : SampleCountyFiles.ALL) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void another_seed_gives_another_county(@TempDir Path first, @TempDir Path second) throws IOException {
        GeneratedCounty.generate(first, 1, 1_000);
        GeneratedCounty.generate(second, 2, 1_000);

        assertThat(Files.mismatch(first.resolve(SampleCountyFiles.HOUSES), second.resolve(SampleCountyFiles.HOUSES)))
                .isNotEqualTo(-1L);
    }

    @Test
    void writes_every_file_of_the_contract(@TempDir Path out) {
        GeneratedCounty.generate(out, 7, 600);

        assertThat(out.toFile().list()).containsExactlyInAnyOrderElementsOf(SampleCountyFiles.ALL);
    }
}
