package org.anju.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Objects;

/**
 * Opens the writer of a format. See each format's class for its layout and memory bound; in short
 * every writer keeps memory independent of the number of rows (CSV, GeoJSON, KML, KMZ, GeoPackage,
 * Shapefile: a few buffers; XLSX: about 100 + 10 × groups rows), and uses temporary files that are
 * deleted on close or abort.
 */
public final class ExportWriters {

    private ExportWriters() {
    }

    /**
     * A writer of {@code format} to {@code out}. The stream is not closed by the writer.
     *
     * @throws IllegalArgumentException when the schema or options cannot be written in this format
     *                                  (e.g. a key reserved by GeoPackage, a projected CRS in KML)
     * @throws UncheckedIOException     when temporary files cannot be created
     */
    public static ExportWriter open(ExportFormat format, TableSchema schema, OutputStream out, ExportOptions options) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(options, "options");
        try {
            return switch (format) {
                case CSV -> new CsvExportWriter(schema, out, options.crs());
                case XLSX -> new XlsxExportWriter(schema, out, options);
                case GEOJSON -> new GeoJsonExportWriter(schema, out, options.crs());
                case KML -> new KmlExportWriter(schema, out, options.crs());
                case KMZ -> new KmzExportWriter(schema, out, options.crs());
                case GPKG -> new GeoPackageExportWriter(schema, out, options);
                case SHP_ZIP -> new ShapefileZipWriter(schema, out, options);
                case FLATGEOBUF -> new FlatGeobufExportWriter(schema, out, options.crs());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes all rows and closes the writer; aborts it (no complete-looking file) when the rows or
     * the writing fail.
     *
     * @return the number of rows written
     */
    public static long writeAll(ExportFormat format, TableSchema schema, Iterator<ExportRow> rows,
                                OutputStream out, ExportOptions options) {
        ExportWriter writer = open(format, schema, out, options);
        try {
            while (rows.hasNext()) {
                writer.write(rows.next());
            }
        } catch (RuntimeException | Error e) {
            try {
                writer.abort();
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        writer.close();
        return writer.rowCount();
    }
}
