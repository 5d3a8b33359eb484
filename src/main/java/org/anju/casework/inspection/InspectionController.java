package org.anju.casework.inspection;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.anju.area.AdminCode;
import org.anju.area.AreaLevel;
import org.anju.casework.Actor;
import org.anju.geo.FeatureCollectionWriter;
import org.anju.house.SafetyGrade;
import org.anju.security.Jurisdiction;
import org.anju.security.Role;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Inspection campaigns (排查) over HTTP: create, assign villages, record field results, progress, map,
 * close. Reads and results are limited to the caller's jurisdiction (a village inspector sees and records
 * the tasks of its village); creating, assigning and closing are for county staff (security.SecurityConfig).
 * A campaign is overdue when its due day has passed and it is not closed with tasks still to do; so is
 * each of its villages with tasks to do.
 */
@RestController
@RequestMapping("/api/inspections")
class InspectionController {

    private final InspectionCampaigns campaigns;
    private final NamedParameterJdbcTemplate jdbc;
    private final Jurisdiction jurisdiction;
    private final EnumLabels labels;

    InspectionController(InspectionCampaigns campaigns, NamedParameterJdbcTemplate jdbc, Jurisdiction jurisdiction,
                         EnumLabels labels) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.labels = labels;
    }

    /** {@code {name, kind, area, disaster_event, buffer, started_on, due_on, actor}} → 201 with progress. */
    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body, HttpServletRequest request) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("name", "kind", "area", "disaster_event", "buffer", "started_on", "due_on", "actor"));
        String name = f.text("name", true, 200);
        CampaignKind kind = f.enumValue("kind", CampaignKind.class, true, null);
        String area = f.text("area", true, 12);
        Integer event = f.integer("disaster_event", false, 1, Integer.MAX_VALUE);
        Integer buffer = f.integer("buffer", false, 0, 50_000);
        LocalDate started = f.date("started_on", false);
        LocalDate due = f.date("due_on", false);
        String actor = f.text("actor", false, 100);
        f.throwIfInvalid();
        long id = campaigns.create(new InspectionCampaigns.CampaignForm(name, kind, area,
                event == null ? null : event.longValue(), buffer == null ? 0 : buffer,
                started == null ? LocalDate.now() : started, due), Actor.of(request, actor));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/inspections/{id}")
                .buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(one(id));
    }

    /**
     * The campaigns, newest first; for an account limited to a township or village, those with a task
     * there. {@code state=OPEN} the running ones (the field page), {@code CLOSED} the closed ones, none:
     * all; {@code disaster_event=} those of one event.
     */
    @GetMapping
    @Transactional(readOnly = true)
    List<Map<String, Object>> list(@RequestParam(required = false) String state,
                                   @RequestParam(name = "disaster_event", required = false) Long event) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String scope = campaigns.taskScope(params);
        List<String> where = new ArrayList<>();
        if (jurisdiction.code().isPresent()) {
            where.add(InspectionSql.hasTaskIn(scope));
        }
        if (state != null && !state.isBlank()) {
            String s = state.strip().toUpperCase(Locale.ROOT);
            if (!s.equals("OPEN") && !s.equals("CLOSED")) {
                throw InvalidInputException.badRequest(new FieldProblem("state", state, "enum.unknown", "[OPEN, CLOSED]"));
            }
            where.add(InspectionSql.inState(s));
        }
        if (event != null) {
            where.add("c.disaster_event_id = :event");
            params.addValue("event", event);
        }
        String sql = InspectionSql.campaigns(scope) + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY c.id DESC";
        return jdbc.queryForList(sql, params).stream().map(this::campaignBody).toList();
    }

    /** A campaign row for the client: lower-case keys, dates as text, the kind's label, closed and overdue. */
    private Map<String, Object> campaignBody(Map<String, Object> row) {
        Map<String, Object> body = lower(row);
        body.put("kind_label", labels.of(CampaignKind.class, (String) body.get("kind")));
        body.put("closed", body.get("closed_on") != null);
        body.put("overdue", pastDue(body) && ((Number) body.get("done")).longValue() < ((Number) body.get("tasks")).longValue());
        return body;
    }

    /** Open, with a due day before today. */
    private static boolean pastDue(Map<String, Object> campaign) {
        Object due = campaign.get("due_on");
        return campaign.get("closed_on") == null && due != null && LocalDate.parse(due.toString()).isBefore(LocalDate.now());
    }

    /** The campaign with its progress by township and village (done / to do / problems found). */
    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    Map<String, Object> one(@PathVariable long id) {
        Map<String, Object> campaign = campaigns.campaign(id);
        Map<String, Object> body = campaignBody(campaign);
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", id);
        List<Map<String, Object>> villages = jdbc.queryForList(
                        InspectionSql.progressByVillage(campaigns.taskScope(params), ranksVillages(campaign)), params)
                .stream().map(InspectionController::lower).toList();
        boolean pastDue = pastDue(body);
        Map<String, String> names = displayNames(villages);
        Map<String, Map<String, Long>> checks = fieldChecks(id);
        for (Map<String, Object> v : villages) {
            v.put("overdue", pastDue && ((Number) v.get("to_do")).longValue() > 0);
            v.put("assignee_name", names.get((String) v.get("assignee")));
            for (String k : FIELD_CHECKS) {
                v.put(k, checks.get(k).getOrDefault((String) v.get("village_code"), 0L));
            }
        }
        Map<String, Map<String, Object>> townships = new LinkedHashMap<>();
        for (Map<String, Object> v : villages) {
            Map<String, Object> t = townships.computeIfAbsent(String.valueOf(v.get("township_code")), code -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("township_code", v.get("township_code"));
                m.put("township_name", v.get("township_name"));
                for (String k : PROGRESS) {
                    m.put(k, 0L);
                }
                return m;
            });
            for (String k : PROGRESS) {
                t.put(k, ((Number) t.get(k)).longValue() + ((Number) v.get(k)).longValue());
            }
        }
        body.put("by_township", new ArrayList<>(townships.values()));
        for (String k : FIELD_CHECKS) {
            body.put(k, villages.stream().mapToLong(v -> ((Number) v.get(k)).longValue()).sum());
        }
        body.put("villages", villages);
        return body;
    }

    /** The figures of a village summed for its township and the campaign. */
    private static final List<String> PROGRESS = List.of("tasks", "done", "to_do", "problems", "evacuated_persons",
            "cases_opened", "conflicts", "to_review", "photos_missing");
    /** Of results sent from the field (issue 17): open conflicts, results to review, photos not arrived. */
    private static final List<String> FIELD_CHECKS = List.of("conflicts", "to_review", "photos_missing");

    /** {@link #FIELD_CHECKS} by village code, within the caller's jurisdiction. */
    private Map<String, Map<String, Long>> fieldChecks(long id) {
        Map<String, Map<String, Long>> checks = new java.util.HashMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", id);
        String scope = campaigns.taskScope(params);
        Map<String, String> sql = Map.of("conflicts", InspectionSql.conflictsByVillage(scope),
                "to_review", InspectionSql.toReviewByVillage(scope), "photos_missing", InspectionSql.photosMissingByVillage(scope));
        sql.forEach((k, q) -> {
            Map<String, Long> byVillage = new java.util.HashMap<>();
            jdbc.query(q, params, rs -> { byVillage.put(rs.getString("village_code"), rs.getLong("n")); });
            checks.put(k, byVillage);
        });
        return checks;
    }

    private Map<String, String> displayNames(List<Map<String, Object>> villages) {
        List<Object> usernames = villages.stream().map(v -> v.get("assignee")).filter(java.util.Objects::nonNull)
                .distinct().toList();
        Map<String, String> names = new java.util.HashMap<>();
        if (!usernames.isEmpty()) {
            jdbc.query(InspectionSql.DISPLAY_NAMES, Map.of("usernames", usernames),
                    rs -> { names.put(rs.getString("username"), rs.getString("display_name")); });
        }
        return names;
    }

    /**
     * {@code {village, team, account}}: the village's tasks go to the team and/or the account (a user
     * name from {@code …/assignees}); both are replaced, a missing one is cleared. 409 when closed.
     */
    @PutMapping("/{id}/assignments")
    Map<String, Object> assign(@PathVariable long id, @RequestBody JsonNode body) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("village", "team", "account", "actor"));
        String village = f.text("village", true, 12);
        String team = f.text("team", false, 100);
        String account = f.text("account", false, 50);
        if (village != null && !isVillage(village)) {
            f.problem("village", village, "adminCode.form");
        }
        f.throwIfInvalid();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("village", village);
        answer.put("team", team);
        answer.put("account", account);
        answer.put("tasks", campaigns.assign(id, village, team, account));
        return answer;
    }

    /**
     * The accounts the tasks of {@code village} can be given to (enabled, recording results, jurisdiction
     * covering the village, the most local first): {@code [{username, display_name, role,
     * jurisdiction_code, jurisdiction_name}]}. For county staff, who assign (403 for others).
     */
    @GetMapping("/{id}/assignees")
    @Transactional(readOnly = true)
    List<Map<String, Object>> assignees(@PathVariable long id, @RequestParam String village) {
        if (jurisdiction.user().map(u -> u.role() != Role.COUNTY_ADMIN && u.role() != Role.COUNTY_STAFF).orElse(false)) {
            throw new AccessDeniedException("assigning is for county staff");
        }
        if (!isVillage(village)) {
            throw InvalidInputException.badRequest(new FieldProblem("village", village, "adminCode.form"));
        }
        return campaigns.assignees(id, village.strip()).stream().map(InspectionController::lower).toList();
    }

    /**
     * Closes the campaign: {@code {closed_on, note, actor}} (the day defaults to today) → the campaign.
     * It leaves the field page and takes no more results, photos or assignments (409); its results stay.
     * 409 when it is closed already; 422 for a day in the future or before the campaign's start.
     */
    @PostMapping("/{id}/close")
    Map<String, Object> close(@PathVariable long id, @RequestBody(required = false) JsonNode body,
                              HttpServletRequest request) {
        JsonFields f = new JsonFields(body == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : body, "");
        f.rejectUnknown(List.of("closed_on", "note", "actor"));
        LocalDate day = f.date("closed_on", false);
        if (day != null && day.isAfter(LocalDate.now())) {
            f.problem("closed_on", day, "date.future");
        }
        String note = f.text("note", false, 1000);
        String actor = f.text("actor", false, 100);
        f.throwIfInvalid();
        campaigns.close(id, day == null ? LocalDate.now() : day, note, Actor.of(request, actor));
        return one(id);
    }

    private static boolean isVillage(String code) {
        return AdminCode.isValid(code.strip()) && new AdminCode(code.strip()).level() == AreaLevel.VILLAGE;
    }

    /**
     * Progress by village for the map, as GeoJSON: each village of the campaign (within the caller's
     * jurisdiction) as its boundary — or a point at the mean position of its houses when it has none —
     * with tasks, done, to_do, problems, evacuated_persons, cases_opened, team and a label point.
     */
    @GetMapping(path = "/{id}/villages", produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    void villages(@PathVariable long id, HttpServletResponse response) throws IOException {
        campaigns.campaign(id);
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", id);
        String sql = InspectionSql.villagesOnMap(campaigns.taskScope(params));
        response.setContentType("application/geo+json");
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> { });
            jdbc.query(sql, params, out::writeRow);
            out.finish(json -> { });
        }
    }

    /**
     * The tasks as GeoJSON house points in check order (see {@link InspectionSql#tasks}; {@code status=TODO|DONE}, {@code village=} to
     * filter), within the caller's jurisdiction: for the map and the phone.
     */
    @GetMapping(path = "/{id}/tasks", produces = {"application/geo+json", "application/json"})
    @Transactional(readOnly = true)
    void tasks(@PathVariable long id, @RequestParam(required = false) String status,
               @RequestParam(required = false) String village, HttpServletResponse response) throws IOException {
        Map<String, Object> campaign = campaigns.campaign(id);
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", id);
        boolean byStatus = status != null && !status.isBlank();
        if (byStatus) {
            String s = status.strip().toUpperCase(Locale.ROOT);
            if (!s.equals("TODO") && !s.equals("DONE")) {
                throw org.anju.system.InvalidInputException.badRequest(new FieldProblem("status", status, "enum.unknown",
                        "[TODO, DONE]"));
            }
            params.addValue("status", s);
        }
        boolean byVillage = village != null && !village.isBlank();
        if (byVillage) {
            if (!AdminCode.isValid(village.strip()) || new AdminCode(village.strip()).level() != AreaLevel.VILLAGE) {
                throw org.anju.system.InvalidInputException.badRequest(new FieldProblem("village", village,
                        "adminCode.form"));
            }
            params.addValue("village", village.strip());
        }
        String sql = InspectionSql.tasks(byStatus, byVillage, campaigns.taskScope(params), ranksVillages(campaign));
        response.setContentType("application/geo+json");
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> { });
            jdbc.query(sql, params, out::writeRow);
            out.finish(json -> { });
        }
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v instanceof java.sql.Date d ? d.toLocalDate().toString()
                : v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v));
        return m;
    }

    /** An emergency campaign checks its villages in the ranking of the affected villages, others by code. */
    private static boolean ranksVillages(Map<String, Object> campaign) {
        return CampaignKind.EMERGENCY.name().equals(campaign.get("kind"));
    }
}
