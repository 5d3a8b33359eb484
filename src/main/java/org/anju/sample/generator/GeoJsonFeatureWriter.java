package org.anju.sample.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Streams a GeoJSON FeatureCollection to a UTF-8 file, one feature per line, so that memory
 * does not grow with the number of features.
 *
 * <p>The collection names its CRS ({@code urn:ogc:def:crs:EPSG::4490}, CGCS2000, lon/lat), as
 * GDAL and QGIS expect for non-WGS84 data. Coordinates have at most 7 decimals. Polygon rings
 * follow RFC 7946: exterior rings counter-clockwise, holes clockwise. Supported geometries:
 * Point, LineString, MultiLineString, Polygon, MultiPolygon.
 */
final class GeoJsonFeatureWriter implements Closeable {

    static final String CRS_URN = "urn:ogc:def:crs:EPSG::4490";

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final Writer out;
    private long features;

    /**
     * Creates (or overwrites) the file and writes the collection header.
     *
     * @param layerName written as the collection's {@code name} (QGIS shows it as the layer
     *                  name); lower-case ASCII letters, digits, '_' and '-' 
     */
    GeoJsonFeatureWriter(Path file, String layerName) {
        if (!layerName.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("layer name must be lower-case ASCII: " + layerName);
        }
        try {
            out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            out.write("{\"type\":\"FeatureCollection\",\"name\":\"" + layerName + "\","
                    + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + CRS_URN + "\"}},"
                    + "\"features\":[");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes one feature; the geometry must be on the output grid. */
    void write(Geometry geometry, FeatureProperties properties) {
        try {
            out.write(features == 0 ? "\n" : ",\n");
            try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeName("properties");
                properties.writeTo(json);
                json.writeName("geometry");
                writeGeometry(json, geometry);
                json.writeEndObject();
            }
            features++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long featureCount() {
        return features;
    }

    @Override
    public void close() throws IOException {
        out.write("\n]}\n");
        out.close();
    }

    private static void writeGeometry(JsonGenerator json, Geometry geometry) {
        json.writeStartObject();
        json.writeStringProperty("type", geometry.getGeometryType());
        json.writeName("coordinates");
        if (geometry instanceof Point point) {
            writePosition(json, point.getCoordinate());
        } else if (geometry instanceof LineString line) {
            writeLine(json, line.getCoordinates());
        } else if (geometry instanceof MultiLineString lines) {
            json.writeStartArray();
            for (int i = 0; i < lines.getNumGeometries(); i++) {
                writeLine(json, lines.getGeometryN(i).getCoordinates());
            }
            json.writeEndArray();
        } else if (geometry instanceof Polygon polygon) {
            writePolygon(json, polygon);
        } else if (geometry instanceof MultiPolygon polygons) {
            json.writeStartArray();
            for (int i = 0; i < polygons.getNumGeometries(); i++) {
                writePolygon(json, (Polygon) polygons.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("unsupported geometry " + geometry.getGeometryType());
        }
        json.writeEndObject();
    }

    private static void writePolygon(JsonGenerator json, Polygon polygon) {
        json.writeStartArray();
        writeRing(json, polygon.getExteriorRing().getCoordinates(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(json, polygon.getInteriorRingN(i).getCoordinates(), false);
        }
        json.writeEndArray();
    }

    private static void writeRing(JsonGenerator json, Coordinate[] ring, boolean counterClockwise) {
        boolean reverse = Orientation.isCCW(ring) != counterClockwise;
        json.writeStartArray();
        for (int i = 0; i < ring.length; i++) {
            writePosition(json, ring[reverse ? ring.length - 1 - i : i]);
        }
        json.writeEndArray();
    }

    private static void writeLine(JsonGenerator json, Coordinate[] line) {
        json.writeStartArray();
        for (Coordinate c : line) {
            writePosition(json, c);
        }
        json.writeEndArray();
    }

    private static void writePosition(JsonGenerator json, Coordinate c) {
        json.writeStartArray();
        json.writeNumber(Decimals.coordinate(c.x));
        json.writeNumber(Decimals.coordinate(c.y));
        json.writeEndArray();
    }
}
