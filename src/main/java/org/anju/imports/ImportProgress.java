package org.anju.imports;

/**
 * How far one import is, readable from another thread while it runs (an import job's resource
 * polls it): the phase, and the bytes of the file read so far and in all, as the file's reader
 * tells them (the rows read are counted in the {@link ImportReport}). Bytes are {@code -1} when the
 * format cannot tell (XLSX, KML, GeoPackage: rows only).
 */
final class ImportProgress {

    /** What an import is doing; the order is the order of an import. */
    enum Phase {
        /** Waiting for a free import thread (asynchronous imports only). */
        QUEUED,
        /** Unpacking a zip and recognising the format, encoding and CRS. */
        OPENING,
        /** Reading the file: every row checked, reprojected and staged. */
        READING,
        /** The checks over all rows (duplicate codes, owners, …) in the database. */
        CHECKING,
        /** Writing the accepted rows. */
        WRITING,
        /** Done, written or not: the report is complete. */
        FINISHED;

        String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private volatile Phase phase = Phase.QUEUED;
    private volatile FeatureSource source;
    private volatile long bytesRead = -1;
    private volatile long bytesTotal = -1;

    Phase phase() {
        return phase;
    }

    /** Moves to {@code next}; leaving {@link Phase#READING} keeps the last byte counts of the file. */
    void phase(Phase next) {
        FeatureSource reading = source;
        if (reading != null && next != Phase.READING) {
            bytesRead = reading.bytesRead();
            bytesTotal = reading.bytesTotal();
            source = null;
        }
        phase = next;
    }

    /** The file is open: its bytes are counted from now on. */
    void reading(FeatureSource opened) {
        bytesTotal = opened.bytesTotal();
        bytesRead = 0;
        source = opened;
        phase = Phase.READING;
    }

    long bytesRead() {
        FeatureSource reading = source;
        return reading != null ? reading.bytesRead() : bytesRead;
    }

    long bytesTotal() {
        FeatureSource reading = source;
        return reading != null ? reading.bytesTotal() : bytesTotal;
    }
}
