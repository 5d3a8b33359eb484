package org.anju.export;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Options of an export; start from {@link #DEFAULTS}.
 *
 * @param sheetPerGroup XLSX: one sheet per value of the schema's group column, in order of first
 *                      appearance (ignored when the schema has no group column). Default false.
 * @param allRowsSheet  XLSX with {@code sheetPerGroup}: also a first sheet "全部" with every row.
 *                      Default true.
 * @param layerName     the GeoPackage table and the Shapefile file names inside the zip: ASCII,
 *                      {@code [a-z][a-z0-9_]*}, at most 50 characters (the people-facing title is the
 *                      schema's). Default {@code targets}.
 */
public record ExportOptions(boolean sheetPerGroup, boolean allRowsSheet, String layerName) {

    private static final Pattern LAYER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    public static final ExportOptions DEFAULTS = new ExportOptions(false, true, "targets");

    public ExportOptions {
        Objects.requireNonNull(layerName, "layerName");
        if (!LAYER_NAME.matcher(layerName).matches()) {
            throw new IllegalArgumentException("layer name must be ASCII snake_case, at most 50 characters: " + layerName);
        }
    }

    public ExportOptions withSheetPerGroup(boolean sheetPerGroup) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName);
    }

    public ExportOptions withAllRowsSheet(boolean allRowsSheet) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName);
    }

    public ExportOptions withLayerName(String layerName) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName);
    }
}
