package org.anju.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streaming with bounded memory: 100,000 generated rows (12 townships, interleaved) are written
 * while nothing holds them; the heap the writer still holds after a full GC, just before close, must
 * stay small. Times (wall and the writing thread's CPU), sizes and heap are printed, not asserted.
 *
 * <p>CSV and XLSX run always. {@code -Danju.exportVolume=<rows>} runs every format with that many
 * rows (e.g. 1000000), and checks the feature count with {@code ogrinfo} for the GIS formats.
 */
class ExportVolumeTest {

    private static final int DEFAULT_ROWS = 100_000;
    private static final long RETAINED_BUDGET = 32L << 20;
    private static final String[] TOWNSHIPS = {"龙兴镇", "泉掌镇", "古交镇", "北张镇", "万安镇", "阳王镇",
            "横桥乡", "三泉镇", "泽掌镇", "城关镇", "郭家庄", "南樊镇"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "秀英", "桂兰", "志强", "海燕", "永红", "玉梅"};
    private static final String[] GRADES = {"A", "B", "C", "D", null};

    /** CPU time of the writing thread (Java and the native SQLite code alike): steadier than wall time on a shared machine. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesManyRowsWithBoundedMemory(ExportFormat format) throws Exception {
        String volume = System.getProperty("anju.exportVolume");
        assumeTrue(volume != null || format == ExportFormat.CSV || format == ExportFormat.XLSX,
                "set -Danju.exportVolume=<rows> to measure every format");
        int rows = volume == null ? DEFAULT_ROWS : Integer.parseInt(volume);
        ExportOptions options = ExportOptions.DEFAULTS.withSheetPerGroup(true);
        Path file = dir.resolve("volume." + format.extension());

        long baseline = usedHeapAfterGc();
        resetPeaks();
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long retained;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ExportWriter writer = ExportWriters.open(format, TargetListFixture.SCHEMA, out, options);
            for (int i = 0; i < rows; i++) {
                writer.write(row(i));
            }
            retained = usedHeapAfterGc() - baseline;
            writer.close();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        System.out.printf("%-7s %,9d rows: %,7d ms (CPU of the writing thread %,7d ms), %,13d bytes, held while open %,8d KB, peak heap ≈ %,5d MB%n",
                format, rows, millis, cpuMillis, Files.size(file), retained >> 10, peakHeap() >> 20);

        assertThat(retained).as("heap held by the %s writer", format).isLessThan(RETAINED_BUDGET);
        check(format, file, rows);
    }

    private void check(ExportFormat format, Path file, int rows) throws Exception {
        switch (format) {
            case CSV -> assertThat(countCrLf(file)).isEqualTo(rows + 1);
            case XLSX -> {
                try (ZipFile xlsx = new ZipFile(file.toFile())) {
                    ZipEntry all = xlsx.getEntry("xl/worksheets/sheet1.xml");
                    try (InputStream in = xlsx.getInputStream(all)) {
                        String start = new String(in.readNBytes(1000), StandardCharsets.UTF_8);
                        assertThat(start).contains("<dimension ref=\"A1:K" + (rows + 1) + "\"/>");
                    }
                    assertThat(xlsx.getEntry("xl/worksheets/sheet13.xml")).isNotNull();
                }
            }
            case GEOJSON, GPKG, SHP_ZIP ->
                    assertThat(Ogr.info(file.toString(), "-so", "-al")).contains("Feature Count: " + rows);
            case KML -> assertThat(Files.size(file)).isGreaterThan(rows * 500L);
            case KMZ -> {
                try (ZipFile kmz = new ZipFile(file.toFile())) {
                    assertThat(kmz.stream().map(ZipEntry::getName)).containsExactly("doc.kml", "files/dot.png");
                    assertThat(kmz.getEntry("doc.kml").getSize()).isGreaterThan(rows * 500L);
                }
            }
        }
    }

    static ExportRow row(int i) {
        return ExportRow.at(111.0 + (i % 1000) * 0.0007, 35.4 + (i / 1000) * 0.0005,
                "140825" + (100000 + i), SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length],
                TOWNSHIPS[i % TOWNSHIPS.length], GRADES[i % GRADES.length], i % 6 + 1,
                BigDecimal.valueOf(4000 + i % 9000, 2), LocalDate.of(2023, 1, 1).plusDays(i % 365),
                i % 3 == 0, "第" + i + "号，汛期后复查");
    }

    private static long countCrLf(Path file) throws IOException {
        long count = 0;
        int previous = -1;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n' && previous == '\r') {
                    count++;
                }
                previous = b;
            }
        }
        return count;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the peak heap, garbage included. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
