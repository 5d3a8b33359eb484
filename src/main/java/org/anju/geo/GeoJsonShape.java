package org.anju.geo;

import java.util.Locale;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What is wrong with the structure of a GeoJSON geometry object (RFC 7946 §3.1), said in our own
 * words before the JTS reader sees it — the reader's own messages are English parser text
 * ("Points of LinearRing do not form a closed linestring") that a county officer cannot act on.
 * Checks the {@code type}, that {@code coordinates} is there and nested as the type says, that every
 * position is two or three numbers, that a line has two positions and that every polygon ring has
 * at least four and is closed (its last position repeats the first). Where the problem is, is told
 * as a path into {@code coordinates}, e.g. {@code coordinates[0]} for a polygon's outer ring.
 * Geometry collections are checked member by member ({@code geometries[1].coordinates[0]}).
 *
 * <p>Valid structure is not a valid geometry: self-intersections and the like are found afterwards
 * (JTS {@code IsValidOp}, {@link PolygonalArea}).
 */
public final class GeoJsonShape {

    /** A problem: a message key of the {@code messages} bundle and its arguments. */
    public record Problem(String messageKey, Object... args) {
    }

    private static final List<String> TYPES = List.of("Point", "LineString", "Polygon", "MultiPoint",
            "MultiLineString", "MultiPolygon", "GeometryCollection");

    private GeoJsonShape() {
    }

    /** The first structural problem of {@code geometry}, or null when its structure is sound. */
    public static Problem problem(JsonNode geometry) {
        return problem(geometry, "");
    }

    private static Problem problem(JsonNode geometry, String at) {
        if (geometry == null || !geometry.isObject()) {
            return new Problem("geometry.notAnObject");
        }
        String type = geometry.path("type").isString() ? geometry.path("type").stringValue() : null;
        if (type == null || !TYPES.contains(type)) {
            return new Problem("geometry.unknownType", type == null ? "" : type, String.join(", ", TYPES));
        }
        if ("GeometryCollection".equals(type)) {
            JsonNode members = geometry.get("geometries");
            if (members == null || !members.isArray()) {
                return new Problem("geometry.geometriesMissing");
            }
            for (int i = 0; i < members.size(); i++) {
                Problem p = problem(members.get(i), at + "geometries[" + i + "].");
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            return new Problem("geometry.coordinatesMissing", type);
        }
        String path = at + "coordinates";
        return switch (type) {
            case "Point" -> position(coordinates, path);
            case "MultiPoint", "LineString" -> line(coordinates, path, "LineString".equals(type) ? 2 : 0);
            case "MultiLineString" -> each(coordinates, path, (node, p) -> line(node, p, 2));
            case "Polygon" -> polygon(coordinates, path);
            default -> each(coordinates, path, GeoJsonShape::polygon);   // MultiPolygon
        };
    }

    private interface Check {
        Problem of(JsonNode node, String path);
    }

    private static Problem each(JsonNode array, String path, Check check) {
        if (!array.isArray()) {
            return new Problem("geometry.notAnArray", path);
        }
        for (int i = 0; i < array.size(); i++) {
            Problem p = check.of(array.get(i), path + "[" + i + "]");
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Problem line(JsonNode positions, String path, int atLeast) {
        Problem p = each(positions, path, GeoJsonShape::position);
        if (p == null && positions.size() < atLeast) {
            return new Problem("geometry.lineTooShort", path, positions.size());
        }
        return p;
    }

    private static Problem polygon(JsonNode rings, String path) {
        if (!rings.isArray()) {
            return new Problem("geometry.notAnArray", path);
        }
        if (rings.isEmpty()) {
            return new Problem("geometry.polygonWithoutRing", path);
        }
        return each(rings, path, GeoJsonShape::ring);
    }

    private static Problem ring(JsonNode positions, String path) {
        Problem p = each(positions, path, GeoJsonShape::position);
        if (p != null) {
            return p;
        }
        if (positions.size() < 4) {
            return new Problem("geometry.ringTooShort", path, positions.size());
        }
        JsonNode first = positions.get(0);
        JsonNode last = positions.get(positions.size() - 1);
        if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
            return new Problem("geometry.ringNotClosed", path, text(first), text(last));
        }
        return null;
    }

    private static Problem position(JsonNode position, String path) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3) {
            return new Problem("geometry.badPosition", path, abbreviate(position.toString()));
        }
        for (JsonNode number : position) {
            if (!number.isNumber() || !Double.isFinite(number.asDouble())) {
                return new Problem("geometry.badPosition", path, abbreviate(position.toString()));
            }
        }
        return null;
    }

    private static String text(JsonNode position) {
        return String.format(Locale.ROOT, "%s %s", position.get(0).asString(), position.get(1).asString());
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
