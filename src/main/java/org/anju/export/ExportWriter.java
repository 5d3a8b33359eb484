package org.anju.export;

/**
 * Writes a target list one row at a time. Rows are written in the order given (the caller sorts
 * them by priority); they need not be grouped.
 *
 * <p>Use: {@link #write} per row, then {@link #close()} to finish the document, or {@link #abort()}
 * when the row source failed, so that no complete-looking but truncated file is produced. Either
 * deletes the writer's temporary files. Neither closes the {@code OutputStream} (it is flushed on
 * close). A writer is not thread-safe.
 *
 * <p>Formats that stream (CSV, GeoJSON, KML and KMZ without groups) write to the stream as rows arrive;
 * the others write it on {@code close()}.
 */
public interface ExportWriter extends AutoCloseable {

    /**
     * Writes one row.
     *
     * @throws IllegalArgumentException when the row does not match the schema (wrong number of values,
     *                                  a value of the wrong type); nothing of the row is written and
     *                                  the writer stays usable
     * @throws IllegalStateException    after close or abort
     * @throws java.io.UncheckedIOException when writing fails; the writer is then unusable and
     *                                  {@code close()} only cleans up
     */
    void write(ExportRow row);

    /** The number of rows written so far. */
    long rowCount();

    /**
     * Finishes the document, writes what is left of it to the stream, flushes the stream and deletes
     * temporary files. Calling it again does nothing.
     *
     * @throws java.io.UncheckedIOException when writing fails (temporary files are deleted anyway)
     */
    @Override
    void close();

    /**
     * Stops without finishing the document and deletes temporary files. Bytes already streamed stay
     * in the stream; file-based formats (XLSX, GeoPackage, Shapefile, grouped KML and KMZ) write nothing.
     */
    void abort();
}
