package org.anju.casework.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.area.AdminCode;
import org.anju.area.AreaScope;
import org.anju.audit.AuditLog;
import org.anju.casework.Actor;
import org.anju.casework.CaseLedger;
import org.anju.casework.HousingCase;
import org.anju.casework.Programme;
import org.anju.emergency.AffectedHouses;
import org.anju.house.SafetyGrade;
import org.anju.security.Jurisdiction;
import org.anju.security.Role;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.system.StaleVersionException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 排查: creates campaigns with one task per house (in SQL, or for emergencies from the houses
 * {@link AffectedHouses} finds in the disaster footprint, in batches), assigns villages to teams,
 * records field results and opens a case when a C/D house of a target household is found, and closes
 * campaigns: a closed campaign (排查活动结束) takes no more results, photos or assignments (409), and its
 * results stay. Creating, assigning and closing are written to the audit log in their transaction.
 */
@Service
public class InspectionCampaigns {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final AffectedHouses affected;
    private final CaseLedger ledger;
    private final Jurisdiction jurisdiction;
    private final AuditLog audit;

    InspectionCampaigns(NamedParameterJdbcTemplate jdbc, AffectedHouses affected, CaseLedger ledger,
                        Jurisdiction jurisdiction, AuditLog audit) {
        this.jdbc = jdbc;
        this.affected = affected;
        this.ledger = ledger;
        this.jurisdiction = jurisdiction;
        this.audit = audit;
    }

    /** A new campaign: what it covers and who starts it. */
    public record CampaignForm(String name, CampaignKind kind, String areaCode, Long disasterEventId,
                               double bufferMetres, LocalDate startedOn, LocalDate dueOn) {
    }

    /** A field result. */
    public record ResultForm(SafetyGrade grade, String occupancy, Integer evacuatedPersons, Double lon, Double lat,
                             String note, LocalDate inspectedOn, int version) {
    }

