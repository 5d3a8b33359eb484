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
 * EPSG:4326 or CRS84 — anything else is reported, never silently reinterpreted.
 */
public final class GeoJsonInput {

    private GeoJsonInput() {
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
