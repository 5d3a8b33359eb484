package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress an import job shows: bytes of the file read so far, phase by phase. */
class ImportProgressTest {

    @TempDir
    Path directory;

    @Test
    void aShapefileCountsItsBytesRecordByRecordUpToBothFiles() throws Exception {
        TestShapefile file = new TestShapefile(StandardCharsets.UTF_8).text("code", 20);
        for (int i = 0; i < 50; i++) {
            file.point(111.0 + i / 1000.0, 35.5, "H" + i);
        }
        Path shp = file.writeTo(directory, "houses");
        long total = Files.size(shp) + Files.size(directory.resolve("houses.dbf"));
        ImportReport report = new ImportReport("p", ImportLayer.HOUSES, ImportMode.ALL_OR_NOTHING, false, 10);
        ImportProgress progress = new ImportProgress();
        List<Long> seen = new ArrayList<>();

        try (ShapefileSource source = new ShapefileSource(shp, "UTF-8", report)) {
            progress.reading(source);
            assertThat(progress.bytesTotal()).isEqualTo(total);
            assertThat(progress.bytesRead()).isLessThan(total / 10);
            source.read(new FeatureSource.Sink() {
                @Override
                public void columns(List<String> columns, Set<String> truncated) {
                }

                @Override
                public void record(SourceRecord record) {
                    seen.add(progress.bytesRead());
                }
            });
            assertThat(progress.bytesRead()).isEqualTo(total);
        }
        progress.phase(ImportProgress.Phase.CHECKING);

        assertThat(seen).hasSize(50).isSorted().doesNotHaveDuplicates();
        assertThat(seen.get(24)).isBetween(total * 4 / 10, total * 6 / 10);
        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.CHECKING);
        assertThat(progress.bytesRead()).as("kept after the file is closed").isEqualTo(total);
        assertThat(progress.bytesTotal()).isEqualTo(total);
    }

    @Test
    void aFormatThatCannotCountShowsNoBytes() {
        ImportProgress progress = new ImportProgress();
        progress.reading(new FeatureSource() {
            @Override
            public SourceCrs declaredCrs() {
                return null;
            }

            @Override
            public void read(Sink sink) {
            }

            @Override
            public void close() {
            }
        });

        assertThat(progress.phase()).isEqualTo(ImportProgress.Phase.READING);
        assertThat(progress.bytesRead()).isEqualTo(-1);
        assertThat(progress.bytesTotal()).isEqualTo(-1);
    }
}
