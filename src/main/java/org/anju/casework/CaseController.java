package org.anju.casework;

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
import org.anju.geo.FeatureCollectionWriter;
import org.anju.system.AnjuProperties;
import org.anju.system.JsonFields;
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
 * The case ledger (动态清零台账) over HTTP: open cases (one, or all missing ones of an area), list and
 * map them with deadline filters, move them (transitions), edit their facts, keep their archive
 * (一户一档). See docs/API.md.
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    static final String GEO_JSON = "application/geo+json";

    private final CaseLedger ledger;
    private final CaseViews views;
    private final CaseHistory history;
    private final CaseDocuments documents;
    private final Deadlines deadlines;
    private final NamedParameterJdbcTemplate jdbc;
    private final AnjuProperties properties;

    CaseController(CaseLedger ledger, CaseViews views, CaseHistory history, CaseDocuments documents,
                   Deadlines deadlines, NamedParameterJdbcTemplate jdbc, AnjuProperties properties) {
        this.ledger = ledger;
        this.views = views;
        this.history = history;
        this.documents = documents;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The cases matching the filters, most urgent deadline first: {@code {number_matched, number_returned, items}}. */
    @ReadsQueryParameters(from = CaseQuery.class)
    @GetMapping
    @Transactional(readOnly = true)
    Map<String, Object> list(@RequestParam MultiValueMap<String, String> params) {
        CaseQuery query = CaseQuery.from(params, properties.paging());
        LocalDate today = ledger.today();
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String where = CaseSql.where(query, today, sqlParams);
        long matched = jdbc.queryForObject(CaseSql.count(where), sqlParams, Long.class);
        sqlParams.addValue("limit", query.limit()).addValue("offset", query.offset());
        List<Map<String, Object>> items = new ArrayList<>();
        jdbc.queryForList(CaseSql.page(where), sqlParams).forEach(row -> items.add(views.summary(row, today)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number_matched", matched);
        body.put("number_returned", items.size());
        body.put("items", items);
        return body;
    }

    /** The same filters as a GeoJSON FeatureCollection of house points (无房户 cases have no geometry). */
    @ReadsQueryParameters(from = CaseQuery.class)
    @GetMapping(path = "/geojson", produces = {GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void geojson(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        CaseQuery query = CaseQuery.from(params, properties.paging());
        LocalDate today = ledger.today();
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String where = CaseSql.where(query, today, sqlParams);
        long matched = jdbc.queryForObject(CaseSql.count(where), sqlParams, Long.class);
        sqlParams.addValue("limit", query.limit()).addValue("offset", query.offset());
        response.setContentType(GEO_JSON);
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> json.writeNumberProperty("numberMatched", matched));
            jdbc.query(CaseSql.page(where), sqlParams, out::writeRow);
            out.finish(json -> { });
        }
    }

    /**
     * Overdue and due-soon open cases by township ({@code due_within} days, default from settings),
     * with both lists (filters as for the list).
     */
    @ReadsQueryParameters(from = CaseQuery.class)
    @GetMapping("/deadlines")
    @Transactional(readOnly = true)
    Map<String, Object> deadlines(@RequestParam MultiValueMap<String, String> params) {
        CaseQuery query = CaseQuery.from(params, properties.paging());
        int soon = query.dueWithinDays() == null ? deadlines.dueSoonDays() : query.dueWithinDays();
        LocalDate today = ledger.today();
        CaseQuery areaOnly = new CaseQuery(query.states(), query.areas(), query.programme(), false, null, null, null,
                query.limit(), 0);
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String where = CaseSql.where(areaOnly, today, sqlParams);
        sqlParams.addValue("soon", today.plusDays(soon));
        List<Map<String, Object>> townships = new ArrayList<>();
        jdbc.queryForList(CaseSql.deadlinesByTownship(where), sqlParams).forEach(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            row.forEach((k, v) -> m.put(k.toLowerCase(java.util.Locale.ROOT), CaseViews.plain(v)));
            townships.add(m);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("today", today.toString());
        body.put("due_within_days", soon);
        body.put("by_township", townships);
        body.put("overdue", rows(new CaseQuery(query.states(), query.areas(), query.programme(), true, null, null, null,
                query.limit(), 0), today));
        body.put("due_soon", rows(new CaseQuery(query.states(), query.areas(), query.programme(), false, soon, null, null,
                query.limit(), 0), today));
        return body;
    }

    private List<Map<String, Object>> rows(CaseQuery query, LocalDate today) {
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String where = CaseSql.where(query, today, sqlParams);
        sqlParams.addValue("limit", query.limit()).addValue("offset", 0);
        return jdbc.queryForList(CaseSql.page(where), sqlParams).stream().map(r -> views.summary(r, today)).toList();
    }

    /** Opens a case: {@code {house | household, programme, discovered_on, note, actor}} → 201. */
    @PostMapping
    ResponseEntity<Map<String, Object>> open(@RequestBody JsonNode body, HttpServletRequest request) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("house", "household", "programme", "discovered_on", "note", "actor"));
        String house = f.text("house", false, 32);
        String household = f.text("household", false, 32);
        Programme programme = f.enumValue("programme", Programme.class, false, Programme.DANGEROUS_HOUSE);
        LocalDate discovered = f.date("discovered_on", false);
        String note = f.text("note", false, 2000);
        String actorName = f.text("actor", false, 100);
        f.throwIfInvalid();
        Actor actor = Actor.of(request, actorName);
        HousingCase c = ledger.open(house, household, programme, discovered == null ? ledger.today() : discovered,
                note, actor);
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/cases/{id}")
                .buildAndExpand(c.getId()).toUri();
        return ResponseEntity.created(location).body(views.detail(c.getId()));
    }

    /**
     * Opens the missing cases of all C/D houses of target households in {@code area}; idempotent →
     * {@code {area, dry_run: false, opened}}. With {@code ?dry_run=true} nothing is written and the answer
     * says how many it would open: {@code {area, dry_run: true, to_open, by_village: [{village_code,
     * village_name, township_code, township_name, to_open}]}}.
     */
    @PostMapping("/open-missing")
    Map<String, Object> openMissing(@RequestBody JsonNode body, HttpServletRequest request,
                                    @RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("area", "actor"));
        String area = f.text("area", true, 12);
        String actorName = f.text("actor", false, 100);
        f.throwIfInvalid();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("area", area);
        answer.put("dry_run", dryRun);
        if (dryRun) {
            List<Map<String, Object>> villages = ledger.missing(area).stream().map(v -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("village_code", v.villageCode());
                m.put("village_name", v.villageName());
                m.put("township_code", v.townshipCode());
                m.put("township_name", v.townshipName());
                m.put("to_open", v.toOpen());
                return m;
            }).toList();
            answer.put("to_open", villages.stream().mapToLong(v -> (Long) v.get("to_open")).sum());
            answer.put("by_village", villages);
        } else {
            answer.put("opened", ledger.openMissing(area, Actor.of(request, actorName)));
        }
        return answer;
    }

    /** One case within the caller's jurisdiction (404 for any other, see {@link CaseLedger#find}). */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    Map<String, Object> one(@PathVariable long id) {
        return views.detail(id);
    }

    /** Moves the case: {@code {action, version, occurred_on, note, reason, method, *_yuan, actor}}. */
    @PostMapping("/{id}/transitions")
    Map<String, Object> transition(@PathVariable long id, @RequestBody JsonNode body, HttpServletRequest request) {
        TransitionForm form = TransitionForm.read(body, ledger.today());
        ledger.transition(id, form, Actor.of(request, form.actor()));
        return views.detail(id);
    }

    /** Replaces the facts the subsidy depends on (with {@code version}). */
    @PutMapping("/{id}/details")
    Map<String, Object> details(@PathVariable long id, @RequestBody JsonNode body, HttpServletRequest request) {
        CaseDetails details = CaseDetails.read(body);
        ledger.updateDetails(id, details, Actor.of(request, details.actor()));
        return views.detail(id);
    }

    /** Every transition, oldest first: who, when (in the field and in the system), what, note, amounts. */
    @GetMapping("/{id}/history")
    @Transactional(readOnly = true)
    List<Map<String, Object>> history(@PathVariable long id) {
        ledger.find(id);
        return history.of(id).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cycle", e.cycle());
            m.put("action", e.action().name());
            m.put("action_label", views.text("casework.action." + e.action().name()));
            m.put("from_state", e.fromState() == null ? null : e.fromState().name());
            m.put("to_state", e.toState().name());
            m.put("occurred_on", e.occurredOn().toString());
            m.put("recorded_at", e.recordedAt().toString());
            m.put("actor", e.actor());
            m.put("note", e.note());
            m.put("central_yuan", CaseViews.plain(e.centralYuan()));
            m.put("provincial_yuan", CaseViews.plain(e.provincialYuan()));
            m.put("local_yuan", CaseViews.plain(e.localYuan()));
            return m;
        }).toList();
    }

    /** Uploads a file to the archive: multipart {@code file}, {@code kind}, optional {@code note}, {@code actor}. */
    @PostMapping(path = "/{id}/documents", consumes = "multipart/form-data")
    ResponseEntity<CaseDocuments.Document> upload(@PathVariable long id, @RequestParam(required = false) String kind,
                                                  @RequestParam(required = false) MultipartFile file,
                                                  @RequestParam(required = false) String note,
                                                  @RequestParam(required = false) String actor,
                                                  HttpServletRequest request) {
        CaseDocuments.Document document = documents.upload(id, kind, file, note, Actor.of(request, actor));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/cases/{id}/documents/{doc}")
                .buildAndExpand(id, document.id()).toUri();
        return ResponseEntity.created(location).body(document);
    }

    /** The archive: completeness for the current state and every document of every cycle. */
    @GetMapping("/{id}/documents")
    @Transactional(readOnly = true)
    Map<String, Object> documents(@PathVariable long id) {
        HousingCase c = ledger.find(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("completeness", documents.completeness(c));
        body.put("documents", documents.list(id));
        return body;
    }

    /** Downloads a document with its original name (as an attachment, never rendered inline). */
    @GetMapping("/{id}/documents/{documentId}")
    @Transactional(readOnly = true)
    void download(@PathVariable long id, @PathVariable long documentId, HttpServletResponse response) throws IOException {
        CaseDocuments.Document document = documents.one(id, documentId);
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

    /** The procedure: every action with its from-states, result and documents. */
    @GetMapping("/procedure")
    List<Map<String, Object>> procedure() {
        return CaseTransitions.rules().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", r.action().name());
            m.put("label", views.text("casework.action." + r.action().name()));
            m.put("from", r.from().stream().map(Enum::name).toList());
            m.put("to", r.to() == null ? null : r.to().name());
            m.put("documents", r.documents().stream().map(Enum::name).toList());
            return m;
        }).toList();
    }
}
