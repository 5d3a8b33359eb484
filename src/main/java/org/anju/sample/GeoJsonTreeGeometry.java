package org.anju.sample;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Builds a JTS geometry (SRID 4490) straight from an already parsed GeoJSON geometry object —
 * without writing it back to text for JTS's own reader, which made parsing the bottleneck of
 * loading a county (a million points). Coordinates are longitude, latitude; a third ordinate is
 * ignored. All seven GeoJSON geometry types.
 */
final class GeoJsonTreeGeometry {

    private static final GeometryFactory GEOMETRIES = Cgcs2000.GEOMETRIES;

    private GeoJsonTreeGeometry() {
    }

    /** @throws IllegalArgumentException when the object is not a readable GeoJSON geometry */
    static Geometry read(JsonNode geometry) {
        String type = geometry.path("type").asString("");
        if ("GeometryCollection".equals(type)) {
            JsonNode members = array(geometry.path("geometries"), "geometries");
            Geometry[] parts = new Geometry[members.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = read(members.get(i));
            }
            return GEOMETRIES.createGeometryCollection(parts);
        }
        JsonNode c = array(geometry.path("coordinates"), "coordinates");
        return switch (type) {
            case "Point" -> GEOMETRIES.createPoint(coordinate(c));
            case "LineString" -> GEOMETRIES.createLineString(coordinates(c));
            case "Polygon" -> polygon(c);
            case "MultiPoint" -> {
                Point[] points = new Point[c.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = GEOMETRIES.createPoint(coordinate(c.get(i)));
                }
                yield GEOMETRIES.createMultiPoint(points);
            }
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = GEOMETRIES.createLineString(coordinates(c.get(i)));
                }
                yield GEOMETRIES.createMultiLineString(lines);
            }
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[c.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(c.get(i));
                }
                yield GEOMETRIES.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("unknown geometry type '" + type + "'");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        array(rings, "polygon rings");
        if (rings.isEmpty()) {
            return GEOMETRIES.createPolygon();
        }
        LinearRing shell = GEOMETRIES.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = GEOMETRIES.createLinearRing(coordinates(rings.get(i + 1)));
        }
        return GEOMETRIES.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        array(positions, "positions");
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = coordinate(positions.get(i));
        }
        return coordinates;
    }

    private static Coordinate coordinate(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude], was " + position);
        }
        return new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
    }

    private static JsonNode array(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(what + " must be an array");
        }
        return node;
    }
}
