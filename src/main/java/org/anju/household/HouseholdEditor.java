package org.anju.household;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.area.AreaLevel;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.system.StaleVersionException;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes households: unique code, a real village, an existing residence
 * house, optimistic locking. Each method is one transaction; when it throws nothing was written.
 */
@Service
class HouseholdEditor {

    private final HouseholdRepository households;
    private final NamedParameterJdbcTemplate jdbc;

    private final Jurisdiction jurisdiction;

    HouseholdEditor(HouseholdRepository households, NamedParameterJdbcTemplate jdbc, Jurisdiction jurisdiction) {
        this.households = households;
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
    }

    /** The household, when the current account may change it: 404 outside its jurisdiction, 403 read-only. */
    private Household editable(String code) {
        Household household = households.findByCode(code).orElseThrow(() -> new NotFoundException("household", code));
        if (!jurisdiction.covers(household.getVillageCode())) {
            throw new NotFoundException("household", code);
        }
        jurisdiction.requireEditable(household.getVillageCode());
        return household;
    }

    /**
     * Locks the stored row of the household (SELECT … FOR UPDATE) for the rest of the transaction, so
     * that the version compared with the client's is the one the write replaces (racing writers: one
     * wins, the others see its version and get 409). Nothing when there is none.
     */
    @Transactional
    void lock(String code) {
        jdbc.queryForList("SELECT id FROM household WHERE code = :code FOR UPDATE", Map.of("code", code), Long.class);
    }

    @Transactional
    Household create(HouseholdForm form) {
        jurisdiction.requireEditable(form.villageCode());
        if (households.existsByCode(form.code())) {
            throw InvalidInputException.conflict(new FieldProblem("code", form.code(), "code.duplicate"));
        }
        Long residenceId = checkRules(form);
        Household household = new Household(form.code());
        household.apply(form, residenceId);
        return households.saveAndFlush(household);
    }

    @Transactional
    Household update(String code, HouseholdForm form) {
        Household household = editable(code);
        if (form.version() != household.getVersion()) {
            throw new StaleVersionException("household", code, form.version(), household.getVersion());
        }
        if (!code.equals(form.code())) {
            throw InvalidInputException.unprocessable(new FieldProblem("code", form.code(), "code.immutable", code));
        }
        jurisdiction.requireEditable(form.villageCode());
        household.apply(form, checkRules(form));
        return households.saveAndFlush(household);
    }

    /** Deletes the household; houses it owned keep existing without an owner. */
    @Transactional
    void delete(String code, Integer version) {
        Household household = editable(code);
        if (version != null && version != household.getVersion()) {
            throw new StaleVersionException("household", code, version, household.getVersion());
        }
        households.delete(household);
    }

    private Long checkRules(HouseholdForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> level = jdbc.queryForList(HouseholdSql.VILLAGE_LEVEL, Map.of("code", form.villageCode()), String.class);
        if (level.isEmpty()) {
            problems.add(new FieldProblem("village_code", form.villageCode(), "village.unknown"));
        } else if (!AreaLevel.VILLAGE.name().equals(level.get(0))) {
            problems.add(new FieldProblem("village_code", form.villageCode(), "village.notVillage"));
        }
        Long residenceId = null;
        if (form.residenceHouse() != null) {
            List<Long> ids = jdbc.queryForList(HouseholdSql.HOUSE_ID, Map.of("code", form.residenceHouse()), Long.class);
            if (ids.isEmpty()) {
                problems.add(new FieldProblem("residence_house", form.residenceHouse(), "house.unknown"));
            } else {
                residenceId = ids.get(0);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        return residenceId;
    }
}
