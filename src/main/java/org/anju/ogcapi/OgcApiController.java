package org.anju.ogcapi;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.system.NotFoundException;
import org.anju.system.ReadsQueryParameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JsonGenerator;

/**
 * OGC API – Features at {@code /ogcapi}: landing page, OpenAPI definition ({@code /ogcapi/api}),
 * conformance, collections, queryables, items (paged, filtered, streamed) and single features.
 * JSON only (the {@code f} parameter accepts {@code json}).
 */
@RestController
@RequestMapping("/ogcapi")
class OgcApiController {

    static final String GEO_JSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final String SCHEMA_JSON = "application/schema+json";

    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
            "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions");

    private final Layers layers;
    private final LayerRows rows;
    private final NamedParameterJdbcTemplate jdbc;
    private final OgcApiProperties settings;

    OgcApiController(Layers layers, LayerRows rows, NamedParameterJdbcTemplate jdbc, OgcApiProperties settings) {
        this.layers = layers;
        this.rows = rows;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @GetMapping({"", "/"})
    ResponseEntity<Map<String, Object>> landingPage() {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "安居 Anju — 农村住房安全 OGC API – Features");
        page.put("description", "农房、农户（脱敏）、乡镇与行政村界线、抗震设防烈度分区、灾害范围。"
                + " Rural houses, households (masked), townships and villages, seismic zones, disaster footprints.");
        page.put("links", List.of(
                link(base(), "self", "application/json", "本页 this document"),
                link(base() + "/api", "service-desc", OPENAPI, "OpenAPI 3.0"),
                link(base() + "/conformance", "conformance", "application/json", "符合的标准类 conformance classes"),
                link(base() + "/collections", "data", "application/json", "图层 collections")));
        return json(page, MediaType.APPLICATION_JSON_VALUE);
    }

    @GetMapping("/api")
    ResponseEntity<Map<String, Object>> openApi() {
        return json(OpenApiDocument.build(base(), layers.all(), settings), OPENAPI);
    }

    @GetMapping("/conformance")
    ResponseEntity<Map<String, Object>> conformance() {
        return json(Map.of("conformsTo", CONFORMANCE), MediaType.APPLICATION_JSON_VALUE);
    }

    @GetMapping("/collections")
    @Transactional(readOnly = true)
    ResponseEntity<Map<String, Object>> collections() {
        double[] extent = extent();
        List<Map<String, Object>> collections = new ArrayList<>();
        for (Layer layer : layers.all()) {
            collections.add(collection(layer, extent));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("links", List.of(link(base() + "/collections", "self", "application/json", "图层 collections")));
        body.put("collections", collections);
        return json(body, MediaType.APPLICATION_JSON_VALUE);
    }

    @GetMapping("/collections/{collectionId}")
    @Transactional(readOnly = true)
    ResponseEntity<Map<String, Object>> collection(@PathVariable String collectionId) {
        return json(collection(layer(collectionId), extent()), MediaType.APPLICATION_JSON_VALUE);
    }

    @GetMapping("/collections/{collectionId}/queryables")
    ResponseEntity<Map<String, Object>> queryables(@PathVariable String collectionId) {
        Layer layer = layer(collectionId);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CqlToSql.GEOMETRY, Map.of("title", "几何 geometry", "format",
                layer.geometryKind().isPoint() ? "geometry-point" : "geometry-multipolygon",
                "$ref", layer.geometryKind().isPoint() ? "https://geojson.org/schema/Point.json"
                        : "https://geojson.org/schema/MultiPolygon.json"));
        layer.queryables().values().forEach(p -> properties.put(p.key(), OpenApiDocument.schema(p)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        body.put("$id", base() + "/collections/" + layer.id() + "/queryables");
        body.put("type", "object");
        body.put("title", layer.title());
        body.put("properties", properties);
        body.put("additionalProperties", false);
        return json(body, SCHEMA_JSON);
    }

    /**
     * A page of features: {@code numberMatched}, {@code numberReturned}, {@code timeStamp} and
     * {@code self}/{@code next}/{@code prev} links; features streamed from the database cursor.
     */
    @ReadsQueryParameters(names = {"limit", "offset", "bbox", "bbox-crs", "datetime", "filter", "filter-lang",
            "filter-crs", "crs", "f"}, handlerRefusesUnknown = true)
    @GetMapping("/collections/{collectionId}/items")
    @Transactional(readOnly = true)
    void items(@PathVariable String collectionId, @RequestParam MultiValueMap<String, String> params,
               HttpServletResponse response) throws IOException {
        Layer layer = layer(collectionId);
        ItemsQuery query = ItemsQuery.forItems(layer, params, settings);
        MapSqlParameterSource countParams = query.params();
        long matched = jdbc.queryForObject(LayerSql.count(layer, query.conditions(), countParams), countParams, Long.class);
        MapSqlParameterSource pageParams = query.params();
        String sql = LayerSql.page(layer, query.conditions(), pageParams, query.limit(), query.offset());
        response.setContentType(GEO_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Crs", "<" + query.crs().uri() + ">");
        String timeStamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        try (FeatureJsonWriter out = new FeatureJsonWriter(response.getOutputStream(), layer, query.crs())) {
            out.start(json -> {
                json.writeNumberProperty("numberMatched", matched);
                json.writeStringProperty("timeStamp", timeStamp);
            });
            rows.stream(layer, sql, pageParams, row -> out.feature(row, json -> { }));
            out.finish(json -> writePageLinks(json, query, matched));
        }
    }

    @ReadsQueryParameters(names = {"crs", "f"})
    @GetMapping("/collections/{collectionId}/items/{featureId}")
    @Transactional(readOnly = true)
    void item(@PathVariable String collectionId, @PathVariable String featureId,
              @RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        Layer layer = layer(collectionId);
        List<org.anju.system.FieldProblem> problems = new ArrayList<>();   // unknown names: UnknownQueryParameters
        OgcCrs crs = params.getFirst("crs") == null ? OgcCrs.CRS84 : OgcCrs.parse(params.getFirst("crs")).orElse(null);
        if (crs == null) {
            problems.add(new org.anju.system.FieldProblem("crs", params.getFirst("crs"), "ogcapi.crs",
                    OgcCrs.CRS84.uri() + ", " + OgcCrs.EPSG_4490.uri()));
        }
        if (!problems.isEmpty()) {
            throw org.anju.system.InvalidInputException.badRequest(problems);
        }
        Object id = featureId;
        if (layer.numericId()) {
            try {
                id = Long.parseLong(featureId);
            } catch (NumberFormatException e) {
                throw new NotFoundException("feature", featureId);
            }
        }
        MapSqlParameterSource params1 = new MapSqlParameterSource("featureId", id);
        List<LayerRow> found = new ArrayList<>(1);
        rows.stream(layer, LayerSql.one(layer, params1), params1, found::add);
        if (found.isEmpty()) {
            throw new NotFoundException("feature", featureId);
        }
        response.setContentType(GEO_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Crs", "<" + crs.uri() + ">");
        String collectionUrl = base() + "/collections/" + layer.id();
        try (FeatureJsonWriter out = new FeatureJsonWriter(response.getOutputStream(), layer, crs)) {
            out.feature(found.get(0), json -> {
                json.writeName("links");
                json.writeStartArray();
                writeLink(json, collectionUrl + "/items/" + featureId, "self", GEO_JSON);
                writeLink(json, collectionUrl, "collection", "application/json");
                json.writeEndArray();
            });
        }
    }

    private Layer layer(String id) {
        return layers.find(id).orElseThrow(() -> new NotFoundException("collection", id));
    }

    private Map<String, Object> collection(Layer layer, double[] extent) {
        String url = base() + "/collections/" + layer.id();
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", layer.id());
        collection.put("title", layer.title());
        collection.put("description", layer.description());
        collection.put("itemType", "feature");
        Map<String, Object> extentMember = new LinkedHashMap<>();
        if (extent != null) {
            extentMember.put("spatial", Map.of("bbox", List.of(List.of(extent[0], extent[1], extent[2], extent[3])),
                    "crs", OgcCrs.CRS84.uri()));
        }
        if (layer.id().equals("disasters")) {
            Map<String, Object> time = jdbc.queryForMap(LayerSql.DISASTER_TIME, Map.of());
            List<String> interval = new ArrayList<>();
            interval.add(time.get("first_day") == null ? null : time.get("first_day").toString());
            interval.add(time.get("last_day") == null ? null : time.get("last_day").toString());
            extentMember.put("temporal", Map.of("interval", List.of(interval),
                    "trs", "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian"));
        }
        collection.put("extent", extentMember);
        collection.put("crs", List.of(OgcCrs.CRS84.uri(), OgcCrs.EPSG_4490.uri()));
        collection.put("storageCrs", OgcCrs.EPSG_4490.uri());
        collection.put("links", List.of(
                link(url, "self", "application/json", layer.title()),
                link(url + "/items", "items", GEO_JSON, layer.title() + "要素 features"),
                link(url + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", SCHEMA_JSON,
                        "可查询属性 queryables"),
                link(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/" + downloadPath(layer))
                        .build().toUriString(), "enclosure", "application/geopackage+sqlite3", "下载 GeoPackage")));
        return collection;
    }

    /** The download URL (under /api) of a layer as GeoPackage. */
    static String downloadPath(Layer layer) {
        return switch (layer.id()) {
            case "townships" -> "areas.gpkg?level=TOWNSHIP";
            case "villages" -> "areas.gpkg?level=VILLAGE";
            default -> layer.id() + ".gpkg";
        };
    }

    private double[] extent() {
        Map<String, Object> row = jdbc.queryForMap(LayerSql.EXTENT, Map.of());
        if (row.get("min_x") == null) {
            return null;
        }
        return new double[] {number(row.get("min_x")), number(row.get("min_y")), number(row.get("max_x")),
                number(row.get("max_y"))};
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private void writePageLinks(JsonGenerator json, ItemsQuery query, long matched) {
        json.writeName("links");
        json.writeStartArray();
        writeLink(json, requestUrl(ServletUriComponentsBuilder.fromCurrentRequest()), "self", GEO_JSON);
        if (query.offset() + query.limit() < matched) {
            writeLink(json, pageUrl(query.offset() + query.limit(), query.limit()), "next", GEO_JSON);
        }
        if (query.offset() > 0) {
            writeLink(json, pageUrl(Math.max(0, query.offset() - query.limit()), query.limit()), "prev", GEO_JSON);
        }
        json.writeEndArray();
    }

    private static String pageUrl(long offset, int limit) {
        return requestUrl(ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit));
    }

    /** The URL with the request's query as it was received (already percent-encoded). */
    private static String requestUrl(org.springframework.web.util.UriComponentsBuilder builder) {
        try {
            return builder.build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            return builder.build().encode().toUriString();
        }
    }

    private static void writeLink(JsonGenerator json, String href, String rel, String type) {
        json.writeStartObject();
        json.writeStringProperty("href", href);
        json.writeStringProperty("rel", rel);
        json.writeStringProperty("type", type);
        json.writeEndObject();
    }

    private static Map<String, Object> link(String href, String rel, String type, String title) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
        return link;
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogcapi").build().toUriString();
    }

    private static ResponseEntity<Map<String, Object>> json(Map<String, Object> body, String contentType) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType)).body(body);
    }
}
