package org.anju.casework;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.audit.AuditLog;
import org.anju.area.AreaScope;
import org.anju.casework.subsidy.SubsidyAssessment;
import org.anju.casework.subsidy.SubsidyCheck;
import org.anju.house.SafetyGrade;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.system.StaleVersionException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases and moves them through {@link CaseTransitions}, recording who did what and when.
 * Every method is one transaction: when it throws, nothing was written. A change based on an older
 * version of the case fails with 409 (optimistic locking), also when two users act at the same moment.
 */
@Service
public class CaseLedger {

    private final CaseRepository cases;
    private final CaseHistory history;
    private final Deadlines deadlines;
    private final CaseSubsidies subsidies;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    CaseLedger(CaseRepository cases, CaseHistory history, Deadlines deadlines, CaseSubsidies subsidies,
               NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.cases = cases;
        this.history = history;
        this.deadlines = deadlines;
        this.subsidies = subsidies;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = Clock.systemDefaultZone();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Opens a case for a house (its resident target household unless {@code householdCode} names one)
     * or, without a house, for a household (无房户, starting as ASSESSED: there is nothing to assess).
     * A house whose current grade is C/D starts as ASSESSED, any other as DISCOVERED.
     *
     * @throws InvalidInputException 422 for unknown codes or a house without a target household;
     *                               409 when the house or household already has an open case
     */
    @Transactional
    public HousingCase open(String houseCode, String householdCode, Programme programme, LocalDate discoveredOn,
                            String note, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> house = null;
        if (houseCode != null) {
            house = one(CaseSql::house, houseCode);
            if (house == null) {
                problems.add(new FieldProblem("house", houseCode, "house.unknown"));
            }
        }
        Long householdId = null;
        if (householdCode != null) {
            Map<String, Object> household = one(CaseSql::household, householdCode);
            if (household == null) {
                problems.add(new FieldProblem("household", householdCode, "household.unknown"));
            } else {
                householdId = ((Number) household.get("id")).longValue();
                if (house == null && houseCode == null) {
                    house = Map.of("village_code", household.get("village_code"));
                }
            }
        } else if (house != null) {
            List<Long> residents = jdbc.queryForList(CaseSql.RESIDENT_TARGET_HOUSEHOLD,
                    Map.of("houseId", house.get("id")), Long.class);
            if (residents.isEmpty()) {
                problems.add(new FieldProblem("house", houseCode, "casework.house.noTargetHousehold"));
            } else {
                householdId = residents.get(0);
            }
        }
        if (houseCode == null && householdCode == null) {
            problems.add(new FieldProblem("house", null, "casework.open.houseOrHousehold"));
        }
        if (discoveredOn.isAfter(today())) {
            problems.add(new FieldProblem("discovered_on", discoveredOn, "date.future"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        Long houseId = house.get("id") == null ? null : ((Number) house.get("id")).longValue();
        refuseSecondOpenCase(houseId, householdId);
        SafetyGrade grade = house.get("grade") == null ? null : SafetyGrade.valueOf((String) house.get("grade"));
        boolean dangerous = grade == SafetyGrade.C || grade == SafetyGrade.D;
        CaseState state = houseId == null || dangerous && programme == Programme.DANGEROUS_HOUSE
                ? CaseState.ASSESSED : CaseState.DISCOVERED;
        HousingCase c = new HousingCase(houseId, householdId, (String) house.get("village_code"), programme, state,
                discoveredOn, today());
        if (state == CaseState.ASSESSED && houseId != null) {
            c.grade(grade);
            c.assessedOn(house.get("assessed_on") == null ? today() : toDate(house.get("assessed_on")));
        }
        c.deadline(deadlines.next(c));
        cases.saveAndFlush(c);
        markOpenCase(houseId);
        history.append(c.getId(), c.getCycle(), CaseAction.OPEN, null, state, discoveredOn, actor, note, null, null, null);
        audit.event("CASE_OPEN", "case " + c.getId(), 1L, details("house", houseCode, "household", householdCode,
                "village", c.getVillageCode(), "programme", programme, "state", state, "occurred_on", discoveredOn,
                "note", note));
        return c;
    }

    /**
     * Opens the missing cases of an area at once: every C/D house (not demolished) where a target
     * household lives and neither has an open case. Running it again opens nothing new.
     *
     * @return the number of cases opened
     */
    @Transactional
    public int openMissing(String areaCode, Actor actor) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        int opened = jdbc.update(CaseSql.openMissing(missingIn(areaCode, params)), params);
        if (opened > 0) {
            jdbc.update(CaseSql.MARK_HOUSES_WITH_OPEN_CASES, Map.of());
            jdbc.update(CaseSql.OPEN_TRANSITIONS_FOR_NEW, new MapSqlParameterSource()
                    .addValue("recordedAt", Timestamp.from(Instant.now())).addValue("actor", actor.name())
                    .addValue("note", "由C/D级评定结果批量建档"));
            refreshDeadlines(areaCode);
            audit.event("CASE_OPEN_MISSING", "area " + areaCode, (long) opened, details("area", areaCode,
                    "opened", opened));
        }
        return opened;
    }

    /** One village's share of a dry run of {@link #openMissing}. */
    public record MissingInVillage(String villageCode, String villageName, String townshipCode, String townshipName,
                                   long toOpen) {
    }

    /**
     * The dry run of {@link #openMissing}: the cases it would open now in the area (within the caller's
     * jurisdiction), by village in code order; nothing is written. Empty when there are none.
     */
    @Transactional(readOnly = true)
    public List<MissingInVillage> missing(String areaCode) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.query(CaseSql.missingByVillage(missingIn(areaCode, params)), params, (rs, i) -> new MissingInVillage(
                rs.getString("village_code"), rs.getString("village_name"), rs.getString("township_code"),
                rs.getString("township_name"), rs.getLong("to_open")));
    }

    /** The houses of the area (a valid code, else 422) within the caller's jurisdiction, as a condition on {@code h}. */
    private static String missingIn(String areaCode, MapSqlParameterSource params) {
        if (!AdminCode.isValid(areaCode)) {
            throw InvalidInputException.unprocessable(new FieldProblem("area", areaCode, "adminCode.form"));
        }
        return AreaScope.villageIn("h.village_code", List.of(areaCode), "area", params)
                + " AND " + org.anju.security.Jurisdiction.current().condition("h.village_code", params);
    }

    /** Recomputes the stored next deadline of the open cases of an area (after a bulk opening). */
    private void refreshDeadlines(String areaCode) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = AreaScope.villageIn("village_code", List.of(areaCode), "area", params);
        List<Long> ids = jdbc.queryForList("SELECT id FROM casework_case WHERE deadline_on IS NULL AND "
                + "open_household_id IS NOT NULL AND " + where, params, Long.class);
        for (Long id : ids) {
            HousingCase c = cases.findById(id).orElseThrow();
            Deadline next = deadlines.next(c);
            if (next != null) {
                jdbc.update("UPDATE casework_case SET deadline_on = :due, deadline_rule = :rule WHERE id = :id",
                        Map.of("due", next.dueOn(), "rule", next.rule().name(), "id", id));
            }
        }
    }

    /**
     * Takes {@code form.action()} on the case.
     *
     * @throws StaleVersionException 409 when the client's version is not the stored one
     * @throws InvalidInputException 409 when the action is not allowed in the current state; 422 when
     *                               documents are missing or a rule of the action is broken
     */
    @Transactional
    public HousingCase transition(long id, TransitionForm form, Actor actor) {
        HousingCase c = findLocked(id);
        CaseRoles.requireAction(form.action());
        if (form.version() != c.getVersion()) {
            throw new StaleVersionException("case", id, form.version(), c.getVersion());
        }
        CaseState from = c.getState();
        CaseTransitions.Rule rule = CaseTransitions.of(form.action()).filter(r -> r.from().contains(from))
                .orElseThrow(() -> illegal(c, form.action()));
        Set<DocumentKind> onFile = documentKinds(c);
        List<DocumentKind> missing = rule.documents().stream().filter(k -> !onFile.contains(k))
                .filter(k -> c.getHouseId() != null || k != DocumentKind.GRADE_ASSESSMENT).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.unprocessable(new FieldProblem("documents", missing, "casework.documents.missing",
                    labels(missing)));
        }
        if (form.occurredOn().isBefore(c.getDiscoveredOn())) {
            throw InvalidInputException.unprocessable(new FieldProblem("occurred_on", form.occurredOn(),
                    "casework.occurredBeforeDiscovery", c.getDiscoveredOn()));
        }
        checkActionRules(c, form);
        CaseState to = rule.result(from);
        c.move(form.action(), to, form.occurredOn());
        c.deadline(deadlines.next(c));
        cases.saveAndFlush(c);
        markOpenCase(c.getHouseId());
        String note = form.action() == CaseAction.REJECT ? form.reason() : form.note();
        history.append(c.getId(), c.getCycle(), form.action(), from, to, form.occurredOn(), actor, note,
                form.centralYuan(), form.provincialYuan(), form.localYuan());
        audit.event("CASE_TRANSITION", "case " + c.getId(), 1L, details("action", form.action(), "from", from,
                "to", to, "cycle", c.getCycle(), "occurred_on", form.occurredOn(), "version", form.version(),
                "note", note, "central_yuan", form.centralYuan(), "provincial_yuan", form.provincialYuan(),
                "local_yuan", form.localYuan()));
        return c;
    }

