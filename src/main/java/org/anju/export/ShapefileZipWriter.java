package org.anju.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A zipped Shapefile: {@code <layer>.shp .shx .dbf .prj .cpg} plus {@code <layer>_fields.txt},
 * all at the root of the zip ({@code <layer>} = {@link ExportOptions#layerName()}).
 *
 * <ul>
 * <li>Geometry: points or polygons (see {@link ShapefileShapes}) in the output CRS; a row without
 * location is a null shape.</li>
 * <li>{@code .prj}: the ESRI WKT of the output CRS (by default GCS_China_Geodetic_Coordinate_System_2000,
 * EPSG:4490; e.g. CGCS2000_3_Degree_GK_CM_111E for EPSG:4546).</li>
 * <li>Attributes: UTF-8 by default, declared by {@code .cpg} = {@code UTF-8}, which QGIS, GDAL,
 * H2GIS and ArcGIS honour; or GBK ({@link ExportOptions#dbfEncoding()}), declared by {@code .cpg} =
 * {@code GBK} and the dBASE language driver 0x4D, for older desktop software. UTF-8 keeps rare
 * characters of names (生僻字) that GBK cannot encode; in GBK they become {@code ?}.
 * Field names are derived from the keys ({@link DbfFieldNames}); types and widths see
 * {@link DbfTable}; text over 254 bytes is cut at a character boundary.</li>
 * <li>{@code _fields.txt} (UTF-8 with BOM, tab-separated, CRLF): each field name with its Chinese
 * label, key and type (booleans are 1/0), because dBASE names cannot hold the labels.</li>
 * </ul>
 *
 * <p>Written in a temporary directory, zipped to the stream on close. Memory: constant (buffers only).
 */
final class ShapefileZipWriter extends BaseExportWriter {

    private final OutputStream out;
    private final String layer;
    private final TempDirectory directory;
    private final List<String> fieldNames;
    private final ShapefileShapes shapes;
    private final String codePage;
    private final DbfTable table;

    ShapefileZipWriter(TableSchema schema, OutputStream out, ExportOptions options) throws IOException {
        super(schema, options.crs());
        this.out = out;
        this.layer = options.layerName();
        this.codePage = options.dbfEncoding().equals(ExportOptions.GBK) ? "GBK" : "UTF-8";
        this.fieldNames = DbfFieldNames.derive(schema.columns().stream().map(Column::key).toList());
        this.directory = new TempDirectory();
        ShapefileShapes openedShapes = null;
        try {
            openedShapes = new ShapefileShapes(schema.geometryKind(), directory.resolve(layer + ".shp"),
                    directory.resolve(layer + ".shx"));
            this.table = new DbfTable(schema.columns(), fieldNames, directory.resolve("attributes.stage"),
                    options.dbfEncoding());
            this.shapes = openedShapes;
        } catch (IOException | RuntimeException e) {
            try {
                if (openedShapes != null) {
                    openedShapes.close();
                }
            } finally {
                directory.close();
            }
            throw e;
        }
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException {
        table.add(values);
        if (geometry instanceof Point point) {
            shapes.add(point.getX(), point.getY());
        } else if (geometry != null) {
            shapes.addArea(geometry);
        } else {
            shapes.addNull();
        }
    }

    @Override
    protected void finish() throws IOException {
        shapes.finish();
        table.writeTo(directory.resolve(layer + ".dbf"));
        Files.writeString(directory.resolve(layer + ".prj"), crs.esriWkt(), StandardCharsets.US_ASCII);
        Files.writeString(directory.resolve(layer + ".cpg"), codePage, StandardCharsets.US_ASCII);
        Files.writeString(directory.resolve(layer + "_fields.txt"), fieldList(), StandardCharsets.UTF_8);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (String extension : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg", "_fields.txt")) {
            Path file = directory.resolve(layer + extension);
            zip.putNextEntry(new ZipEntry(layer + extension));
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private String fieldList() {
        StringBuilder text = new StringBuilder("\uFEFF字段名\t中文名称\t键\t类型\r\n");
        List<Column> columns = schema.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            text.append(fieldNames.get(i)).append('\t').append(column.label()).append('\t')
                    .append(column.key()).append('\t').append(typeName(column.type())).append("\r\n");
        }
        return text.toString();
    }

    private static String typeName(ColumnType type) {
        return switch (type) {
            case TEXT -> "文本";
            case INTEGER -> "整数";
            case DECIMAL -> "小数";
            case DATE -> "日期";
            case BOOLEAN -> "是否（1=是，0=否）";
        };
    }

    @Override
    protected void cleanup() throws IOException {
        try {
            shapes.close();
            table.close();
        } finally {
            directory.close();
        }
    }
}
