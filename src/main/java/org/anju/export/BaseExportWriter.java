package org.anju.export;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.locationtech.jts.geom.Geometry;

/**
 * The life cycle shared by all writers: checks and normalises each row ({@link Values#normalize}),
 * conforms its geometry to the schema's {@link GeometryKind} and projects it to the output CRS,
 * counts rows, and makes {@code close()}/{@code abort()} idempotent with cleanup always run.
 * A write that fails while writing (not while checking) leaves the writer failed: close then only
 * cleans up.
 */
abstract class BaseExportWriter implements ExportWriter {

    protected final TableSchema schema;
    protected final OutputCrs crs;
    private long rows;
    private boolean closed;
    private boolean failed;

    BaseExportWriter(TableSchema schema, OutputCrs crs) {
        this.schema = schema;
        this.crs = crs;
    }

    /**
     * Writes one checked row; {@code geometry} is the row's geometry of the schema's kind in the
     * output CRS ({@code null} without location), {@code values} are normalised (see
     * {@link Values#normalize}).
     */
    protected abstract void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException;

    /** Completes the document and writes it to the stream. */
    protected abstract void finish() throws IOException;

    /** Releases resources and deletes temporary files; runs once, after finish, abort or failure. */
    protected abstract void cleanup() throws IOException;

    @Override
    public final void write(ExportRow row) {
        if (closed) {
            throw new IllegalStateException("export writer is closed");
        }
        if (failed) {
            throw new IllegalStateException("export writer failed earlier");
        }
        Object[] values = Values.normalize(schema, row);
        Geometry geometry = crs.project(schema.geometryKind().conform(row.geometry()));
        try {
            writeRow(row, geometry, values);
            rows++;
        } catch (IOException e) {
            failed = true;
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public final long rowCount() {
        return rows;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!failed) {
                finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            runCleanup();
        }
    }

    @Override
    public final void abort() {
        if (closed) {
            return;
        }
        closed = true;
        runCleanup();
    }

    private void runCleanup() {
        try {
            cleanup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
