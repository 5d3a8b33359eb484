package org.anju.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel reads Chinese as GBK),
 * RFC 4180 quoting and CRLF line ends, a header row of the Chinese labels, then 经度 and 纬度 with
 * 7 decimals (empty when the row has no location). Dates ISO-8601, booleans 是/否, decimals plain.
 * Text that a spreadsheet would take for a formula gets a leading apostrophe
 * ({@link Values#csvSafe}).
 *
 * <p>Streams: memory is one row plus a 64 KB buffer.
 */
final class CsvExportWriter extends BaseExportWriter {

    static final String LONGITUDE = "经度";
    static final String LATITUDE = "纬度";

    private final BufferedWriter text;
    private final CSVPrinter csv;
    private final String[] record;

    CsvExportWriter(TableSchema schema, OutputStream out) throws IOException {
        super(schema);
        List<Column> columns = schema.columns();
        this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.csv = new CSVPrinter(text, CSVFormat.RFC4180);
        this.record = new String[columns.size() + 2];
        text.write('\uFEFF');
        for (int i = 0; i < columns.size(); i++) {
            record[i] = columns.get(i).label();
        }
        record[columns.size()] = LONGITUDE;
        record[columns.size() + 1] = LATITUDE;
        csv.printRecord((Object[]) record);
    }

    @Override
    protected void writeRow(ExportRow row, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            String display = Values.display(values[i]);
            record[i] = values[i] instanceof String ? Values.csvSafe(display) : display;
        }
        record[values.length] = Values.coordinate(row.lon());
        record[values.length + 1] = Values.coordinate(row.lat());
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
