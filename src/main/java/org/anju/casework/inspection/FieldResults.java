package org.anju.casework.inspection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.anju.audit.AuditLog;
import org.anju.casework.Actor;
import org.anju.house.SafetyGrade;
import org.anju.household.MainHousehold;
import org.anju.security.Jurisdiction;
import org.anju.security.Role;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.system.StaleVersionException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field results as the phones send them (issue 17), every one kept as a row of its own:
 * <ul>
 *   <li><b>Idempotent</b>: a result carries the phone's UUID ({@code client_id}); sending it again
 *   answers the stored result (same id) and creates nothing; the same UUID with other content is a
 *   409. Without a UUID (an older client) the server makes one, and the result is a new one each time.</li>
 *   <li><b>Conflicts kept</b> (冲突): a result from the outbox (with a UUID) for a task that changed
 *   since the phone read it (another inspector's result, unless it is the phone's own earlier result
 *   named by {@code replaces}) or for a house changed since (an office edit: {@code house_version}) is
 *   stored with the server's side at that moment and not applied; the township or county takes the
 *   field's version or keeps the server's ({@link #resolve}), audited. Without a UUID a stale version
 *   is a 409 as before ({@link StaleVersionException}) and nothing is written.</li>
 *   <li><b>Evidence</b>: position, accuracy and the distance to the house are kept; too far or too
 *   imprecise flags the result for review ({@link ResultEvidence}), it is not refused. The photos the
 *   result names ({@code photos}: their client ids) that have not arrived are counted as missing
 *   (照片未到) until they do.</li>
 * </ul>
 * Results of one task queue on the task's row lock, so that each sees what the one before it left.
 */
@Service
public class FieldResults {

    static final String APPLIED = "APPLIED";
    static final String CONFLICT = "CONFLICT";
    static final String TAKEN_FROM_FIELD = "TAKEN_FROM_FIELD";
    static final String KEPT_SERVER = "KEPT_SERVER";

    private final NamedParameterJdbcTemplate jdbc;
    private final InspectionCampaigns campaigns;
    private final Jurisdiction jurisdiction;
    private final FieldWorkProperties settings;
    private final AuditLog audit;

    FieldResults(NamedParameterJdbcTemplate jdbc, InspectionCampaigns campaigns, Jurisdiction jurisdiction,
                 FieldWorkProperties settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.jurisdiction = jurisdiction;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * A result as sent.
     *
     * @param clientId     the phone's UUID (lower case), or null for a client that sends none
     * @param form         the finding, with the task's version the phone saw
     * @param accuracy     the phone's position accuracy in metres, or null
     * @param houseVersion the house's version the phone saw (its offline package), or null: not checked
     * @param replaces     the client id of the phone's own earlier result of this task that this one corrects
     * @param photos       the client ids of the photos that belong to this result (maybe none)
     */
    public record Submission(String clientId, InspectionCampaigns.ResultForm form, Double accuracy, Integer houseVersion,
                             String replaces, List<String> photos) {

        public Submission {
            photos = photos == null ? List.of() : List.copyOf(new TreeSet<>(photos));
        }

        /** The content a replay must repeat: everything but the client id, in a fixed order. */
        String digest(long task) {
            InspectionCampaigns.ResultForm f = form;
            String canonical = String.join("\u001f", String.valueOf(task), String.valueOf(f.grade()), f.occupancy(),
                    String.valueOf(f.evacuatedPersons()), String.valueOf(f.note()), String.valueOf(f.inspectedOn()),
                    String.valueOf(f.lon()), String.valueOf(f.lat()), String.valueOf(accuracy), String.valueOf(f.version()),
                    String.valueOf(houseVersion), String.valueOf(replaces), String.join(",", photos));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A result as stored.
     *
     * @param status         APPLIED (in force on the task or it was), CONFLICT (waiting for the township or
     *                       county), TAKEN_FROM_FIELD or KEPT_SERVER (a conflict resolved)
     * @param conflictReason TASK_CHANGED, HOUSE_CHANGED, BOTH_CHANGED, or null
     * @param review         FAR, POOR_ACCURACY (待核查), or none
     * @param replayed       true when this answers a repeat of a result already stored
     */
    public record StoredResult(long id, String clientId, long task, String status, Long caseOpened,
                               String conflictReason, Double distanceMetres, Double accuracyMetres,
                               List<String> review, long photosDeclared, long photosMissing, boolean replayed) {
    }

    /**
     * Stores a result and, unless it is a conflict, applies it to the task.
     *
     * @throws NotFoundException      the task is not in this campaign or outside the jurisdiction
     * @throws InvalidInputException  409 for a client id already used for other content, or a closed campaign
     * @throws StaleVersionException  without a client id, for a task or house changed since it was read
     */
    @Transactional
    public StoredResult submit(long campaign, long task, Submission s, Actor actor) {
        jurisdiction.requireEditable((String) campaigns.task(campaign, task).get("village_code"));
        Map<String, Object> row = campaigns.lockedTask(campaign, task);
        String digest = s.digest(task);
        if (s.clientId() != null) {
            Optional<Map<String, Object>> stored = byClientId(s.clientId());
            if (stored.isPresent()) {
                return replay(stored.get(), task, digest);
            }
        }
        campaigns.requireOpen(campaign);
        long houseId = ((Number) row.get("house_id")).longValue();
        int houseVersion = ((Number) jdbc.queryForMap(FieldResultSql.HOUSE_LOCKED, Map.of("house", houseId))
                .get("version")).intValue();
        int taskVersion = ((Number) row.get("version")).intValue();
        String inForce = jdbc.queryForList(FieldResultSql.RESULT_IN_FORCE, Map.of("task", task), String.class).stream()
                .findFirst().orElse(null);
        boolean correctsItsOwn = s.replaces() != null && s.replaces().equals(inForce);
        boolean taskChanged = taskVersion != s.form().version() && !correctsItsOwn;
        boolean houseChanged = s.houseVersion() != null && s.houseVersion() != houseVersion;
        if (s.clientId() == null && taskChanged) {
            throw new StaleVersionException("inspectionTask", task, s.form().version(), taskVersion);
        }
        if (s.clientId() == null && houseChanged) {
            throw new StaleVersionException("house", row.get("house_code"), s.houseVersion(), houseVersion);
        }
        String conflict = taskChanged && houseChanged ? "BOTH_CHANGED" : taskChanged ? "TASK_CHANGED"
                : houseChanged ? "HOUSE_CHANGED" : null;
        Map<String, Object> house = jdbc.queryForMap(FieldResultSql.HOUSE_POINT, Map.of("house", houseId));
        ResultEvidence evidence = ResultEvidence.of(number(house.get("lon")), number(house.get("lat")),
                s.form().lon(), s.form().lat(), s.accuracy(), settings);
        InspectionCampaigns.ResultForm f = s.form();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(FieldResultSql.INSERT, new MapSqlParameterSource()
                .addValue("clientId", s.clientId() != null ? s.clientId() : UUID.randomUUID().toString())
                .addValue("digest", digest).addValue("campaign", campaign).addValue("task", task)
                .addValue("status", conflict == null ? APPLIED : CONFLICT)
                .addValue("grade", f.grade() == null ? null : f.grade().name()).addValue("occupancy", f.occupancy())
                .addValue("evacuated", f.evacuatedPersons()).addValue("note", f.note())
                .addValue("inspectedOn", f.inspectedOn()).addValue("lon", f.lon()).addValue("lat", f.lat())
                .addValue("accuracy", f.lon() == null ? null : s.accuracy())
                .addValue("distance", evidence.distanceMetres()).addValue("review", evidence.stored())
                .addValue("seenTask", f.version()).addValue("seenHouse", s.houseVersion())
                .addValue("replaces", s.replaces()).addValue("conflictReason", conflict)
                .addValue("serverSide", conflict == null ? null : serverSide(task))
                .addValue("actor", actor.name()), key, new String[] {"id"});
        long id = key.getKey().longValue();
        for (String photo : s.photos()) {
            jdbc.update(FieldResultSql.INSERT_PHOTO, Map.of("result", id, "photo", photo));
        }
        if (conflict == null) {
            InspectionCampaigns.Applied applied = campaigns.apply(row, f, taskVersion, id, actor);
            if (!applied.applied()) {   // cannot happen under the task's lock; never apply silently anyway
                throw new StaleVersionException("inspectionTask", task, f.version(), taskVersion);
            }
            if (applied.caseOpened() != null) {
                jdbc.update(FieldResultSql.SET_CASE, Map.of("case", applied.caseOpened(), "id", id));
            }
        }
        return answer(one(campaign, id), false);
    }

    /**
     * The stored result of a client id sent again (after its answer was lost, or twice at once), if it is
     * the same result: same task, same content.
     *
     * @throws InvalidInputException 409 when the client id belongs to another result
     */
    @Transactional(readOnly = true)
    public Optional<StoredResult> replayOf(String clientId, long task, Submission s) {
        return byClientId(clientId).map(stored -> replay(stored, task, s.digest(task)));
    }

    private StoredResult replay(Map<String, Object> stored, long task, String digest) {
        if (((Number) stored.get("task_id")).longValue() != task || !digest.equals(stored.get("content_sha256"))) {
            throw InvalidInputException.conflict(new FieldProblem("client_id", stored.get("client_id"),
                    "inspection.result.clientIdReused", stored.get("client_id"), stored.get("task_id")));
        }
        return answer(stored, true);
    }

    private Optional<Map<String, Object>> byClientId(String clientId) {
        return jdbc.queryForList(FieldResultSql.BY_CLIENT_ID, Map.of("clientId", clientId)).stream().findFirst();
    }

    private Map<String, Object> one(long campaign, long id) {
        return jdbc.queryForList(FieldResultSql.BY_ID, Map.of("id", id, "campaign", campaign)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("inspectionResult", id));
    }

    private String serverSide(long task) {
        Map<String, Object> side = new LinkedHashMap<>();
        jdbc.queryForMap(FieldResultSql.SERVER_SIDE, Map.of("task", task))
                .forEach((k, v) -> side.put(k.toLowerCase(java.util.Locale.ROOT), v instanceof java.sql.Timestamp t
                        ? t.toInstant().toString() : v));
        return AuditLog.json(side);
    }

    private static StoredResult answer(Map<String, Object> r, boolean replayed) {
        return new StoredResult(((Number) r.get("id")).longValue(), (String) r.get("client_id"),
                ((Number) r.get("task_id")).longValue(), (String) r.get("status"),
                r.get("case_id") == null ? null : ((Number) r.get("case_id")).longValue(),
                (String) r.get("conflict_reason"), number(r.get("distance_metres")), number(r.get("accuracy_metres")),
                ResultEvidence.parse((String) r.get("review")), ((Number) r.get("photos_declared")).longValue(),
                ((Number) r.get("photos_missing")).longValue(), replayed);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    // ---- conflicts (冲突) --------------------------------------------------------------------------------

    /**
     * The conflicts of a campaign within the caller's jurisdiction, oldest first: open ones, or all
     * ({@code onlyOpen} false) with how each was resolved. For township and county staff (403 otherwise).
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> conflicts(long campaign, boolean onlyOpen) {
        requireResolver();
        campaigns.campaign(campaign);
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", campaign);
        List<Map<String, Object>> rows = jdbc.queryForList(FieldResultSql.conflicts(campaigns.taskScope(params), onlyOpen,
                false, MainHousehold.JOIN), params);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            out.add(conflictView(row));
        }
        return out;
    }

    private static Map<String, Object> conflictView(Map<String, Object> raw) {
        Map<String, Object> r = new LinkedHashMap<>();
        raw.forEach((k, v) -> r.put(k.toLowerCase(java.util.Locale.ROOT), v instanceof java.sql.Date d ? d.toLocalDate().toString()
                : v instanceof java.sql.Timestamp t ? t.toInstant().toString() : v));
        Map<String, Object> view = new LinkedHashMap<>();
        for (String k : List.of("id", "client_id", "task_id", "status", "conflict_reason", "house_code", "village_code",
                "village_name", "head_name", "recorded_by", "recorded_at", "resolved_by", "resolved_at", "resolution_note",
                "case_id")) {
            view.put(k, r.get(k));
        }
        Map<String, Object> field = new LinkedHashMap<>();
        for (String k : List.of("found_grade", "occupancy", "evacuated_persons", "note", "inspected_on", "lon", "lat",
                "accuracy_metres", "distance_metres", "seen_task_version", "seen_house_version", "photos_declared",
                "photos_missing")) {
            field.put(k, r.get(k));
        }
        field.put("review", ResultEvidence.parse((String) r.get("review")));
        field.put("inspected_by", r.get("recorded_by"));
        view.put("field", field);
        view.put("server_then", r.get("server_side") == null ? null
                : tools.jackson.databind.json.JsonMapper.builder().build().readTree((String) r.get("server_side")));
        Map<String, Object> now = new LinkedHashMap<>();
        for (String k : List.of("status", "found_grade", "occupancy", "evacuated_persons", "note", "inspected_on",
                "inspected_by", "task_version", "house_grade", "house_occupancy", "house_version")) {
            now.put(k, r.get("now_" + k));
        }
        view.put("server_now", now);
        return view;
    }

    /**
     * Resolves a conflict: {@code takeField} applies the field's result to the task as it is now (its
     * inspector stays the one who recorded it; a C/D finding may open a case), otherwise the server's
     * side stays and the field's result is kept as evidence. Audited ({@code INSPECTION_CONFLICT_RESOLVE}).
     *
     * @throws InvalidInputException 409 when it was resolved already, or — to take the field's — the
     *                               campaign is closed
     */
    @Transactional
    public Map<String, Object> resolve(long campaign, long resultId, boolean takeField, String note, Actor actor) {
        requireResolver();
        Map<String, Object> result = one(campaign, resultId);
        long task = ((Number) result.get("task_id")).longValue();
        jurisdiction.requireEditable((String) campaigns.task(campaign, task).get("village_code"));
        Map<String, Object> row = campaigns.lockedTask(campaign, task);
        if (!CONFLICT.equals(result.get("status"))) {
            throw InvalidInputException.conflict(new FieldProblem("result", resultId, "inspection.conflict.resolved",
                    result.get("resolved_by"), String.valueOf(result.get("resolved_at"))));
        }
        String before = serverSide(task);
        Long opened = null;
        if (takeField) {
            campaigns.requireOpen(campaign);
            InspectionCampaigns.ResultForm form = new InspectionCampaigns.ResultForm(
                    result.get("found_grade") == null ? null : SafetyGrade.valueOf((String) result.get("found_grade")),
                    (String) result.get("occupancy"), result.get("evacuated_persons") == null ? null
                            : ((Number) result.get("evacuated_persons")).intValue(), number(result.get("lon")),
                    number(result.get("lat")), (String) result.get("note"), date(result.get("inspected_on")),
                    ((Number) row.get("version")).intValue());
            InspectionCampaigns.Applied applied = campaigns.apply(row, form, form.version(), resultId,
                    new Actor((String) result.get("recorded_by")));
            opened = applied.caseOpened();
        }
        int resolved = jdbc.update(FieldResultSql.RESOLVE, new MapSqlParameterSource("id", resultId)
                .addValue("status", takeField ? TAKEN_FROM_FIELD : KEPT_SERVER).addValue("actor", actor.name())
                .addValue("note", note).addValue("case", opened));
        if (resolved == 0) {
            throw InvalidInputException.conflict(new FieldProblem("result", resultId, "inspection.conflict.resolved",
                    "", ""));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("result", resultId);
        detail.put("client_id", result.get("client_id"));
        detail.put("task", task);
        detail.put("house", row.get("house_code"));
        detail.put("taken", takeField ? "FIELD" : "SERVER");
        detail.put("note", note);
        detail.put("server_before", before);
        detail.put("server_after", serverSide(task));
        audit.event("INSPECTION_CONFLICT_RESOLVE", "inspection " + campaign, 1L, detail);
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", campaign).addValue("id", resultId);
        return jdbc.queryForList(FieldResultSql.conflicts(campaigns.taskScope(params), false, true, MainHousehold.JOIN),
                params).stream().map(FieldResults::conflictView).findFirst().orElseThrow();
    }

    /** Conflicts are for township and county staff: a village inspector, an emergency team or a planner gets 403. */
    private void requireResolver() {
        if (jurisdiction.user().map(u -> u.role() != Role.COUNTY_ADMIN && u.role() != Role.COUNTY_STAFF
                && u.role() != Role.TOWNSHIP_STAFF).orElse(false)) {
            throw new AccessDeniedException("conflicts are resolved by township and county staff");
        }
    }

    private static java.time.LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : java.time.LocalDate.parse(value.toString());
    }
}
