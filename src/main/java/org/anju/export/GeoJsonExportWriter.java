package org.anju.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * GeoJSON (RFC 7946): a FeatureCollection named after the schema title, one Point feature per row
 * (geometry {@code null} for a row without location), properties by column key: numbers as JSON
 * numbers, booleans as JSON booleans, dates as ISO-8601 strings, missing values as {@code null}.
 * Coordinates are CGCS2000 longitude/latitude with 7 decimals; there is no {@code crs} member
 * (RFC 7946 readers take WGS 84, which CGCS2000 matches within centimetres).
 *
 * <p>Streams: memory is one feature plus the generator's buffer.
 */
final class GeoJsonExportWriter extends BaseExportWriter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private final JsonGenerator json;
    private final String[] keys;

    GeoJsonExportWriter(TableSchema schema, OutputStream out) {
        super(schema);
        List<Column> columns = schema.columns();
        this.keys = columns.stream().map(Column::key).toArray(String[]::new);
        this.json = JSON.createGenerator(ObjectWriteContext.empty(), out);
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeStringProperty("name", schema.title());
        json.writeName("features");
        json.writeStartArray();
    }

    @Override
    protected void writeRow(ExportRow row, Object[] values) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        if (row.hasLocation()) {
            json.writeStartObject();
            json.writeStringProperty("type", "Point");
            json.writeName("coordinates");
            json.writeStartArray();
            json.writeNumber(Values.coordinate(row.lon()));
            json.writeNumber(Values.coordinate(row.lat()));
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeName("properties");
        json.writeStartObject();
        for (int i = 0; i < keys.length; i++) {
            json.writeName(keys[i]);
            writeValue(values[i]);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeValue(Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Long n) {
            json.writeNumber(n);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d.toPlainString());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof LocalDate d) {
            json.writeString(d.toString());
        } else {
            throw new IllegalStateException("not a normalised value: " + value.getClass());
        }
    }

    @Override
    protected void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    @Override
    protected void cleanup() {
        json.close();
    }
}
