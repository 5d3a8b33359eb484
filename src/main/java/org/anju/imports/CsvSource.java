package org.anju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV (or tab-separated) sheet with one row per house or household; coordinates, if any, in
 * longitude/latitude or x/y columns. Encoding: the parameter, else detected ({@link TextEncoding});
 * delimiter: comma, or tab/semicolon when the first line has more of those. Title rows above
 * the header are skipped ({@link HeaderRow}). Row numbers are those of the file's lines.
 */
final class CsvSource implements FeatureSource {

    private final Path file;
    private final Charset charset;
    private final ImportLayer layer;

    CsvSource(Path file, String encodingParameter, ImportLayer layer, ImportReport report) throws IOException {
        this.file = file;
        this.layer = layer;
        if (encodingParameter != null) {
            charset = ShapefileSource.charset(encodingParameter);
            report.encoding(encodingParameter, "parameter");
        } else if (TextEncoding.hasUtf8Bom(file)) {
            charset = java.nio.charset.StandardCharsets.UTF_8;
            report.encoding("UTF-8", "byte-order mark");
        } else {
            charset = TextEncoding.detect(file);
            report.encoding(charset.name(), "detected");
        }
    }

    private volatile CountingInputStream counted;
    private long bytesTotal = -1;

    private InputStream counted(InputStream in) throws IOException {
        bytesTotal = Files.size(file);
        counted = new CountingInputStream(in);
        return counted;
    }

    @Override
    public long bytesRead() {
        CountingInputStream c = counted;
        return c == null ? 0 : c.count();
    }

    @Override
    public long bytesTotal() {
        return bytesTotal < 0 ? sizeOf(file) : bytesTotal;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public SourceCrs declaredCrs() {
        return null;
    }

    @Override
    public void read(Sink sink) throws IOException {
        char delimiter = delimiter();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(false).get();
        try (Reader reader = new java.io.BufferedReader(new java.io.InputStreamReader(counted(Files.newInputStream(file)),
                charset), 1 << 16); CSVParser parser = format.parse(reader)) {
            SheetRows rows = new SheetRows(layer, sink);
            long line = 0;
            for (CSVRecord record : parser) {
                line++;
                List<Object> cells = new ArrayList<>(record.toList());
                if (line == 1 && !cells.isEmpty() && cells.get(0) instanceof String first && first.startsWith("\uFEFF")) {
                    cells.set(0, first.substring(1));
                }
                rows.row(line, cells);
            }
            rows.end();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportFailure("file", file.getFileName().toString(), "import.csv.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private char delimiter() throws IOException {
        try (var lines = Files.lines(file, charset)) {
            String first = lines.findFirst().orElse("");
            long commas = first.chars().filter(c -> c == ',').count();
            long tabs = first.chars().filter(c -> c == '\t').count();
            long semicolons = first.chars().filter(c -> c == ';').count();
            return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
        } catch (java.io.UncheckedIOException e) {
            return ',';
        }
    }

    @Override
    public void close() {
    }
}
