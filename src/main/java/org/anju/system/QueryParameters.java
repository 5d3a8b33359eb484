package org.anju.system;

import java.util.List;

import org.anju.geo.Bbox;
import org.anju.geo.ChinaExtent;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.util.MultiValueMap;

/** Reads single-valued query parameters, recording a {@link FieldProblem} for each bad one. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The integer in [min, max], or {@code defaultValue} when absent (or invalid, with a problem). */
    public static int integer(MultiValueMap<String, String> params, String name, int defaultValue, int min, int max,
                              List<FieldProblem> problems) {
        String text = params.getFirst(name);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(name, text, "field.range", min, max));
        return defaultValue;
    }

    /** {@code true}/{@code false} (any case), or {@code null} when absent (or invalid, with a problem). */
    public static Boolean bool(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
        String text = params.getFirst(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        problems.add(new FieldProblem(name, text, "field.notBoolean"));
        return null;
    }

    /** The {@code bbox} parameter, or {@code null} when absent (or invalid, with a problem). */
    public static Bbox bbox(MultiValueMap<String, String> params, List<FieldProblem> problems) {
        return bbox(params, "bbox", problems);
    }

    /** A box parameter named {@code name} ({@code minLon,minLat,maxLon,maxLat}), or {@code null}. */
    public static Bbox bbox(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
        String text = params.getFirst(name);
        if (text == null) {
            return null;
        }
        try {
            return Bbox.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(name, text, "bbox.invalid", e.getMessage()));
            return null;
        }
    }

    /** The most vertices accepted in an area drawn on the map ({@link #area}). */
    public static final int MAX_AREA_VERTICES = 10_000;

    /**
     * An area given as WKT {@code POLYGON} or {@code MULTIPOLYGON} in CGCS2000 lon/lat (e.g. drawn on
     * the map) — or as a GeoJSON Polygon or MultiPolygon geometry (text starting with <code>{</code>) —,
     * or {@code null} when absent (or invalid, with a problem naming why: unreadable, not an area,
     * invalid with the place, too many vertices, outside China).
     */
    public static Geometry area(MultiValueMap<String, String> params, String name, List<FieldProblem> problems) {
        String text = params.getFirst(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        Geometry area;
        GeometryFactory cgcs2000 = new GeometryFactory(new PrecisionModel(), 4490);
        try {
            area = text.strip().startsWith("{") ? geoJson(text, cgcs2000) : new WKTReader(cgcs2000).read(text);
        } catch (ParseException e) {
            problems.add(new FieldProblem(name, abbreviated(text), "geometry.unreadable", e.getMessage()));
            return null;
        }
        if (!(area instanceof Polygon || area instanceof MultiPolygon)) {
            problems.add(new FieldProblem(name, abbreviated(text), "geometry.wrongType", "Polygon/MultiPolygon"));
            return null;
        }
        if (area.isEmpty()) {
            problems.add(new FieldProblem(name, abbreviated(text), "geometry.empty"));
            return null;
        }
        if (area.getNumPoints() > MAX_AREA_VERTICES) {
            problems.add(new FieldProblem(name, area.getNumPoints(), "field.range", 4, MAX_AREA_VERTICES));
            return null;
        }
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            problems.add(new FieldProblem(name, abbreviated(text), "geometry.invalid", error.getMessage(),
                    error.getCoordinate()));
            return null;
        }
        var box = area.getEnvelopeInternal();
        if (!ChinaExtent.contains(box.getMinX(), box.getMinY()) || !ChinaExtent.contains(box.getMaxX(), box.getMaxY())) {
            problems.add(new FieldProblem(name, abbreviated(text), "location.outsideChina"));
            return null;
        }
        return area;
    }

    /** A GeoJSON geometry in CGCS2000 lon/lat; a {@code crs} member, if any, is not read. */
    private static Geometry geoJson(String text, GeometryFactory factory) throws ParseException {
        try {
            Geometry geometry = new GeoJsonReader(factory).read(text);
            geometry.setSRID(factory.getSRID());
            return geometry;
        } catch (RuntimeException e) {     // json-simple and the reader throw unchecked on some bad input
            throw new ParseException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
