package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a .dbf cell reads as: text without the blanks and NULs around it (also the ideographic
 * space U+3000 people type in Chinese text), in the file's charset; an empty cell is {@code null};
 * numbers as {@link BigDecimal}, a number of asterisks ("does not fit") as {@code null}.
 */
class DbfRecordsTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "UTF-8"})
    void cellsReadWithoutTheirPadding(String charsetName) throws IOException {
        Charset charset = Charset.forName(charsetName);
        Path shp = new TestShapefile(charset).text("地址", 30).number("层数", 4, 0)
                .point(1, 1, "东村 1号", 2)
                .point(1, 1, "  东村 2号 ", 12)
                .point(1, 1, "\u3000西村\u3000 ", null)
                .point(1, 1, "No. 3 A", "****")
                .point(1, 1, "   ", " 7")
                .writeTo(directory, "houses");

        assertThat(read(shp, charset)).containsExactly(
                Arrays.asList("东村 1号", new BigDecimal("2")),
                Arrays.asList("东村 2号", new BigDecimal("12")),
                Arrays.asList("西村", null),
                Arrays.asList("No. 3 A", null),
                Arrays.asList(null, new BigDecimal("7")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "UTF-8"})
    void cellsOfNulBytesAreEmpty(String charsetName) throws IOException {
        Charset charset = Charset.forName(charsetName);
        Path shp = new TestShapefile(charset).text("地址", 12).point(1, 1, "东村").point(1, 1, "东村").writeTo(directory, "nul");
        Path dbf = directory.resolve("nul.dbf");
        byte[] bytes = Files.readAllBytes(dbf);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        int recordLength = (bytes[10] & 0xFF) | (bytes[11] & 0xFF) << 8;
        int second = headerLength + recordLength;
        Arrays.fill(bytes, second + 1, second + recordLength, (byte) 0); // as shapelib writes a missing value
        int afterText = headerLength + 1 + "东村".getBytes(charset).length;
        Arrays.fill(bytes, afterText, headerLength + recordLength, (byte) 0); // text padded with NULs
        Files.write(dbf, bytes);

        assertThat(read(shp, charset)).containsExactly(List.of("东村"), Arrays.asList((Object) null));
    }

    private static List<List<Object>> read(Path shp, Charset charset) throws IOException {
        Path dbf = shp.resolveSibling(shp.getFileName().toString().replace(".shp", ".dbf"));
        List<List<Object>> rows = new ArrayList<>();
        try (DbfRecords records = new DbfRecords(dbf, charset)) {
            assertThat(records.fields().get(0).name()).isEqualTo("地址");
            for (Map<String, Object> row = records.next(); row != null; row = records.next()) {
                rows.add(new ArrayList<>(row.values()));
            }
        }
        return rows;
    }
}
