package org.anju.imports;

import java.util.Map;

/**
 * One import as requested: what the file is imported as, how its CRS and text encoding are to be
 * taken when the file does not say (or says wrong), which column is which field, and what happens
 * to good rows when some are bad.
 *
 * @param srid         EPSG code of the coordinates, overriding .prj and guesses; {@code null} = from the file
 * @param encoding     text encoding, overriding .cpg and detection; {@code null} = from the file
 * @param mapping      source column → Anju field key ({@code null} value: ignore the column)
 * @param fileValues   values for every row, given as parameters ({@link ImportLayer#fileParameters()}),
 *                     e.g. {@code name} and {@code type} of a disaster event; they win over the file's columns
 * @param jurisdiction the administrative code the requesting account is limited to; {@code null} = every area
 */
record ImportRequest(ImportLayer layer, Integer srid, String encoding, Map<String, String> mapping, ImportMode mode,
                     boolean dryRun, Map<String, String> fileValues, String jurisdiction) {

    ImportRequest(ImportLayer layer, Integer srid, String encoding, Map<String, String> mapping, ImportMode mode,
                  boolean dryRun) {
        this(layer, srid, encoding, mapping, mode, dryRun, Map.of(), null);
    }

    /** The parameter {@code name} given for the whole file, or {@code null}. */
    String fileValue(String name) {
        String value = fileValues.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
