package org.anju.geo;

import java.util.Locale;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.anju.system.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * Reads GeoJSON geometries sent by clients into CGCS2000 JTS geometries. Coordinates are taken
 * as longitude, latitude (RFC 7946). A {@code crs} member, if present, must name EPSG:4490,
 * EPSG:4326 or CRS84 — anything else is reported, never silently reinterpreted. A geometry of more
 * than {@value #MAX_VERTICES} vertices is refused before it is built.
 */
public final class GeoJsonInput {

    /**
     * The most vertices in one geometry a client may send (a house footprint, a drawn area): counted
     * in the JSON before any geometry is built, so a 10^6-vertex polygon costs a walk over the parsed
     * request and nothing more. Disaster footprints have their own, larger limit.
     */
    public static final int MAX_VERTICES = 10_000;

    private GeoJsonInput() {
    }

    /**
     * The number of positions in a GeoJSON geometry's {@code coordinates} (and its members'), counted
     * up to {@code limit + 1}: a result above {@code limit} means "too many", not the exact number.
     */
    public static long countVertices(JsonNode geometry, long limit) {
        long[] count = {0};
        countPositions(geometry.get("coordinates"), count, limit);
        JsonNode members = geometry.get("geometries");
        if (members != null && members.isArray()) {
            for (JsonNode member : members) {
                if (count[0] > limit) {
                    break;
                }
                if (member.isObject()) {
                    count[0] += countVertices(member, limit - count[0]);
                }
            }
        }
        return count[0];
    }

    private static void countPositions(JsonNode node, long[] count, long limit) {
        if (node == null || !node.isArray() || count[0] > limit) {
            return;
        }
        if (node.isEmpty() || !node.get(0).isArray()) {
            count[0]++;   // a position: [lon, lat(, z)]
            return;
        }
        for (JsonNode child : node) {
            countPositions(child, count, limit);
            if (count[0] > limit) {
                return;
            }
        }
    }

    /**
     * The geometry at {@code field} of {@code fields}' object, of the expected JTS type, valid and
     * non-empty; {@code null} (with a problem recorded when {@code required}) otherwise.
     */
    public static <G extends Geometry> G geometry(JsonFields fields, String field, Class<G> type, boolean required) {
        JsonNode node = fields.node(field);
        if (node == null || node.isNull()) {
            if (required) {
                fields.problem(field, null, "field.required");
            }
            return null;
        }
        if (node.isObject() && countVertices(node, MAX_VERTICES) > MAX_VERTICES) {
            fields.problem(field, null, "geometry.tooManyVertices", MAX_VERTICES);
            return null;
        }
        GeoJsonShape.Problem shape = GeoJsonShape.problem(node);
        if (shape != null) {
            fields.problem(field, abbreviate(node.toString()), shape.messageKey(), shape.args());
            return null;
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader(Cgcs2000.GEOMETRIES).read(node.toString());
        } catch (ParseException | RuntimeException e) {
            fields.problem(field, abbreviate(node.toString()), "geometry.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        if (!type.isInstance(geometry)) {
            fields.problem(field, geometry.getGeometryType(), "geometry.wrongType", type.getSimpleName());
            return null;
        }
        if (geometry.isEmpty()) {
            fields.problem(field, abbreviate(node.toString()), "geometry.empty");
            return null;
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            fields.problem(field, abbreviate(node.toString()), "geometry.invalid", error.getMessage(),
                    String.format(Locale.ROOT, "%.7f %.7f", error.getCoordinate().x, error.getCoordinate().y));
            return null;
        }
        geometry.setSRID(Cgcs2000.SRID);
        return type.cast(geometry);
    }

    /** Records a problem when the document's {@code crs} member names a CRS other than CGCS2000/WGS 84. */
    public static void checkCrs(JsonFields fields, JsonNode document) {
        JsonNode crs = document.get("crs");
        if (crs == null || crs.isNull()) {
            return;
        }
        JsonNode name = crs.path("properties").path("name");
        if (!name.isString() || !Cgcs2000.isAcceptedCrsName(name.stringValue())) {
            fields.problem("crs", abbreviate(crs.toString()), "crs.unsupported");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
