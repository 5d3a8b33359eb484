package org.anju.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK),
 * RFC 4180 quoting and CRLF line ends, a header row of the Chinese labels, then the geometry: for
 * point layers 经度 and 纬度 with 7 decimals (X坐标（东）/Y坐标（北） in metres with 3 decimals when
 * projected), for area layers one column {@code WKT} (GDAL and QGIS read it as the geometry); empty
 * when the row has no location. Dates ISO-8601, booleans 是/否, decimals plain.
 * Text that a spreadsheet would take for a formula gets a leading apostrophe
 * ({@link Values#csvSafe}).
 *
 * <p>Streams: memory is one row plus a 64 KB buffer.
 */
final class CsvExportWriter extends BaseExportWriter {

    static final String LONGITUDE = "经度";
    static final String LATITUDE = "纬度";
    static final String WKT = "WKT";

    private final BufferedWriter text;
    private final CSVPrinter csv;
    private final String[] record;

    private final boolean points;

    CsvExportWriter(TableSchema schema, OutputStream out, OutputCrs crs) throws IOException {
        super(schema, crs);
        List<Column> columns = schema.columns();
        this.points = schema.geometryKind().isPoint();
        this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.csv = new CSVPrinter(text, CSVFormat.RFC4180);
        this.record = new String[columns.size() + (points ? 2 : 1)];
        text.write('\uFEFF');
        for (int i = 0; i < columns.size(); i++) {
            record[i] = columns.get(i).label();
        }
        if (points) {
            record[columns.size()] = crs.xLabel();
            record[columns.size() + 1] = crs.yLabel();
        } else {
            record[columns.size()] = WKT;
        }
        csv.printRecord((Object[]) record);
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            String display = Values.display(values[i]);
            record[i] = values[i] instanceof String ? Values.csvSafe(display) : display;
        }
        if (points) {
            Point point = (Point) geometry;
            record[values.length] = point == null ? "" : crs.format(point.getX());
            record[values.length + 1] = point == null ? "" : crs.format(point.getY());
        } else {
            record[values.length] = GeometryText.wkt(geometry, crs);
        }
        csv.printRecord((Object[]) record);
    }

    @Override
    protected void finish() throws IOException {
        csv.flush();
    }

    @Override
    protected void cleanup() {
        // the caller's stream stays open
    }
}
