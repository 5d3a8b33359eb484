package org.anju.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * @param crs           the CRS coordinates are written in; default {@link OutputCrs#STORED} (CGCS2000
 *                      longitude/latitude). KML and KMZ are always longitude/latitude and refuse others.
 * @param dbfEncoding   Shapefile attributes: UTF-8 (default) or GBK, declared in the {@code .cpg}
 */
public record ExportOptions(boolean sheetPerGroup, boolean allRowsSheet, String layerName, OutputCrs crs,
                            Charset dbfEncoding) {

    private static final Pattern LAYER_NAME = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    /** GBK (code page 936), as Chinese desktop GIS and survey companies write Shapefiles. */
    public static final Charset GBK = Charset.forName("GBK");

    public static final ExportOptions DEFAULTS = new ExportOptions(false, true, "targets", OutputCrs.STORED,
            StandardCharsets.UTF_8);

    public ExportOptions {
        Objects.requireNonNull(layerName, "layerName");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(dbfEncoding, "dbfEncoding");
        if (!LAYER_NAME.matcher(layerName).matches()) {
            throw new IllegalArgumentException("layer name must be ASCII snake_case, at most 50 characters: " + layerName);
        }
        if (!dbfEncoding.equals(StandardCharsets.UTF_8) && !dbfEncoding.equals(GBK)) {
            throw new IllegalArgumentException("Shapefile attributes are written in UTF-8 or GBK, not " + dbfEncoding);
        }
    }

    public ExportOptions withSheetPerGroup(boolean sheetPerGroup) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName, crs, dbfEncoding);
    }

    public ExportOptions withAllRowsSheet(boolean allRowsSheet) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName, crs, dbfEncoding);
    }

    public ExportOptions withLayerName(String layerName) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName, crs, dbfEncoding);
    }

    public ExportOptions withCrs(OutputCrs crs) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName, crs, dbfEncoding);
    }

    public ExportOptions withDbfEncoding(Charset dbfEncoding) {
        return new ExportOptions(sheetPerGroup, allRowsSheet, layerName, crs, dbfEncoding);
    }
}
