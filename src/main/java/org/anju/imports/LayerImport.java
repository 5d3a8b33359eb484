package org.anju.imports;

import java.util.List;

/**
 * How one layer is imported, in three steps inside the import's transaction: {@link #stage} the
 * file's rows (checked one by one), {@link #check} the staged rows against each other and the
 * database, {@link #merge} the accepted ones. The staged rows are deleted by {@link #clear}.
 */
interface LayerImport extends FeatureSource.Sink {

    /** Opens the staging writer; rows arrive through {@link #columns} and {@link #record}. */
    void startStaging();

    /** Sends the last staged rows (and ends a COPY). */
    void endStaging();

    /** Stops a staging that failed half-way. */
    void abortStaging();

    void check();

    /** Rows accepted after all checks. */
    long accepted();

    /** Accepted rows whose code is already stored. */
    long existing();

    void merge();

    void clear();

    /** Rows rejected: while staging (unreadable values) and by the checks. */
    long rejected();

    /** The import of the request's layer. */
    static LayerImport of(ImportContext context) {
        return switch (context.request().layer()) {
            case HOUSES -> new HouseImport(context);
            case HOUSEHOLDS -> new HouseholdImport(context);
            case DISASTERS -> new DisasterImport(context);
            case SEISMIC_ZONES -> new SeismicZoneImport(context);
            case ADMIN_AREAS -> new AdminAreaImport(context);
        };
    }

    /**
     * True when rows may be written into the tables while the file is read (and a
     * {@link StagingRequired} may ask to undo them and read the file again through staging).
     */
    default boolean writesWhileReading() {
        return false;
    }

    static void requireMapped(FieldMapping mapping, AnjuField field, List<String> columns) {
        if (!mapping.has(field)) {
            throw new ImportFailure("mapping", field.key(), "import.mapping.required", field.names().get(2),
                    String.join(", ", columns));
        }
    }
}
