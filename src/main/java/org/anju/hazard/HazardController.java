package org.anju.hazard;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final DisasterEvents events;

    HazardController(NamedParameterJdbcTemplate jdbc, DisasterEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Registers a disaster event from a GeoJSON Feature or FeatureCollection (a drawn polygon or an
     * uploaded footprint): 201 with the event id, code, number of parts and the parts that had to be
     * repaired.
     */
    @PostMapping(path = "/disasters", consumes = {GEO_JSON, "application/json"})
    ResponseEntity<DisasterEvents.Created> create(@RequestBody JsonNode body) {
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

    /** Disaster events (without geometry), newest first. */
    @GetMapping(path = "/disaster-events")
    @Transactional(readOnly = true)
    List<Map<String, Object>> events() {
        return jdbc.queryForList(HazardSql.EVENTS, Map.of()).stream().map(HazardController::plain).toList();
    }

    /** Footprint parts of all events (or of one {@code type}), one feature per part with its severity. */
    @GetMapping(path = "/disasters", produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void disasters(@RequestParam(required = false) String type, HttpServletResponse response) throws IOException {
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

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> plain.put(k.toLowerCase(java.util.Locale.ROOT),
                v instanceof java.sql.Date d ? d.toLocalDate().toString() : v));
        return plain;
    }
}
