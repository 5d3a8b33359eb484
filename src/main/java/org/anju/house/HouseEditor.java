package org.anju.house;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.system.StaleVersionException;
import org.anju.security.Jurisdiction;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes houses under the rules of the domain: codes unique, a real village,
 * a location inside the county, optimistic locking on every change, and a grade history that only
 * grows (a new grade is also recorded as a {@link HouseAssessment}). Each method is one transaction:
 * when it throws, nothing was written.
 */
@Service
class HouseEditor {

    private final HouseRepository houses;
    private final AssessmentRepository assessments;
    private final RenovationRepository renovations;
    private final HouseLocationRules locationRules;
    private final NamedParameterJdbcTemplate jdbc;
    private final Jurisdiction jurisdiction;

    HouseEditor(HouseRepository houses, AssessmentRepository assessments, RenovationRepository renovations,
                HouseLocationRules locationRules, NamedParameterJdbcTemplate jdbc, Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
        this.houses = houses;
        this.assessments = assessments;
        this.renovations = renovations;
        this.locationRules = locationRules;
        this.jdbc = jdbc;
    }

    /**
     * The house with this code, when the current account may change it: 404 outside its
     * jurisdiction (as if the house did not exist), 403 for a read-only role.
     */
    private House editable(String code) {
        House house = houses.findByCode(code).orElseThrow(() -> new NotFoundException("house", code));
        if (!jurisdiction.covers(house.getVillageCode())) {
            throw new NotFoundException("house", code);
        }
        jurisdiction.requireEditable(house.getVillageCode());
        return house;
    }

    /**
     * Locks the stored row of the house (SELECT … FOR UPDATE) for the rest of the transaction, so that
     * the version compared with the client's is the one the write replaces: racing writers at one
     * version queue here, and each later one sees the winner's version (409). Nothing when there is none.
     */
    @Transactional
    void lock(String code) {
        jdbc.queryForList("SELECT id FROM house WHERE code = :code FOR UPDATE", Map.of("code", code), Long.class);
    }

    /** Stores a new house; 409 when the code exists, 422 when a rule is broken. */
    @Transactional
    House create(HouseForm form) {
        jurisdiction.requireEditable(form.villageCode());
        if (houses.existsByCode(form.code())) {
            throw InvalidInputException.conflict(new FieldProblem("properties.code", form.code(), "code.duplicate"));
        }
        Long ownerId = checkRules(form);
        House house = new House(form.code());
        house.apply(form, ownerId);
        houses.saveAndFlush(house);
        recordGrade(house, form);
        return house;
    }

    /** Replaces the house's attributes; the code in the URL wins over a code in the body. */
    @Transactional
    House update(String code, HouseForm form) {
        House house = editable(code);
        if (form.version() != house.getVersion()) {
            throw new StaleVersionException("house", code, form.version(), house.getVersion());
        }
        jurisdiction.requireEditable(form.villageCode());
        if (!code.equals(form.code())) {
            throw InvalidInputException.unprocessable(
                    new FieldProblem("properties.code", form.code(), "code.immutable", code));
        }
        Long ownerId = checkRules(form);
        boolean newGrade = form.grade() != house.getGrade() || !java.util.Objects.equals(form.assessedOn(), house.getAssessedOn());
        house.apply(form, ownerId);
        houses.saveAndFlush(house);
        if (newGrade) {
            recordGrade(house, form);
        }
        return house;
    }

    /** Deletes the house with its history; households living there lose their residence. */
    @Transactional
    void delete(String code, Integer version) {
        House house = editable(code);
        if (version != null && version != house.getVersion()) {
            throw new StaleVersionException("house", code, version, house.getVersion());
        }
        houses.delete(house);
    }

    /** Adds an assessment to the history; it becomes the current grade when it is the newest. */
    @Transactional
    House addAssessment(String code, HouseAssessmentForm form) {
        House house = editable(code);
        HouseAssessment assessment = assessments.save(new HouseAssessment(house.getId(), form.grade(),
                form.assessedOn(), form.kind(), form.assessor(), form.note()));
        house.takeGradeFrom(assessment);
        houses.saveAndFlush(house);
        return house;
    }

    @Transactional
    void addRenovation(String code, RenovationForm form) {
        House house = editable(code);
        renovations.save(new Renovation(house.getId(), form.year(), form.method(), form.subsidyYuan(),
                form.fundingSource()));
    }

    private Long checkRules(HouseForm form) {
        List<FieldProblem> problems = new ArrayList<>(locationRules.check(form.villageCode(), form.location()));
        Long ownerId = null;
        if (form.ownerHousehold() != null) {
            List<Long> ids = jdbc.queryForList("SELECT id FROM household WHERE code = :code",
                    Map.of("code", form.ownerHousehold()), Long.class);
            if (ids.isEmpty()) {
                problems.add(new FieldProblem("properties.owner_household", form.ownerHousehold(), "household.unknown"));
            } else {
                ownerId = ids.get(0);
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        return ownerId;
    }

    private void recordGrade(House house, HouseForm form) {
        if (form.grade() != SafetyGrade.UNASSESSED && form.assessedOn() != null) {
            assessments.save(new HouseAssessment(house.getId(), form.grade(), form.assessedOn(),
                    form.assessmentKind(), form.assessor(), null));
        }
    }
}
