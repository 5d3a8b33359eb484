package org.anju.casework.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.area.AdminCode;
import org.anju.area.AreaScope;
import org.anju.casework.Actor;
import org.anju.casework.CaseLedger;
import org.anju.casework.HousingCase;
import org.anju.casework.Programme;
import org.anju.emergency.AffectedHouses;
import org.anju.house.SafetyGrade;
import org.anju.security.Jurisdiction;
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
 * records field results and opens a case when a C/D house of a target household is found.
 */
@Service
public class InspectionCampaigns {

    private static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final AffectedHouses affected;
    private final CaseLedger ledger;
    private final Jurisdiction jurisdiction;

    InspectionCampaigns(NamedParameterJdbcTemplate jdbc, AffectedHouses affected, CaseLedger ledger,
                        Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.affected = affected;
        this.ledger = ledger;
        this.jurisdiction = jurisdiction;
    }

    /** A new campaign: what it covers and who starts it. */
    public record CampaignForm(String name, CampaignKind kind, String areaCode, Long disasterEventId,
                               double bufferMetres, LocalDate startedOn, LocalDate dueOn) {
    }

    /** A field result. */
    public record ResultForm(SafetyGrade grade, String occupancy, Integer evacuatedPersons, Double lon, Double lat,
                             String note, LocalDate inspectedOn, int version) {
    }

    /** Creates the campaign and its tasks; returns the campaign id. */
    @Transactional
    public long create(CampaignForm form, Actor actor) {
        if (!AdminCode.isValid(form.areaCode())) {
            throw InvalidInputException.unprocessable(new FieldProblem("area", form.areaCode(), "adminCode.form"));
        }
        if (jdbc.queryForList("SELECT code FROM admin_area WHERE code = :code", Map.of("code", form.areaCode()),
                String.class).isEmpty()) {
            throw InvalidInputException.unprocessable(new FieldProblem("area", form.areaCode(), "inspection.area.unknown"));
        }
        if (form.kind() == CampaignKind.EMERGENCY && form.disasterEventId() == null) {
            throw InvalidInputException.unprocessable(new FieldProblem("disaster_event", null, "inspection.emergency.event"));
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
        return id;
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

    /** Assigns the tasks of a village to a team (or clears it); returns the number of tasks. */
    @Transactional
    public int assign(long campaign, String village, String team) {
        campaign(campaign);
        return jdbc.update("UPDATE inspection_task SET team = :team WHERE campaign_id = :campaign AND village_code = :village",
                new MapSqlParameterSource("campaign", campaign).addValue("village", village).addValue("team", team));
    }

    /**
     * Records a task's result (again, to correct it, with the version read). A C/D finding at a house
     * where a target household lives and that has no case yet opens one (state DISCOVERED unless the
     * house is graded C/D already): the county then has a week to assess it.
     *
     * @return the id of the case opened, or {@code null}
     */
    @Transactional
    public Long record(long campaign, long task, ResultForm result, Actor actor) {
        Map<String, Object> row = task(campaign, task);
        jurisdiction.requireEditable((String) row.get("village_code"));
        int stored = ((Number) row.get("version")).intValue();
        if (stored != result.version()) {
            throw new StaleVersionException("inspectionTask", task, result.version(), stored);
        }
        int updated = jdbc.update(InspectionSql.RECORD, new MapSqlParameterSource("campaign", campaign)
                .addValue("task", task).addValue("version", result.version())
                .addValue("grade", result.grade() == null ? null : result.grade().name())
                .addValue("occupancy", result.occupancy()).addValue("evacuated", result.evacuatedPersons())
                .addValue("lon", result.lon()).addValue("lat", result.lat()).addValue("note", result.note())
                .addValue("inspectedOn", result.inspectedOn()).addValue("actor", actor.name()));
        if (updated == 0) {
            throw new StaleVersionException("inspectionTask", task, result.version(), jdbc.queryForObject(
                    InspectionSql.TASK_VERSION, Map.of("task", task), Integer.class)); // the winner's, committed
        }
        jdbc.update("UPDATE house SET last_inspected_on = :day WHERE id = :house AND "
                + "(last_inspected_on IS NULL OR last_inspected_on < :day)",
                Map.of("day", result.inspectedOn(), "house", row.get("house_id")));
        boolean dangerous = result.grade() == SafetyGrade.C || result.grade() == SafetyGrade.D;
        boolean target = ((Number) row.get("target_households")).longValue() > 0;
        boolean hasCase = ((Number) row.get("cases")).longValue() > 0;
        if (dangerous && target && !hasCase) {
            HousingCase opened = ledger.open((String) row.get("house_code"), null, Programme.DANGEROUS_HOUSE,
                    result.inspectedOn(), "排查发现（排查任务 " + task + "）：初判" + result.grade() + "级", actor);
            jdbc.update("UPDATE inspection_task SET case_id = :case WHERE id = :task",
                    Map.of("case", opened.getId(), "task", task));
            return opened.getId();
        }
        return null;
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
