package org.anju.ogcapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 definition of the OGC API ({@code service-desc} of the landing page): one path per
 * collection with its items parameters — including {@code filter-lang} with {@code cql2-text} and
 * {@code cql-text} and one query parameter per queryable, which is how GDAL's OAPIF driver (3.6)
 * learns that it may send {@code -where} clauses to the server as CQL text.
 */
final class OpenApiDocument {

    private OpenApiDocument() {
    }

    static Map<String, Object> build(String base, List<Layer> layers, OgcApiProperties settings) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "安居 Anju OGC API – Features", "version", "1.0",
                "description", "农村住房安全图层 rural house safety layers"));
        doc.put("servers", List.of(Map.of("url", base)));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", operation("landing page", List.of(), "application/json"));
        paths.put("/conformance", operation("conformance classes", List.of(), "application/json"));
        paths.put("/collections", operation("collections", List.of(), "application/json"));
        for (Layer layer : layers) {
            String path = "/collections/" + layer.id();
            paths.put(path, operation(layer.title(), List.of(), "application/json"));
            paths.put(path + "/queryables", operation(layer.title() + " queryables", List.of(), OgcApiController.SCHEMA_JSON));
            paths.put(path + "/items", operation(layer.title() + " features", itemsParameters(layer, settings),
                    OgcApiController.GEO_JSON));
            paths.put(path + "/items/{featureId}", operation(layer.title() + " feature", List.of(
                    parameter("featureId", "path", Map.of("type", "string"), true, "feature id"),
                    parameter("crs", "query", Map.of("type", "string"), false, "response CRS")), OgcApiController.GEO_JSON));
        }
        doc.put("paths", paths);
        return doc;
    }

    private static List<Map<String, Object>> itemsParameters(Layer layer, OgcApiProperties settings) {
        List<Map<String, Object>> parameters = new ArrayList<>();
        parameters.add(parameter("limit", "query", Map.of("type", "integer", "minimum", 1,
                "maximum", settings.maxLimit(), "default", settings.defaultLimit()), false, "features per page"));
        parameters.add(parameter("offset", "query", Map.of("type", "integer", "minimum", 0, "default", 0), false,
                "features to skip"));
        parameters.add(parameter("bbox", "query", Map.of("type", "array", "minItems", 4, "maxItems", 4,
                "items", Map.of("type", "number")), false, "minLon,minLat,maxLon,maxLat"));
        parameters.add(parameter("bbox-crs", "query", Map.of("type", "string"), false, "CRS of bbox"));
        parameters.add(parameter("crs", "query", Map.of("type", "string",
                "enum", List.of(OgcCrs.CRS84.uri(), OgcCrs.EPSG_4490.uri())), false, "response CRS"));
        if (layer.temporal() != null) {
            parameters.add(parameter("datetime", "query", Map.of("type", "string"), false, "instant or interval"));
        }
        parameters.add(parameter("filter", "query", Map.of("type", "string"), false, "CQL2 text"));
        parameters.add(parameter("filter-lang", "query", Map.of("type", "string",
                "enum", List.of("cql2-text", "cql-text"), "default", "cql2-text"), false, "filter language"));
        parameters.add(parameter("filter-crs", "query", Map.of("type", "string"), false, "CRS of filter geometries"));
        for (LayerProperty property : layer.queryables().values()) {
            parameters.add(parameter(property.key(), "query", schema(property), false, property.label()));
        }
        return parameters;
    }

    /** JSON Schema of a property (also used by {@code /queryables}). */
    static Map<String, Object> schema(LayerProperty property) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("title", property.label());
        schema.put("type", property.type().jsonType());
        if (property.type().format() != null) {
            schema.put("format", property.type().format());
        }
        if (!property.values().isEmpty()) {
            schema.put("enum", property.values());
        }
        return schema;
    }

    private static Map<String, Object> parameter(String name, String in, Map<String, Object> schema, boolean required,
                                                 String description) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", in);
        parameter.put("required", required);
        parameter.put("description", description);
        parameter.put("schema", schema);
        if (schema.get("type").equals("array")) {
            parameter.put("style", "form");
            parameter.put("explode", false);
        }
        return parameter;
    }

    private static Map<String, Object> operation(String summary, List<Map<String, Object>> parameters, String mediaType) {
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("summary", summary);
        get.put("parameters", parameters);
        get.put("responses", Map.of("200", Map.of("description", summary,
                "content", Map.of(mediaType, Map.of("schema", Map.of("type", "object"))))));
        return Map.of("get", get);
    }
}
