package org.anju.hazard;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.geo.FeatureCollectionWriter;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.anju.system.NotFoundException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** The hazard layers: seismic intensity zones (抗震设防烈度) and disaster footprints, as GeoJSON. */
@RestController
@RequestMapping("/api")
class HazardController {

    static final String GEO_JSON = "application/geo+json";

    /** The body of {@code POST /api/disasters}, for the OpenAPI document. */
    static final String BODY = """
            请求体为 GeoJSON Feature 或 FeatureCollection，几何为 Polygon 或 MultiPolygon（CGCS2000 / WGS 84 经纬度，\
            经度在前；每个环首尾坐标相同）。事件属性取自 Feature 的 properties（FeatureCollection 取第一个要素的）：\
            **name**（必填，事件名称）、**type**（必填：FLOOD 洪涝、WATERLOGGING 内涝、LANDSLIDE 滑坡、DEBRIS_FLOW 泥石流、\
            EARTHQUAKE 地震、WINDSTORM 风灾、SNOW_ICE 雪灾/冰冻、OTHER 其他，代码或中文均可）、started_on（开始日期，\
            缺省为今天）、ended_on、code（缺省自动生成）、description；每个要素可带 severity（等级名称，≤ 50 字）和 \
            severity_rank（0–100，越大越严重）。无效多边形能修复的自动修复并在回答中报告；错误以 422 指明字段，\
            例如未闭合的环："多边形的环 coordinates[0] 未闭合…"。

            The body is a GeoJSON Feature or FeatureCollection of Polygons or MultiPolygons (CGCS2000 / WGS 84 \
            longitude, latitude; every ring closed). The event's attributes come from the properties of the Feature \
            (of a collection: its first feature): **name** (required), **type** (required: FLOOD, WATERLOGGING, \
            LANDSLIDE, DEBRIS_FLOW, EARTHQUAKE, WINDSTORM, SNOW_ICE, OTHER, or the Chinese word), started_on \
            (default today), ended_on, code (generated when absent), description; each feature may carry severity \
            (a class name, ≤ 50 characters) and severity_rank (0–100, higher is worse). Invalid polygons that can be \
            repaired are, and the answer says which; problems are a 422 naming the field, e.g. an unclosed ring \
            "polygon ring coordinates[0] is not closed…".""";

    static final String EXAMPLE = """
            {"type": "Feature",
             "properties": {"name": "2024年7月暴雨洪涝", "type": "FLOOD", "started_on": "2024-07-11", "severity": "水深>1.5m",
                            "severity_rank": 3},
             "geometry": {"type": "Polygon", "coordinates": [[[111.20, 35.60], [111.24, 35.60], [111.24, 35.63],
                                                              [111.20, 35.63], [111.20, 35.60]]]}}""";

    private final NamedParameterJdbcTemplate jdbc;
    private final DisasterEvents events;

    HazardController(NamedParameterJdbcTemplate jdbc, DisasterEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Registers a disaster event from a GeoJSON Feature or FeatureCollection (a drawn polygon or an
     * uploaded footprint): 201 with the event id, code, number of parts and the parts that had to be
     * repaired. The body is described in the OpenAPI document ({@link #BODY}) and in {@link DisasterForm}.
     */
    @PostMapping(path = "/disasters", consumes = {GEO_JSON, "application/json"})
    @io.swagger.v3.oas.annotations.Operation(summary = "登记灾害事件 / Register a disaster event", description = BODY)
    ResponseEntity<DisasterEvents.Created> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "GeoJSON Feature / FeatureCollection",
                    content = @io.swagger.v3.oas.annotations.media.Content(mediaType = GEO_JSON,
                            examples = @io.swagger.v3.oas.annotations.media.ExampleObject(name = "flood", value = EXAMPLE)))
            @RequestBody JsonNode body) {
        DisasterEvents.Created created = events.create(DisasterForm.read(body));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/disasters/{id}")
                .buildAndExpand(created.id()).toUri();
        return ResponseEntity.created(location).body(created);
    }

    /** Seismic zones, optionally only those of at least {@code min_intensity} degrees (6–9). */
    @GetMapping(path = "/seismic-zones", produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void seismicZones(@RequestParam(name = "min_intensity", required = false) Integer minIntensity,
                      HttpServletResponse response) throws IOException {
        if (minIntensity != null && (minIntensity < 6 || minIntensity > 9)) {
            throw InvalidInputException.badRequest(new FieldProblem("min_intensity", minIntensity, "field.range", 6, 9));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("minIntensity", minIntensity);
        stream(HazardSql.SEISMIC_ZONES, params, response);
    }

    /** Deletes an event with its footprint (e.g. a polygon drawn by mistake); 404 when unknown. */
    @DeleteMapping("/disasters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(@PathVariable long id) {
        if (jdbc.update(HazardSql.DELETE_EVENT, Map.of("event", id)) == 0) {
            throw new NotFoundException("disaster", id);
        }
    }

    /**
     * Footprint parts of the current events (or of one {@code type}), one feature per part with its
     * severity and whether its event is archived; archived events' parts too with
     * {@code include_archived=true}.
     */
    @GetMapping(path = "/disasters", produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void disasters(@RequestParam(required = false) String type,
                   @RequestParam(name = "include_archived", defaultValue = "false") boolean includeArchived,
                   HttpServletResponse response) throws IOException {
        DisasterType disasterType = null;
        if (type != null) {
            disasterType = JsonFields.parseEnum(DisasterType.class, type);
            if (disasterType == null) {
                throw InvalidInputException.badRequest(new FieldProblem("type", type, "enum.unknown",
                        Arrays.toString(DisasterType.values())));
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("event", null);
        params.put("type", disasterType == null ? null : disasterType.name());
        params.put("includeArchived", includeArchived);
        stream(HazardSql.DISASTER_FOOTPRINTS, params, response);
    }

    /** The footprint parts of one event; 404 when there is no such event. */
    @GetMapping(path = "/disasters/{id}", produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void disaster(@PathVariable long id, HttpServletResponse response) throws IOException {
        if (jdbc.queryForObject(HazardSql.EVENT_EXISTS, Map.of("event", id), Integer.class) == 0) {
            throw new NotFoundException("disaster", id);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("event", id);
        params.put("type", null);
        params.put("includeArchived", true);
        stream(HazardSql.DISASTER_FOOTPRINTS, params, response);
    }

    private void stream(String sql, Map<String, Object> params, HttpServletResponse response) throws IOException {
        response.setContentType(GEO_JSON);
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> { });
            jdbc.query(sql, params, out::writeRow);
            out.finish(json -> { });
        }
    }
}
