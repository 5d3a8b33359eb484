package org.anju.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a JTS geometry as a GeoJSON (RFC 7946) geometry object straight into a streaming
 * Jackson generator, without an intermediate string. Coordinates are written as stored
 * (lon, lat); a {@code null} geometry is written as JSON {@code null}.
 */
public final class GeoJsonGeometryWriter {

    private GeoJsonGeometryWriter() {
    }

    public static void write(JsonGenerator json, Geometry geometry) {
        if (geometry == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringProperty("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection collection
                && !(geometry instanceof MultiPoint || geometry instanceof MultiLineString || geometry instanceof MultiPolygon)) {
            json.writeName("geometries");
            json.writeStartArray();
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                write(json, collection.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            json.writeName("coordinates");
            writeCoordinates(json, geometry);
        }
        json.writeEndObject();
    }

    private static void writeCoordinates(JsonGenerator json, Geometry geometry) {
        if (geometry instanceof Point point) {
            writePosition(json, point.getCoordinate());
        } else if (geometry instanceof LineString line) {
            writePositions(json, line.getCoordinates());
        } else if (geometry instanceof Polygon polygon) {
            json.writeStartArray();
            if (!polygon.isEmpty()) {
                writePositions(json, polygon.getExteriorRing().getCoordinates());
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    writePositions(json, polygon.getInteriorRingN(i).getCoordinates());
                }
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(json, geometry.getGeometryN(i));
            }
            json.writeEndArray();
        }
    }

    private static void writePositions(JsonGenerator json, Coordinate[] coordinates) {
        json.writeStartArray();
        for (Coordinate c : coordinates) {
            writePosition(json, c);
        }
        json.writeEndArray();
    }

    private static void writePosition(JsonGenerator json, Coordinate c) {
        json.writeStartArray();
        if (c != null) {
            json.writeNumber(c.x);
            json.writeNumber(c.y);
        }
        json.writeEndArray();
    }
}
