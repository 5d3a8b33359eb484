package org.anju.sample.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @Test
    void quotes_only_fields_that_need_it() {
        assertThat(CsvWriter.quote("县住建局技术组")).isEqualTo("县住建局技术组");
        assertThat(CsvWriter.quote("农户申请复核，第三方鉴定")).as("a full-width comma needs no quotes")
                .isEqualTo("农户申请复核，第三方鉴定");
        assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.quote(null)).isEmpty();
    }

    @Test
    void writes_a_header_and_one_line_per_record(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        try (CsvWriter csv = new CsvWriter(file, "code", "note")) {
            csv.row("H1", "a,b");
            csv.row("H2", null);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("code,note\nH1,\"a,b\"\nH2,\n");
    }

    @Test
    void refuses_a_record_of_the_wrong_width(@TempDir Path dir) throws IOException {
        try (CsvWriter csv = new CsvWriter(dir.resolve("t.csv"), "a", "b")) {
            assertThatThrownBy(() -> csv.row("only one")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
