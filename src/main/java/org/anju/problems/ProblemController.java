package org.anju.problems;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.casework.Actor;
import org.anju.geo.FeatureCollectionWriter;
import org.anju.system.AnjuProperties;
import org.anju.system.ReadsQueryParameters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The problem ledger (整改台账) over HTTP: list and map problems with filters, register one, move it,
 * change its facts, keep its evidence. The 整改台账 download and the import of a finding list are
 * {@link ProblemLedgerFileController}. See docs/API.md and docs/PROBLEMS.md.
 */
@RestController
@RequestMapping("/api/problems")
class ProblemController {

    static final String GEO_JSON = "application/geo+json";
    /** The map asks for at most this many points per view. */
    static final int MAP_LIMIT = 5000;

    private final ProblemLedger ledger;
    private final ProblemViews views;
    private final ProblemDocuments documents;
    private final NamedParameterJdbcTemplate jdbc;
    private final AnjuProperties properties;

    ProblemController(ProblemLedger ledger, ProblemViews views, ProblemDocuments documents,
                      NamedParameterJdbcTemplate jdbc, AnjuProperties properties) {
        this.ledger = ledger;
        this.views = views;
        this.documents = documents;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The problems matching the filters, open ones first by deadline: {@code {number_matched, number_returned, items}}. */
    @ReadsQueryParameters(from = ProblemQuery.class)
    @GetMapping
    @Transactional(readOnly = true)
    Map<String, Object> list(@RequestParam MultiValueMap<String, String> params) {
        ProblemQuery query = ProblemQuery.from(params, properties.paging());
        LocalDate today = ledger.today();
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String where = ProblemSql.where(query, today, sqlParams);
        long matched = jdbc.queryForObject(ProblemSql.count(where), sqlParams, Long.class);
        sqlParams.addValue("limit", query.limit()).addValue("offset", query.offset());
        List<Map<String, Object>> items = new ArrayList<>();
        jdbc.queryForList(ProblemSql.page(where), sqlParams).forEach(row -> items.add(views.summary(row, today)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number_matched", matched);
        body.put("number_returned", items.size());
        body.put("items", items);
        return body;
    }

    /**
     * The problems with a point, as GeoJSON (the map layer): the list's filters plus {@code bbox}, open ones
     * first by deadline, at most {@code limit} (default and maximum 5,000); {@code numberMatched} counts all.
     */
    @ReadsQueryParameters(from = ProblemQuery.class, names = "bbox")
    @GetMapping(path = "/map", produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void map(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        ProblemQuery query = ProblemQuery.from(params, MAP_LIMIT, MAP_LIMIT, true);
        LocalDate today = ledger.today();
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String where = ProblemSql.where(query, today, sqlParams);
        long matched = jdbc.queryForObject(ProblemSql.count(where + " AND p.location IS NOT NULL"), sqlParams, Long.class);
        sqlParams.addValue("limit", query.limit());
        response.setContentType(GEO_JSON);
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> json.writeNumberProperty("numberMatched", matched));
            jdbc.query(ProblemSql.mapFeatures(where), sqlParams, out::writeRow);
            out.finish(json -> json.writeNumberProperty("limit", query.limit()));
        }
    }

    /** The ledger's words (sources, states, actions, document kinds) in the caller's language, and the procedure. */
    @GetMapping("/labels")
    Map<String, Object> labels() {
        return views.vocabulary();
    }

    /** Registers a problem (state 登记) → 201 with the problem. */
    @PostMapping
    ResponseEntity<Map<String, Object>> register(@RequestBody JsonNode body, HttpServletRequest request) {
        NewProblem problem = ProblemForm.read(body);
        long id = ledger.register(problem, Actor.of(request, null));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/problems/{id}")
                .buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(views.detail(id));
    }

    /** One problem within the caller's jurisdiction (404 for any other). */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    Map<String, Object> one(@PathVariable long id) {
        return views.detail(id);
    }

    /** Changes the facts of a problem, with {@code version} ({@link ProblemEdit}). */
    @PutMapping("/{id}")
    Map<String, Object> edit(@PathVariable long id, @RequestBody JsonNode body, HttpServletRequest request) {
        ledger.edit(id, ProblemEdit.read(body), Actor.of(request, null));
        return views.detail(id);
    }

    /** Moves the problem ({@link ProblemTransitionForm}). */
    @PostMapping("/{id}/transitions")
    Map<String, Object> transition(@PathVariable long id, @RequestBody JsonNode body, HttpServletRequest request) {
        ProblemTransitionForm form = ProblemTransitionForm.read(body, ledger.today());
        ledger.transition(id, form, Actor.of(request, null));
        return views.detail(id);
    }

    /** Every step, oldest first: who, when (in the field and in the system), what, note. */
    @GetMapping("/{id}/history")
    @Transactional(readOnly = true)
    List<Map<String, Object>> history(@PathVariable long id) {
        return views.history(id);
    }

    /** Uploads a file: multipart {@code file}, {@code kind} (default EVIDENCE), optional {@code note}. */
    @PostMapping(path = "/{id}/documents", consumes = "multipart/form-data")
    ResponseEntity<ProblemDocuments.Document> upload(@PathVariable long id, @RequestParam(required = false) String kind,
                                                     @RequestParam(required = false) MultipartFile file,
                                                     @RequestParam(required = false) String note,
                                                     HttpServletRequest request) {
        ProblemDocuments.Document document = documents.upload(id, kind, file, note, Actor.of(request, null));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/problems/{id}/documents/{doc}")
                .buildAndExpand(id, document.id()).toUri();
        return ResponseEntity.created(location).body(document);
    }

    /** The problem's documents, oldest first. */
    @GetMapping("/{id}/documents")
    @Transactional(readOnly = true)
    List<ProblemDocuments.Document> documents(@PathVariable long id) {
        return documents.list(id);
    }

    /** Downloads a document with its original name (as an attachment, never rendered inline). */
    @GetMapping("/{id}/documents/{documentId}")
    @Transactional(readOnly = true)
    void download(@PathVariable long id, @PathVariable long documentId, HttpServletResponse response) throws IOException {
        ProblemDocuments.Document document = documents.one(id, documentId);
        java.nio.file.Path file = documents.file(id, documentId);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(document.contentType());
        response.setContentLengthLong(document.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(document.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Digest", "sha-256=" + java.util.Base64.getEncoder()
                .encodeToString(java.util.HexFormat.of().parseHex(document.sha256())));
        Files.copy(file, response.getOutputStream());
    }
}
