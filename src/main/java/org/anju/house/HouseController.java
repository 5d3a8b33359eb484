package org.anju.house;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.audit.AuditLog;
import org.anju.audit.RecordSnapshots;
import org.anju.geo.FeatureCollectionWriter;
import org.anju.household.HouseholdViews;
import org.anju.security.Jurisdiction;
import org.anju.system.AnjuProperties;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonValues;
import org.anju.system.NotFoundException;
import org.anju.system.ReadsQueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * 农房 as GeoJSON: the filtered, paged list and one house with its grade history, renovations and
 * households (ID numbers and phones masked). Changes go through {@link HouseEditor}.
 */
@RestController
@RequestMapping("/api/houses")
class HouseController {

    static final String GEO_JSON = "application/geo+json";
    private static final MediaType GEO_JSON_TYPE = MediaType.parseMediaType(GEO_JSON);

    private final NamedParameterJdbcTemplate jdbc;
    private final HouseEditor editor;
    private final HouseholdViews households;
    private final AnjuProperties properties;
    private final HouseStatistics statistics;
    private final Jurisdiction jurisdiction;
    private final AuditLog audit;
    private final RecordSnapshots snapshots;

    HouseController(NamedParameterJdbcTemplate jdbc, HouseEditor editor, HouseholdViews households,
                    AnjuProperties properties, HouseStatistics statistics, Jurisdiction jurisdiction,
                    AuditLog audit, RecordSnapshots snapshots) {
        this.jurisdiction = jurisdiction;
        this.audit = audit;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.editor = editor;
        this.households = households;
        this.properties = properties;
        this.statistics = statistics;
    }

