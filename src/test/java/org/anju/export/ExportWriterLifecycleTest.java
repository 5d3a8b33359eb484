package org.anju.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Close, abort, bad rows and failing row sources: temporary files never outlive the writer. */
class ExportWriterLifecycleTest {

    private static final TableSchema SCHEMA = TargetListFixture.SCHEMA;
    private static final List<ExportRow> ROWS = TargetListFixture.ROWS;

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"KML", "KMZ", "GPKG", "SHP_ZIP"})
    void closeDeletesTheTemporaryDirectory(ExportFormat format) throws IOException {
        Set<Path> before = exportDirectories();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportWriters.open(format, SCHEMA, out, ExportOptions.DEFAULTS);
        writer.write(ROWS.get(0));
        writer.write(ROWS.get(1));
        Set<Path> created = exportDirectories();
        created.removeAll(before);
        assertThat(created).hasSize(1);
        writer.close();
        assertThat(created.iterator().next()).doesNotExist();
        assertThat(out.size()).isPositive();
        writer.close();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"XLSX", "KML", "KMZ", "GPKG", "SHP_ZIP"})
    void abortWritesNothingAndDeletesTemporaryFiles(ExportFormat format) throws IOException {
        Set<Path> before = exportDirectories();
        Set<Path> poiBefore = poiFiles();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = ExportWriters.open(format, SCHEMA, out, ExportOptions.DEFAULTS);
        ROWS.forEach(writer::write);
        writer.abort();
        assertThat(out.size()).isZero();
        assertThat(exportDirectories()).isSubsetOf(before);
        assertThat(poiFiles()).isSubsetOf(poiBefore);
        writer.close();
        assertThat(out.size()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aFailingRowSourceAbortsTheExport(ExportFormat format) {
        Set<Path> before = exportDirectories();
        Iterator<ExportRow> failing = Stream.<ExportRow>iterate(ROWS.get(0), row -> {
            throw new IllegalStateException("database went away");
        }).limit(3).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ExportWriters.writeAll(format, SCHEMA, failing, out, ExportOptions.DEFAULTS))
                .hasMessage("database went away");
        assertThat(exportDirectories()).isSubsetOf(before);
        if (format != ExportFormat.CSV && format != ExportFormat.GEOJSON) {
            assertThat(out.size()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aBadRowIsRefusedAndTheWriterGoesOn(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriters.open(format, SCHEMA, out, ExportOptions.DEFAULTS)) {
            writer.write(ROWS.get(0));
            assertThatThrownBy(() -> writer.write(ExportRow.at(111, 35, "太少")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.write(ExportRow.at(111, 35, "x", "y", "z", "D", "四", null, null, null, null)))
                    .hasMessageContaining("household_members");
            writer.write(ROWS.get(1));
            assertThat(writer.rowCount()).isEqualTo(2);
        }
        assertThat(out.size()).isPositive();
    }

    @Test
    void writingAfterCloseIsAnError() {
        ExportWriter writer = ExportWriters.open(ExportFormat.CSV, SCHEMA, new ByteArrayOutputStream(), ExportOptions.DEFAULTS);
        writer.close();
        assertThatThrownBy(() -> writer.write(ROWS.get(0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void geoPackageRefusesItsReservedColumnNames() {
        TableSchema schema = new TableSchema("清单", List.of(new Column("fid", "编号", ColumnType.INTEGER)), "fid", null);
        assertThatThrownBy(() -> ExportWriters.open(ExportFormat.GPKG, schema, new ByteArrayOutputStream(), ExportOptions.DEFAULTS))
                .hasMessageContaining("reserved");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void anEmptyListIsAValidEmptyFile(ExportFormat format) {
        byte[] empty = TargetListFixture.export(format, SCHEMA, List.of(), ExportOptions.DEFAULTS);
        assertThat(empty).isNotEmpty();
    }

    private static Set<Path> exportDirectories() {
        return list(Path.of(System.getProperty("java.io.tmpdir")), "anju-export-");
    }

    /** The temporary files of POI's SXSSF (sheet data), which it keeps in {@code java.io.tmpdir/poifiles}. */
    private static Set<Path> poiFiles() {
        return list(Path.of(System.getProperty("java.io.tmpdir"), "poifiles"), "poi-sxssf-");
    }

    private static Set<Path> list(Path directory, String prefix) {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new HashSet<>(files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
