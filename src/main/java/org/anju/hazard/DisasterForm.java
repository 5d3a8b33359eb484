package org.anju.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.anju.geo.Cgcs2000;
import org.anju.geo.GeoJsonInput;
import org.anju.geo.GeoJsonShape;
import org.anju.geo.PolygonalArea;
import org.anju.system.FieldProblem;
import org.anju.system.JsonFields;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;

/**
 * A disaster event sent to {@code POST /api/disasters}: a GeoJSON Feature or FeatureCollection of
 * (Multi)Polygons. Event attributes are read from the properties of the Feature, or of the first
 * feature of a collection: {@code name} and {@code type} (a {@link DisasterType} code or its Chinese
 * word) are required; {@code started_on} (today when absent), {@code ended_on}, {@code code} (made
 * from type, date and a random suffix when absent) and {@code description} are optional; each feature may carry {@code severity} (text, e.g.
 * "水深>1.5m") and {@code severity_rank} (higher = worse). Geometries follow {@link PolygonalArea}:
 * invalid polygons (self-intersections, wrong ring order) are repaired and the repair is reported;
 * polygons that cannot be repaired into an area are refused.
 */
record DisasterForm(String code, DisasterType type, String name, LocalDate startedOn, LocalDate endedOn,
                    String description, List<Part> parts) {

    /** At most this many vertices in one event: a footprint is a map, not a survey raster. */
    static final int MAX_VERTICES = DisasterFootprints.MAX_VERTICES;

    record Part(MultiPolygon area, String severity, Integer severityRank, boolean repaired) {
    }

    static DisasterForm read(JsonNode body) {
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields top = new JsonFields(body, "", problems);
        String kind = body.path("type").asString("");
        List<JsonNode> features = new ArrayList<>();
        if ("Feature".equals(kind)) {
            features.add(body);
        } else if ("FeatureCollection".equals(kind) && body.path("features").isArray()) {
            body.path("features").forEach(features::add);
        } else {
            top.problem("type", kind, "geojson.notFeatureOrCollection");
            top.throwIfInvalid();
        }
        if (features.isEmpty()) {
            top.problem("features", null, "disaster.noFootprint");
            top.throwIfInvalid();
        }
        GeoJsonInput.checkCrs(top, body);
        JsonFields event = new JsonFields(features.get(0).path("properties"), prefix(features.size(), 0), problems);
        String name = event.text("name", true, 200);
        DisasterType type = type(event);
        LocalDate started = event.date("started_on", false);
        LocalDate ended = event.date("ended_on", false);
        String code = event.text("code", false, 40);
        String description = event.text("description", false, 2000);
        if (started == null) {
            started = LocalDate.now();
        }
        if (ended != null && ended.isBefore(started)) {
            event.problem("ended_on", ended, "disaster.endsBeforeStart");
        }
        // counted in the JSON before any geometry is built: 10^6 vertices are refused in a moment
        long vertices = 0;
        for (JsonNode feature : features) {
            JsonNode geometry = feature.path("geometry");
            if (geometry.isObject()) {
                vertices += GeoJsonInput.countVertices(geometry, MAX_VERTICES - vertices);
            }
            if (vertices > MAX_VERTICES) {
                top.problem("features", null, "geometry.tooManyVertices", MAX_VERTICES);
                top.throwIfInvalid();
            }
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String at = features.size() == 1 ? "" : "features[" + i + "].";
            Part part = part(feature, at, problems);
            if (part != null) {
                parts.add(part);
            }
        }
        top.throwIfInvalid();
        return new DisasterForm(code, type, name, started, ended, description, parts);
    }

    private static Part part(JsonNode feature, String at, List<FieldProblem> problems) {
        JsonFields f = new JsonFields(feature, at, problems);
        JsonNode geometryNode = feature.get("geometry");
        if (geometryNode == null || geometryNode.isNull()) {
            f.problem("geometry", null, "field.required");
            return null;
        }
        GeoJsonShape.Problem shape = GeoJsonShape.problem(geometryNode);
        if (shape != null) {
            f.problem("geometry", null, shape.messageKey(), shape.args());
            return null;
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader(Cgcs2000.GEOMETRIES).read(geometryNode.toString());
        } catch (ParseException | RuntimeException e) {
            f.problem("geometry", null, "geometry.unreadable", String.valueOf(e.getMessage()));
            return null;
        }
        PolygonalArea.Checked checked = PolygonalArea.check(geometry);
        if (!checked.isStorable()) {
            f.problem("geometry", checked.value(), checked.problem(), checked.args());
            return null;
        }
        JsonFields p = new JsonFields(feature.path("properties"), at + "properties.", problems);
        String severity = p.text("severity", false, DisasterFootprints.MAX_SEVERITY_LENGTH);
        Integer rank = p.integer("severity_rank", false, 0, DisasterFootprints.MAX_SEVERITY_RANK);
        return new Part(checked.area(), severity, rank, checked.repaired());
    }

    /**
     * {@code type}, required: a missing or unknown type is refused with the accepted codes and their
     * words (FLOOD 洪涝 …), not only the codes.
     */
    private static DisasterType type(JsonFields event) {
        int problems = event.problems().size();
        String text = event.text("type", false, 20);
        DisasterType type = text == null ? null : JsonFields.parseEnum(DisasterType.class, text);
        for (DisasterType t : DisasterType.values()) {
            if (type == null && t.label().equals(text)) {
                type = t;   // the Chinese word is as good as the code
            }
        }
        if (type == null && event.problems().size() == problems) {
            StringBuilder words = new StringBuilder();
            StringBuilder codes = new StringBuilder();
            for (DisasterType t : DisasterType.values()) {
                words.append(words.isEmpty() ? "" : "、").append(t.name()).append("（").append(t.label()).append("）");
                codes.append(codes.isEmpty() ? "" : ", ").append(t.name());
            }
            event.problem("type", text, text == null ? "disaster.typeRequired" : "disaster.typeUnknown", words, codes);
        }
        return type;
    }

    private static String prefix(int features, int index) {
        return features == 1 ? "properties." : "features[" + index + "].properties.";
    }
}