    /**
     * Houses matching the filters as a FeatureCollection with {@code numberMatched} (all matches),
     * {@code numberReturned} (this page) and {@code next}/{@code prev} links, ordered by code.
     */
    @ReadsQueryParameters(from = HouseQuery.class)
    @GetMapping(produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void list(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        HouseQuery query = HouseQuery.from(params, properties.paging(), jurisdiction);
        MapSqlParameterSource countParams = new MapSqlParameterSource();
        long matched = jdbc.queryForObject(HouseSql.count(query, countParams), countParams, Long.class);
        MapSqlParameterSource pageParams = new MapSqlParameterSource();
        String pageSql = HouseSql.page(query, pageParams);
        response.setContentType(GEO_JSON);
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> json.writeNumberProperty("numberMatched", matched));
            jdbc.query(pageSql, pageParams, out::writeRow);
            out.finish(json -> writeLinks(json, query, matched));
        }
    }

    /**
     * Counts for the houses the filters select (the same filters as the list, without paging):
     * houses by grade, occupied C/D houses, households by category and persons.
     */
    @ReadsQueryParameters(from = HouseFilter.class)
    @GetMapping(path = "/statistics", produces = "application/json")
    HouseStatistics.Counts statistics(@RequestParam MultiValueMap<String, String> params) {
        List<FieldProblem> problems = new ArrayList<>();
        HouseFilter filter = HouseFilter.from(params, problems, jurisdiction);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return statistics.count(filter);
    }

    @GetMapping(path = "/{code}", produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void one(@PathVariable String code, HttpServletResponse response) throws IOException {
        writeDetail(code, response);
    }

    /** Creates a house from a GeoJSON Feature: 201 with the stored feature and its Location. */
    @PostMapping(consumes = {GEO_JSON, "application/json"}, produces = GEO_JSON)
    @Transactional
    ResponseEntity<byte[]> create(@RequestBody JsonNode feature) throws IOException {
        House house = editor.create(HouseFeatureReader.read(feature, false));
        audit.change("HOUSE_CREATE", "house " + house.getCode(), null, snapshots.house(house.getCode()));
        return ResponseEntity.created(location(house.getCode())).contentType(GEO_JSON_TYPE).body(detail(house.getCode()));
    }

    /** Replaces a house; the feature must carry the {@code version} it was read with (else 409). */
    @PutMapping(path = "/{code}", consumes = {GEO_JSON, "application/json"}, produces = GEO_JSON)
    @Transactional
    ResponseEntity<byte[]> update(@PathVariable String code, @RequestBody JsonNode feature) throws IOException {
        editor.lock(code);
        String before = snapshots.house(code);
        editor.update(code, HouseFeatureReader.read(feature, true));
        String after = snapshots.house(code);
        if (!java.util.Objects.equals(before, after)) {
            audit.change("HOUSE_UPDATE", "house " + code, before, after);
        }
        return ResponseEntity.ok().contentType(GEO_JSON_TYPE).body(detail(code));
    }

    @DeleteMapping("/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void delete(@PathVariable String code, @RequestParam(required = false) Integer version) {
        editor.lock(code);
        String before = snapshots.house(code);
        editor.delete(code, version);
        audit.change("HOUSE_DELETE", "house " + code, before, null);
    }

    @PostMapping(path = "/{code}/assessments", produces = GEO_JSON)
    @Transactional
    ResponseEntity<byte[]> addAssessment(@PathVariable String code, @RequestBody JsonNode body) throws IOException {
        String before = snapshots.house(code);
        editor.addAssessment(code, HouseAssessmentForm.read(body));
        audit.change("HOUSE_ASSESSMENT", "house " + code, before, snapshots.house(code));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(GEO_JSON_TYPE).body(detail(code));
    }

    @PostMapping(path = "/{code}/renovations", produces = GEO_JSON)
    @Transactional
    ResponseEntity<byte[]> addRenovation(@PathVariable String code, @RequestBody JsonNode body) throws IOException {
        String before = snapshots.house(code);
        editor.addRenovation(code, RenovationForm.read(body));
        audit.change("HOUSE_RENOVATION", "house " + code, before, snapshots.house(code));
        return ResponseEntity.status(HttpStatus.CREATED).contentType(GEO_JSON_TYPE).body(detail(code));
    }

    /**
     * The house as a Feature with its history and households; 404 outside the account's
     * jurisdiction (as if it did not exist); without households for roles that see no personal data.
     */
    private void writeDetail(String code, HttpServletResponse response) throws IOException {
        response.setContentType(GEO_JSON);
        writeDetail(code, response.getOutputStream());
    }

    /**
     * The house as {@link #writeDetail} writes it, as bytes: the answer of a change, read inside its
     * transaction and sent only after the commit. Written to the response inside the transaction, the
     * answer reached the client before the commit — a kill between the two lost an edit answered 200
     * (found by {@code KillRestartIT}).
     */
    private byte[] detail(String code) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        writeDetail(code, bytes);
        return bytes.toByteArray();
    }

    private void writeDetail(String code, java.io.OutputStream stream) throws IOException {
        Map<String, Object> params = Map.of("code", code);
        List<String> village = jdbc.queryForList(HouseSql.VILLAGE_OF, params, String.class);
        if (village.isEmpty() || !jurisdiction.covers(village.get(0))) {
            throw new NotFoundException("house", code);
        }
        List<Map<String, Object>> assessments = jdbc.queryForList(HouseSql.ASSESSMENTS, params);
        List<Map<String, Object>> renovations = jdbc.queryForList(HouseSql.RENOVATIONS, params);
        List<Map<String, Object>> residents = jurisdiction.seesPersonalData()
                ? households.ofHouse(jdbc.queryForList(HouseSql.HOUSEHOLDS, params)) : List.of();
        boolean[] found = {false};
        var out = new FeatureCollectionWriter(stream);
        jdbc.query(HouseSql.DETAIL, params, row -> {
            found[0] = true;
            out.writeFeature(row, json -> {
                writeRows(json, "assessments", assessments);
                writeRows(json, "renovations", renovations);
                writeRows(json, "households", residents);
            });
        });
        if (!found[0]) {
            throw new NotFoundException("house", code);
        }
        out.close();
    }

    private static void writeRows(JsonGenerator json, String name, List<Map<String, Object>> rows) {
        json.writeName(name);
        JsonValues.write(json, rows);
    }

    private void writeLinks(JsonGenerator json, HouseQuery query, long matched) {
        json.writeName("links");
        json.writeStartArray();
        if (query.offset() + query.limit() < matched) {
            writeLink(json, "next", query.offset() + query.limit());
        }
        if (query.offset() > 0) {
            writeLink(json, "prev", Math.max(0, query.offset() - query.limit()));
        }
        json.writeEndArray();
    }

    private static void writeLink(JsonGenerator json, String rel, long offset) {
        json.writeStartObject();
        json.writeStringProperty("rel", rel);
        json.writeStringProperty("type", GEO_JSON);
        json.writeStringProperty("href",
                ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("offset", offset).build().toUriString());
        json.writeEndObject();
    }

    private static URI location(String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/houses/{code}").buildAndExpand(code).toUri();
    }
}