    /** Replaces the facts the subsidy depends on; recorded in the history as EDIT. Not for ended cases. */
    @Transactional
    public HousingCase updateDetails(long id, CaseDetails details, Actor actor) {
        HousingCase c = findLocked(id);
        CaseRoles.requireFactsEditor();
        if (details.version() != c.getVersion()) {
            throw new StaleVersionException("case", id, details.version(), c.getVersion());
        }
        if (c.getState().ended()) {
            throw InvalidInputException.conflict(new FieldProblem("state", c.getState(), "casework.ended",
                    label(c.getState())));
        }
        if (c.getState().compareTo(CaseState.COUNTY_APPROVED) >= 0 && changesApprovedFacts(c, details)) {
            throw InvalidInputException.conflict(new FieldProblem("state", c.getState(), "casework.details.approved",
                    label(c.getState())));
        }
        String before = AuditLog.json(facts(c));
        c.applyDetails(details);
        c.deadline(deadlines.next(c));
        cases.saveAndFlush(c);
        String after = AuditLog.json(facts(c));
        if (before.equals(after)) {
            return c; // nothing changed (the version is part of the facts): no history, no audit entry
        }
        history.append(c.getId(), c.getCycle(), CaseAction.EDIT, c.getState(), c.getState(), today(), actor,
                details.note(), null, null, null);
        audit.change("CASE_EDIT", "case " + c.getId(), before, after);
        return c;
    }

