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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON (RFC 7946): a FeatureCollection named after the schema title, one feature per row
 * (Point or MultiPolygon; geometry {@code null} for a row without location), properties by column
 * key: numbers as JSON numbers, booleans as JSON booleans, dates as ISO-8601 strings, missing values
 * as {@code null}. Coordinates are CGCS2000 longitude/latitude with 7 decimals and there is no
 * {@code crs} member (RFC 7946 readers take WGS 84, which CGCS2000 matches within centimetres).
 * With a projected output CRS coordinates are metres with 3 decimals and the collection carries the
 * GeoJSON 2008 {@code crs} member ({@code urn:ogc:def:crs:EPSG::4546}), which GDAL and QGIS read.
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

    GeoJsonExportWriter(TableSchema schema, OutputStream out, OutputCrs crs) {
        super(schema, crs);
        List<Column> columns = schema.columns();
        this.keys = columns.stream().map(Column::key).toArray(String[]::new);
        this.json = JSON.createGenerator(ObjectWriteContext.empty(), out);
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeStringProperty("name", schema.title());
        if (!crs.geographic()) {
            json.writeName("crs");
            json.writeStartObject();
            json.writeStringProperty("type", "name");
            json.writeName("properties");
            json.writeStartObject();
            json.writeStringProperty("name", "urn:ogc:def:crs:EPSG::" + crs.srid());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeName("features");
        json.writeStartArray();
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        if (geometry != null) {
            json.writeStartObject();
            json.writeStringProperty("type", geometry.getGeometryType());
            json.writeName("coordinates");
            writeCoordinates(geometry);
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

    private void writeCoordinates(Geometry geometry) {
        if (geometry instanceof Point point) {
            writePosition(point.getCoordinate());
        } else if (geometry instanceof Polygon polygon) {
            json.writeStartArray();
            writeRing(polygon.getExteriorRing());
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                writeRing(polygon.getInteriorRingN(i));
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(geometry.getGeometryN(i));
            }
            json.writeEndArray();
        }
    }

    private void writeRing(LineString ring) {
        json.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            writePosition(c);
        }
        json.writeEndArray();
    }

    private void writePosition(Coordinate c) {
        json.writeStartArray();
        json.writeNumber(crs.format(c.x));
        json.writeNumber(crs.format(c.y));
        json.writeEndArray();
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
