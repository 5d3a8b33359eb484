package org.anju.imports;

import java.util.Map;

/**
 * One import as requested: what the file is imported as, how its CRS and text encoding are to be
 * taken when the file does not say (or says wrong), which column is which field, and what happens
 * to good rows when some are bad.
 *
 * @param srid     EPSG code of the coordinates, overriding .prj and guesses; {@code null} = from the file
 * @param encoding text encoding, overriding .cpg and detection; {@code null} = from the file
 * @param mapping  source column → Anju field key ({@code null} value: ignore the column)
 */
record ImportRequest(ImportLayer layer, Integer srid, String encoding, Map<String, String> mapping, ImportMode mode,
                     boolean dryRun) {
}