    /** The facts of a case the subsidy depends on, as the audit log keeps them before and after an edit. */
    private static Map<String, Object> facts(HousingCase c) {
        return details("method", c.getMethod(), "planned_floor_area", c.getPlannedFloorArea(), "cost_yuan",
                c.getCostYuan(), "approved_yuan", c.getApprovedYuan(), "in_disaster_rebuild", c.isInDisasterRebuild(),
                "household_split_on", c.getHouseholdSplitOn(), "version", c.getVersion());
    }

    /** Key–value pairs in order (null values kept), for the audit log. */
    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /**
     * Keeps {@code house.has_open_case} equal to "the house has an open case" after a case of the
     * house was opened, ended or re-opened (the case map's spatial index covers exactly those houses).
     */
    private void markOpenCase(Long houseId) {
        if (houseId != null) {
            jdbc.update(CaseSql.MARK_HOUSE_OPEN_CASE, Map.of("houseId", houseId));
        }
    }

    /**
     * The case, if the caller's jurisdiction covers its village (checked in SQL); otherwise, or when
     * there is no such case, 404 — an account cannot tell another township's case from a missing one.
     */
    HousingCase find(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        if (jdbc.queryForList(CaseSql.visible(params), params, Long.class).isEmpty()) {
            throw new NotFoundException("case", id);
        }
        return cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
    }

