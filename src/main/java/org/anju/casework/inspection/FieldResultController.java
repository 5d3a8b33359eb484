package org.anju.casework.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.anju.casework.Actor;
import org.anju.house.SafetyGrade;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.JsonFields;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Field results over HTTP (see {@link FieldResults}): recording one (idempotent by the phone's UUID),
 * and the conflicts (冲突) of a campaign for the township and county to resolve.
 */
@RestController
@RequestMapping("/api/inspections/{id}")
class FieldResultController {

    static final List<String> OCCUPANCIES = List.of("OCCUPIED", "VACANT", "SEASONAL", "MOVED_OUT", "DEMOLISHED");
    /** A UUID as phones make them ({@code crypto.randomUUID()}): 8-4-4-4-12 hex digits. */
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_PHOTOS = 100;

    private final FieldResults results;

    FieldResultController(FieldResults results) {
        this.results = results;
    }

    /**
     * Records a field result: {@code {client_id, grade, occupancy, evacuated_persons, lon, lat, accuracy,
     * note, inspected_on, version, house_version, replaces, photos, actor}} → 200 with the stored result
     * ({@code {id, client_id, task, status, case_opened, conflict_reason, distance_metres, accuracy_metres,
     * review, photos_declared, photos_missing, replayed}}). The same {@code client_id} again answers the
     * stored result (200, {@code replayed: true}) and creates nothing; with other content: 409.
     */
    @PostMapping("/tasks/{task}/result")
    FieldResults.StoredResult record(@PathVariable long id, @PathVariable long task, @RequestBody JsonNode body,
                                     HttpServletRequest request) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("client_id", "grade", "occupancy", "evacuated_persons", "lon", "lat", "accuracy", "note",
                "inspected_on", "version", "house_version", "replaces", "photos", "actor"));
        String clientId = uuid(f, "client_id");
        SafetyGrade grade = f.enumValue("grade", SafetyGrade.class, false, null);
        if (grade == SafetyGrade.UNASSESSED) {
            f.problem("grade", grade, "assessment.gradeRequired");
        }
        String occupancy = f.text("occupancy", true, 10);
        if (occupancy != null && !OCCUPANCIES.contains(occupancy.toUpperCase(Locale.ROOT))) {
            f.problem("occupancy", occupancy, "enum.unknown", OCCUPANCIES.toString());
        }
        Integer evacuated = f.integer("evacuated_persons", false, 0, 100);
        BigDecimal lon = f.decimal("lon", false, new BigDecimal("73"), new BigDecimal("136"));
        BigDecimal lat = f.decimal("lat", false, new BigDecimal("3"), new BigDecimal("54"));
        if ((lon == null) != (lat == null) && f.problems().isEmpty()) {
            f.problem(lon == null ? "lon" : "lat", null, "field.required");
        }
        BigDecimal accuracy = f.decimal("accuracy", false, BigDecimal.ZERO, new BigDecimal("100000"));
        String note = f.text("note", false, 1000);
        LocalDate day = f.date("inspected_on", false);
        if (day != null && day.isAfter(LocalDate.now())) {
            f.problem("inspected_on", day, "date.future");
        }
        Integer version = f.integer("version", true, 0, Integer.MAX_VALUE);
        Integer houseVersion = f.integer("house_version", false, 0, Integer.MAX_VALUE);
        String replaces = uuid(f, "replaces");
        List<String> photos = uuids(f, "photos");
        String actor = f.text("actor", false, 100);
        f.throwIfInvalid();
        FieldResults.Submission submission = new FieldResults.Submission(clientId, new InspectionCampaigns.ResultForm(
                grade, occupancy.toUpperCase(Locale.ROOT), evacuated, lon == null ? null : lon.doubleValue(),
                lat == null ? null : lat.doubleValue(), note, day == null ? LocalDate.now() : day, version),
                accuracy == null ? null : accuracy.doubleValue(), houseVersion, replaces, photos);
        Actor who = Actor.of(request, actor);
        try {
            return results.submit(id, task, submission, who);
        } catch (DataIntegrityViolationException e) {
            // the same client id sent twice at once, to two tasks: the first one stored is the answer
            if (clientId == null) {
                throw e;
            }
            return results.replayOf(clientId, task, submission).orElseThrow(() -> e);
        }
    }

    /**
     * The campaign's conflicts (冲突) within the caller's jurisdiction: {@code state=OPEN} (default) the
     * ones waiting, {@code ALL} with the resolved ones. Each gives the field's version, the server's when
     * the result came ({@code server_then}) and now ({@code server_now}). Township and county staff.
     */
    @GetMapping("/conflicts")
    List<Map<String, Object>> conflicts(@PathVariable long id, @RequestParam(required = false) String state) {
        String s = state == null || state.isBlank() ? "OPEN" : state.strip().toUpperCase(Locale.ROOT);
        if (!s.equals("OPEN") && !s.equals("ALL")) {
            throw InvalidInputException.badRequest(new FieldProblem("state", state, "enum.unknown", "[OPEN, ALL]"));
        }
        return results.conflicts(id, s.equals("OPEN"));
    }

    /**
     * Resolves a conflict: {@code {take: "FIELD" | "SERVER", note}} → the conflict as resolved. FIELD
     * applies the field's result to the task; SERVER keeps the server's side (the field's result stays
     * as evidence). 409 when it was resolved already.
     */
    @PostMapping("/conflicts/{result}/resolution")
    Map<String, Object> resolve(@PathVariable long id, @PathVariable long result, @RequestBody JsonNode body,
                                HttpServletRequest request) {
        JsonFields f = new JsonFields(body, "");
        f.rejectUnknown(List.of("take", "note", "actor"));
        String take = f.text("take", true, 10);
        if (take != null && !List.of("FIELD", "SERVER").contains(take.toUpperCase(Locale.ROOT))) {
            f.problem("take", take, "enum.unknown", "[FIELD, SERVER]");
        }
        String note = f.text("note", false, 1000);
        String actor = f.text("actor", false, 100);
        f.throwIfInvalid();
        return results.resolve(id, result, take.toUpperCase(Locale.ROOT).equals("FIELD"), note, Actor.of(request, actor));
    }

    private static String uuid(JsonFields f, String field) {
        String text = f.text(field, false, 36);
        if (text != null && !UUID.matcher(text).matches()) {
            f.problem(field, text, "field.notUuid");
            return null;
        }
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static List<String> uuids(JsonFields f, String field) {
        JsonNode node = f.node(field);
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray() || node.size() > MAX_PHOTOS) {
            f.problem(field, null, "inspection.result.photos", MAX_PHOTOS);
            return out;
        }
        for (JsonNode n : node) {
            if (!n.isString() || !UUID.matcher(n.asString()).matches()) {
                f.problem(field, n.toString(), "field.notUuid");
            } else {
                out.add(n.asString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
