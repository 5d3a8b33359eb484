package org.anju.imports;

import java.util.function.Supplier;

/**
 * Thrown by a layer import that writes rows straight into the tables while the file is read
 * ({@link LayerImport#writesWhileReading()}) when it finds it cannot go on that way (a code of the
 * file is stored already, or repeated in the file): the caller rolls back to before the first row
 * and reads the file again into {@link #stagedImport()}, which goes through the staging table.
 */
final class StagingRequired extends RuntimeException {

    private final transient Supplier<LayerImport> staged;

    StagingRequired(String reason, Supplier<LayerImport> staged) {
        super(reason, null, false, false);
        this.staged = staged;
    }

    /** A fresh import of the same layer that stages every row. */
    LayerImport stagedImport() {
        return staged.get();
    }
}
