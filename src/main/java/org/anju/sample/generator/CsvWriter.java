package org.anju.sample.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a UTF-8 CSV file (no byte-order mark) with a header row. Fields are quoted as RFC 4180
 * requires — only when they contain a comma, a double quote or a line break, with inner quotes
 * doubled. Records end with a line feed; null is written as an empty field.
 */
final class CsvWriter implements Closeable {

    private final Writer out;
    private final int columns;
    private long rows;

    CsvWriter(Path file, String... header) {
        try {
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        columns = header.length;
        writeRecord(header);
    }

    /**
     * Writes one record.
     *
     * @throws IllegalArgumentException if the number of fields differs from the header
     */
    void row(String... fields) {
        if (fields.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " fields, got " + fields.length);
        }
        writeRecord(fields);
        rows++;
    }

    long rowCount() {
        return rows;
    }

    /** The field as it appears in the file. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeRecord(String[] fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(fields[i]));
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