    /**
     * {@link #find} with the case's row locked (SELECT … FOR UPDATE) until the transaction ends: the
     * version compared with the client's is then the one the write replaces — of racing writers at one
     * version exactly one wins, the others see its version (409).
     */
    HousingCase findLocked(long id) {
        jdbc.queryForList(CaseSql.LOCK, Map.of("id", id), Long.class);
        return find(id);
    }

    Set<DocumentKind> documentKinds(HousingCase c) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        jdbc.queryForList(CaseSql.DOCUMENT_KINDS, Map.of("caseId", c.getId(), "cycle", c.getCycle()), String.class)
                .forEach(k -> kinds.add(DocumentKind.valueOf(k)));
        return kinds;
    }

    /** After approval the method and the money facts are fixed: changing them means a new approval. */
    private static boolean changesApprovedFacts(HousingCase c, CaseDetails d) {
        return d.method() != null && d.method() != c.getMethod()
                || !same(d.approvedYuan(), c.getApprovedYuan())
                || d.inDisasterRebuild() != c.isInDisasterRebuild()
                || !same(d.plannedFloorArea(), c.getPlannedFloorArea());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void checkActionRules(HousingCase c, TransitionForm form) {
        switch (form.action()) {
            case ASSESS -> {
                Map<String, Object> house = jdbc.queryForMap(CaseSql.HOUSE_BY_ID, Map.of("id", c.getHouseId()));
                SafetyGrade grade = SafetyGrade.valueOf((String) house.get("grade"));
                boolean dangerous = grade == SafetyGrade.C || grade == SafetyGrade.D;
                boolean fits = c.getProgramme() == Programme.DANGEROUS_HOUSE ? dangerous
                        : grade == SafetyGrade.A || grade == SafetyGrade.B;
                if (!fits) {
                    throw InvalidInputException.unprocessable(new FieldProblem("grade", grade,
                            c.getProgramme() == Programme.DANGEROUS_HOUSE ? "casework.assess.notDangerous"
                                    : "casework.assess.dangerousForRetrofit", house.get("code")));
                }
                c.grade(grade);
            }
            case APPLY -> {
                if (form.method() != null) {
                    c.method(form.method());
                }
                if (c.getMethod() == null) {
                    throw InvalidInputException.unprocessable(new FieldProblem("method", null, "casework.apply.method"));
                }
            }
            case COUNTY_APPROVE -> {
                SubsidyAssessment subsidy = subsidies.of(c);
                List<FieldProblem> problems = new ArrayList<>();
                for (SubsidyCheck check : subsidy.checks()) {
                    if (check.severity() == SubsidyCheck.Severity.BLOCKING) {
                        problems.add(new FieldProblem("subsidy", check.code(), "casework.check." + check.code(),
                                check.args().toArray()));
                    }
                }
                if (problems.isEmpty() && subsidy.needsReview() && blank(form.note())) {
                    problems.add(new FieldProblem("note", null, "casework.approve.reviewNote"));
                }
                if (!problems.isEmpty()) {
                    throw InvalidInputException.unprocessable(problems);
                }
            }
            case PAY_ADVANCE, PAY_BALANCE -> checkPayment(c, form);
            case WITHDRAW -> {
                requireNote(form.note(), "note");
                if (c.getHouseId() != null) {
                    Map<String, Object> house = jdbc.queryForMap(CaseSql.HOUSE_BY_ID, Map.of("id", c.getHouseId()));
                    String occupancy = (String) house.get("occupancy");
                    if (occupancy.equals("OCCUPIED") || occupancy.equals("SEASONAL")) {
                        throw InvalidInputException.unprocessable(new FieldProblem("house", house.get("code"),
                                "casework.withdraw.stillLivedIn"));
                    }
                }
            }
            case REJECT -> {
                requireNote(form.reason(), "reason");
                c.rejectionReason(form.reason());
            }
            case REOPEN -> requireNote(form.note(), "note");
            default -> {
            }
        }
    }

    private void checkPayment(HousingCase c, TransitionForm form) {
        if (form.totalYuan().signum() <= 0) {
            throw InvalidInputException.unprocessable(new FieldProblem("central_yuan", null, "casework.pay.amount"));
        }
        List<CaseHistory.Entry> cycle = history.of(c.getId(), c.getCycle());
        if (form.action() == CaseAction.PAY_ADVANCE && cycle.stream().anyMatch(e -> e.action() == CaseAction.PAY_ADVANCE)) {
            throw InvalidInputException.conflict(new FieldProblem("action", form.action(), "casework.pay.advanceTwice"));
        }
        BigDecimal paid = cycle.stream().filter(e -> e.action() == CaseAction.PAY_ADVANCE)
                .map(CaseHistory.Entry::totalYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        SubsidyAssessment subsidy = subsidies.of(c);
        if (subsidy.amountYuan() == null) {
            throw InvalidInputException.unprocessable(new FieldProblem("subsidy", null, "casework.pay.noAmount"));
        }
        BigDecimal total = paid.add(form.totalYuan());
        if (total.compareTo(subsidy.amountYuan()) > 0) {
            throw InvalidInputException.unprocessable(new FieldProblem("central_yuan", form.totalYuan(),
                    "casework.pay.exceeds", total.stripTrailingZeros().toPlainString(),
                    subsidy.amountYuan().stripTrailingZeros().toPlainString()));
        }
    }

    private void refuseSecondOpenCase(Long houseId, Long householdId) {
        List<Long> open = jdbc.queryForList("SELECT id FROM casework_case WHERE open_house_id = :house "
                + "OR open_household_id = :household", new MapSqlParameterSource()
                .addValue("house", houseId == null ? -1L : houseId).addValue("household", householdId), Long.class);
        if (!open.isEmpty()) {
            throw InvalidInputException.conflict(new FieldProblem("house", open.get(0), "casework.open.exists", open.get(0)));
        }
    }

    private InvalidInputException illegal(HousingCase c, CaseAction action) {
        List<CaseAction> allowed = CaseTransitions.allowedIn(c.getState());
        return InvalidInputException.conflict(new FieldProblem("action", action, "casework.transition.illegal",
                label(c.getState()), label(action), allowed.isEmpty() ? label("casework.none")
                        : labels(allowed)));
    }

    private static void requireNote(String text, String field) {
        if (blank(text)) {
            throw InvalidInputException.unprocessable(new FieldProblem(field, null, "field.required"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The row of {@code code} by a query that binds its jurisdiction into the parameters; null when none. */
    private Map<String, Object> one(java.util.function.Function<MapSqlParameterSource, String> sql, String code) {
        MapSqlParameterSource params = new MapSqlParameterSource("code", code);
        List<Map<String, Object>> rows = jdbc.queryForList(sql.apply(params), params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A message argument resolved in the caller's language: {@code casework.<kind>.<NAME>}. */
    static DefaultMessageSourceResolvable label(Enum<?> value) {
        String kind = value instanceof CaseState ? "state" : value instanceof CaseAction ? "action" : "document";
        return label("casework." + kind + "." + value.name());
    }

    static DefaultMessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** Several labels joined with the list separator of the message bundle. */
    static DefaultMessageSourceResolvable labels(List<? extends Enum<?>> values) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            args.add(label(values.get(i)));
        }
        return new ListLabel(args.toArray());
    }

    /** A list of labels rendered through the message {@code casework.list.N} (N = 1..). */
    static final class ListLabel extends DefaultMessageSourceResolvable {
        ListLabel(Object[] items) {
            super(new String[] {"casework.list." + Math.min(items.length, 16)}, items,
                    String.valueOf(items.length));
        }
    }
}