    /**
     * Creates the campaign and its tasks; returns the campaign id.
     *
     * @throws InvalidInputException 422 for an area that does not exist or lies outside the caller's
     *                               jurisdiction, an emergency without an event; 409 when the event already
     *                               has an emergency campaign that is not closed (close it first)
     */
    @Transactional
    public long create(CampaignForm form, Actor actor) {
        if (!AdminCode.isValid(form.areaCode())) {
            throw InvalidInputException.unprocessable(new FieldProblem("area", form.areaCode(), "adminCode.form"));
        }
        if (jdbc.queryForList("SELECT code FROM admin_area WHERE code = :code", Map.of("code", form.areaCode()),
                String.class).isEmpty() || !withinJurisdiction(new AdminCode(form.areaCode()))) {
            throw InvalidInputException.unprocessable(new FieldProblem("area", form.areaCode(), "inspection.area.unknown"));
        }
        if (form.kind() == CampaignKind.EMERGENCY && form.disasterEventId() == null) {
            throw InvalidInputException.unprocessable(new FieldProblem("disaster_event", null, "inspection.emergency.event"));
        }
        if (form.kind() == CampaignKind.EMERGENCY) {
            List<Map<String, Object>> running = jdbc.queryForList(InspectionSql.OPEN_EMERGENCY_OF_EVENT,
                    Map.of("event", form.disasterEventId()));
            if (!running.isEmpty()) {
                throw InvalidInputException.conflict(new FieldProblem("disaster_event", form.disasterEventId(),
                        "inspection.emergency.running", running.get(0).get("name"), running.get(0).get("id")));
            }
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO inspection_campaign (name, kind, area_code, disaster_event_id, buffer_metres, started_on,
                                                 due_on, created_by, created_at)
                VALUES (:name, :kind, :area, :event, :buffer, :started, :due, :actor, CURRENT_TIMESTAMP)
                """, new MapSqlParameterSource().addValue("name", form.name()).addValue("kind", form.kind().name())
                .addValue("area", form.areaCode()).addValue("event", form.disasterEventId())
                .addValue("buffer", form.kind() == CampaignKind.EMERGENCY ? form.bufferMetres() : null)
                .addValue("started", form.startedOn()).addValue("due", form.dueOn()).addValue("actor", actor.name()),
                key, new String[] {"id"});
        long id = key.getKey().longValue();
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", id);
        String inArea = AreaScope.villageIn("h.village_code", List.of(form.areaCode()), "area", params);
        switch (form.kind()) {
            case PERSON_TO_HOUSE -> jdbc.update(InspectionSql.personToHouse(inArea), params);
            case HOUSE_TO_PERSON, AFTER_RAINY_SEASON, AFTER_THAW -> jdbc.update(InspectionSql.allHouses(inArea), params);
            case EMERGENCY -> emergencyTasks(id, form);
        }
        Long tasks = jdbc.queryForObject("SELECT COUNT(*) FROM inspection_task WHERE campaign_id = :campaign", params,
                Long.class);
        audit.event("INSPECTION_CREATE", "inspection " + id, tasks, details("name", form.name(), "kind", form.kind(),
                "area", form.areaCode(), "disaster_event", form.disasterEventId(), "buffer_metres",
                form.kind() == CampaignKind.EMERGENCY ? form.bufferMetres() : null, "started_on", form.startedOn(),
                "due_on", form.dueOn(), "tasks", tasks));
        return id;
    }

    /** Whether the area lies inside the caller's jurisdiction (always, without a restriction). */
    private boolean withinJurisdiction(AdminCode area) {
        return jurisdiction.code().map(AdminCode::new).map(j -> area.firstVillage().compareTo(j.firstVillage()) >= 0
                && area.lastVillage().compareTo(j.lastVillage()) <= 0).orElse(true);
    }

    /** The houses the footprint hits inside the campaign's area, inserted in batches. */
    private void emergencyTasks(long campaign, CampaignForm form) {
        AdminCode area = new AdminCode(form.areaCode());
        List<Long> batch = new ArrayList<>(BATCH);
        affected.forEachAffectedHouse(form.disasterEventId(), form.bufferMetres(), house -> {
            batch.add(house);
            if (batch.size() == BATCH) {
                insert(campaign, batch, area);
            }
        });
        insert(campaign, batch, area);
    }

    private void insert(long campaign, List<Long> houses, AdminCode area) {
        if (houses.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = houses.stream().map(h -> new MapSqlParameterSource("campaign", campaign)
                .addValue("house", h).addValue("firstVillage", area.firstVillage())
                .addValue("lastVillage", area.lastVillage())).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate(InspectionSql.INSERT_TASK_IN_AREA, rows);
        houses.clear();
    }

    /**
     * Assigns the tasks of a village to a team and/or an account, replacing both (null clears); returns
     * the number of tasks. The account must be enabled, have a role that records results and a
     * jurisdiction covering the village.
     *
     * @throws InvalidInputException 409 when the campaign is closed; 422 for an account that cannot take it
     */
    @Transactional
    public int assign(long campaign, String village, String team, String account) {
        requireOpen(campaign(campaign));
        if (account != null) {
            checkAssignee(account, village);
        }
        int tasks = jdbc.update(InspectionSql.ASSIGN, new MapSqlParameterSource("campaign", campaign)
                .addValue("village", village).addValue("team", team).addValue("account", account));
        audit.event("INSPECTION_ASSIGN", "inspection " + campaign, (long) tasks, details("village", village,
                "team", team, "account", account));
        return tasks;
    }

    private void checkAssignee(String username, String village) {
        List<Map<String, Object>> found = jdbc.queryForList(InspectionSql.ACCOUNT, Map.of("username", username));
        if (found.isEmpty() || !Boolean.TRUE.equals(found.get(0).get("enabled"))) {
            throw InvalidInputException.unprocessable(new FieldProblem("account", username, "inspection.assignee.unknown"));
        }
        Role role = Role.valueOf((String) found.get(0).get("role"));
        if (!role.editsRecords()) {
            throw InvalidInputException.unprocessable(new FieldProblem("account", username,
                    "inspection.assignee.cannotRecord"));
        }
        String area = (String) found.get(0).get("jurisdiction_code");
        if (area != null && !coveringAreas(village).contains(area)) {
            throw InvalidInputException.unprocessable(new FieldProblem("account", username, "inspection.assignee.outside",
                    village));
        }
    }

    /**
     * The accounts a village's tasks can be given to: enabled, recording results (county, township and
     * village staff), with a jurisdiction covering the village — the village's own first, then the
     * township's, then county-wide ones; at most 200.
     */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> assignees(long campaign, String village) {
        campaign(campaign);
        return jdbc.queryForList(InspectionSql.ASSIGNEES, new MapSqlParameterSource("areas", coveringAreas(village)));
    }

    /**
     * Closes the campaign: it leaves the field page and takes no more results, photos or assignments;
     * its tasks and results stay.
     *
     * @throws InvalidInputException 409 when it is closed already; 422 for a day before its start
     */
    @Transactional
    public void close(long campaign, LocalDate closedOn, String note, Actor actor) {
        Map<String, Object> row = campaign(campaign);
        requireOpen(row);
        Object startedOn = row.get("started_on");
        LocalDate started = startedOn instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(startedOn.toString());
        if (closedOn.isBefore(started)) {
            throw InvalidInputException.unprocessable(new FieldProblem("closed_on", closedOn,
                    "inspection.close.beforeStart", started));
        }
        int closed = jdbc.update(InspectionSql.CLOSE, new MapSqlParameterSource("campaign", campaign)
                .addValue("closedOn", closedOn).addValue("actor", actor.name()).addValue("note", note)
                .addValue("closedAt", java.sql.Timestamp.from(java.time.Instant.now())));
        if (closed == 0) {   // closed by someone else since it was read
            requireOpen(campaign(campaign));
        }
        audit.event("INSPECTION_CLOSE", "inspection " + campaign, ((Number) row.get("tasks")).longValue(),
                details("name", row.get("name"), "closed_on", closedOn, "note", note, "tasks", row.get("tasks"),
                        "done", row.get("done")));
    }

    /** Refuses (409) a change to a closed campaign, naming the day it was closed. */
    private static void requireOpen(Map<String, Object> campaign) {
        Object closedOn = campaign.get("closed_on");
        if (closedOn != null) {
            throw InvalidInputException.conflict(new FieldProblem("campaign", campaign.get("id"), "inspection.closed",
                    campaign.get("name"), closedOn.toString()));
        }
    }

    /** Refuses (409) a result or photo for a task of a closed campaign. */
    void requireOpen(long campaign) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT id, name, closed_on FROM inspection_campaign WHERE id = :id", Map.of("id", campaign));
        if (!rows.isEmpty()) {
            requireOpen(rows.get(0));
        }
    }

    /** The village and every area above it (township, county, city, province): the jurisdictions covering it. */
    static List<String> coveringAreas(String village) {
        List<String> codes = new ArrayList<>();
        for (AdminCode code = new AdminCode(village); code != null; code = code.parent()) {
            codes.add(code.value());
        }
        return codes;
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** What applying a result to its task did: whether it was applied, and the case it opened (or null). */
    record Applied(boolean applied, Long caseOpened) {
    }

    /**
     * Applies a result to its task, which must still be at {@code version}: the task is done with the
     * finding, {@code resultId} is the result in force on it, the house's {@code last_inspected_on}
     * moves on. A C/D finding at a house where a target household lives and that has no case yet opens
     * one (state DISCOVERED unless the house is graded C/D already): the county then has a week to
     * assess it. The caller has checked jurisdiction, the campaign being open, and locked the task.
     *
     * @param task the task's row ({@link #task})
     * @return not applied (and nothing written) when the task is no longer at {@code version}
     */
    Applied apply(Map<String, Object> task, ResultForm result, int version, Long resultId, Actor actor) {
        long taskId = ((Number) task.get("id")).longValue();
        int updated = jdbc.update(InspectionSql.RECORD, new MapSqlParameterSource("campaign", task.get("campaign_id"))
                .addValue("task", taskId).addValue("version", version)
                .addValue("grade", result.grade() == null ? null : result.grade().name())
                .addValue("occupancy", result.occupancy()).addValue("evacuated", result.evacuatedPersons())
                .addValue("lon", result.lon()).addValue("lat", result.lat()).addValue("note", result.note())
                .addValue("inspectedOn", result.inspectedOn()).addValue("actor", actor.name())
                .addValue("result", resultId));
        if (updated == 0) {
            return new Applied(false, null);
        }
        jdbc.update("UPDATE house SET last_inspected_on = :day WHERE id = :house AND "
                + "(last_inspected_on IS NULL OR last_inspected_on < :day)",
                Map.of("day", result.inspectedOn(), "house", task.get("house_id")));
        boolean dangerous = result.grade() == SafetyGrade.C || result.grade() == SafetyGrade.D;
        boolean target = ((Number) task.get("target_households")).longValue() > 0;
        boolean hasCase = jdbc.queryForObject("SELECT COUNT(*) FROM casework_case WHERE house_id = :house",
                Map.of("house", task.get("house_id")), Long.class) > 0;
        if (dangerous && target && !hasCase) {
            HousingCase opened = ledger.open((String) task.get("house_code"), null, Programme.DANGEROUS_HOUSE,
                    result.inspectedOn(), "排查发现（排查任务 " + taskId + "）：初判" + result.grade() + "级", actor);
            jdbc.update("UPDATE inspection_task SET case_id = :case WHERE id = :task",
                    Map.of("case", opened.getId(), "task", taskId));
            return new Applied(true, opened.getId());
        }
        return new Applied(true, null);
    }

    /**
     * Locks the task's row for the rest of the transaction (SELECT … FOR UPDATE) and answers it afresh:
     * results for one task queue here, so that each sees the version the one before it left.
     */
    Map<String, Object> lockedTask(long campaign, long task) {
        jdbc.queryForList("SELECT id FROM inspection_task WHERE id = :task FOR UPDATE", Map.of("task", task), Long.class);
        return task(campaign, task);
    }

    /**
     * The campaign with its tasks and tasks done within the caller's jurisdiction; 404 when it has no
     * task there (an account limited to a village sees the campaigns that reach its village).
     */
    Map<String, Object> campaign(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        String scope = taskScope(params);
        String where = " WHERE c.id = :id" + (jurisdiction.code().isPresent() ? " AND " + InspectionSql.hasTaskIn(scope) : "");
        List<Map<String, Object>> rows = jdbc.queryForList(InspectionSql.campaigns(scope) + where, params);
        if (rows.isEmpty()) {
            throw new NotFoundException("inspection", id);
        }
        return rows.get(0);
    }

    /**
     * A task of the campaign (id, house, village, status, version, target households, cases of the
     * house) if it lies in the caller's jurisdiction.
     *
     * @throws NotFoundException otherwise — as if it did not exist
     */
    public Map<String, Object> task(long campaign, long task) {
        MapSqlParameterSource params = new MapSqlParameterSource("campaign", campaign).addValue("task", task);
        List<Map<String, Object>> rows = jdbc.queryForList(InspectionSql.task(taskScope(params)), params);
        if (rows.isEmpty()) {
            throw new NotFoundException("inspectionTask", task);
        }
        return rows.get(0);
    }

    /** The caller's jurisdiction as a condition on {@code t.village_code} (TRUE when unrestricted). */
    String taskScope(MapSqlParameterSource params) {
        return jurisdiction.condition("t.village_code", params);
    }
}
