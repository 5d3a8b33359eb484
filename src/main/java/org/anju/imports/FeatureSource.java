package org.anju.imports;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * An opened import file that pushes its records, one at a time, into a {@link Sink} (constant
 * memory, whatever the file size). What the file says about itself — format, text encoding — is
 * written into the report when it is opened.
 */
interface FeatureSource extends AutoCloseable {

    /** Receives the columns once, before the first record, then every record in file order. */
    interface Sink {

        /** @param truncated columns whose names may have been cut short (10-byte .dbf names) */
        void columns(List<String> columns, Set<String> truncated);

        void record(SourceRecord record);
    }

    /** The CRS the file declares (.prj, GeoJSON {@code crs}, KML = WGS 84), or {@code null}. */
    SourceCrs declaredCrs();

    void read(Sink sink) throws IOException;

    /**
     * Bytes of the file(s) read so far, for progress; may be called from another thread while
     * {@link #read} runs. {@code -1} when the format cannot tell.
     */
    default long bytesRead() {
        return -1;
    }

    /** Bytes of the file(s) {@link #read} goes through in all; {@code -1} when the format cannot tell. */
    default long bytesTotal() {
        return -1;
    }

    /** True when records may name the same attribute differently (KML placemarks typed by hand). */
    default boolean heterogeneous() {
        return false;
    }

    @Override
    void close() throws IOException;
}
