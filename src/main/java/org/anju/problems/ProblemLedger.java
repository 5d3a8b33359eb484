package org.anju.problems;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.area.AdminCode;
import org.anju.area.AreaLevel;
import org.anju.audit.AuditLog;
import org.anju.casework.Actor;
import org.anju.system.EnumLabels;
import org.anju.system.FieldProblem;
import org.anju.system.InvalidInputException;
import org.anju.system.NotFoundException;
import org.anju.system.StaleVersionException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers problems and moves them through {@link ProblemTransitions}, recording who did what and
 * when, in the history and in the audit log. Every public method is one transaction: when it throws,
 * nothing was written. A change based on an older version of the problem fails with 409; of two
 * requests with the same version at the same moment exactly one wins (the row is locked first).
 */
@Service
public class ProblemLedger {

    /** How a problem is linked: the record and the village it lies in. */
    record Link(String kind, Long houseId, Long householdId, Long caseId, String villageCode, String code) {
    }

    /** A problem that passed {@link #check}: its area, links and point, ready to insert. */
    record Checked(NewProblem problem, String areaCode, List<Link> links, Double lon, Double lat) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final EnumLabels labels;
    private final Clock clock = Clock.systemDefaultZone();

    ProblemLedger(NamedParameterJdbcTemplate jdbc, AuditLog audit, EnumLabels labels) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.labels = labels;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Checks a problem to register without writing anything: links known and within the caller's
     * jurisdiction, the area known (or derivable) and holding every link, dates not in the future.
     *
     * @return the problems found (field names as in the API's body); empty when it can be registered
     */
    List<FieldProblem> check(NewProblem p, List<Checked> into) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = today();
        if (p.foundOn() != null && p.foundOn().isAfter(today)) {
            problems.add(new FieldProblem("found_on", p.foundOn(), "date.future"));
        }
        LocalDate found = p.foundOn() == null ? today : p.foundOn();
        if (p.deadlineOn() != null && p.deadlineOn().isBefore(found)) {
            problems.add(new FieldProblem("deadline_on", p.deadlineOn(), "problems.deadline.beforeFound", found));
        }
        List<Link> links = new ArrayList<>();
        for (String code : p.houses()) {
            Map<String, Object> row = one(ProblemSql::house, "code", code);
            if (row == null) {
                problems.add(new FieldProblem("houses", code, "house.unknown"));
            } else {
                links.add(new Link("HOUSE", id(row), null, null, (String) row.get("village_code"), code));
            }
        }
        for (String code : p.households()) {
            Map<String, Object> row = one(ProblemSql::household, "code", code);
            if (row == null) {
                problems.add(new FieldProblem("households", code, "household.unknown"));
            } else {
                links.add(new Link("HOUSEHOLD", null, id(row), null, (String) row.get("village_code"), code));
            }
        }
        for (Long caseId : p.cases()) {
            Map<String, Object> row = one(ProblemSql::caseById, "caseId", caseId);
            if (row == null) {
                problems.add(new FieldProblem("cases", caseId, "problems.case.unknown", caseId));
            } else {
                links.add(new Link("CASE", null, null, id(row), (String) row.get("village_code"), String.valueOf(caseId)));
            }
        }
        for (String code : p.villages()) {
            Map<String, Object> row = AdminCode.isValid(code) ? one(ProblemSql::area, "code", code) : null;
            if (row == null || !AreaLevel.VILLAGE.name().equals(row.get("level"))) {
                problems.add(new FieldProblem("villages", code, "problems.village.unknown"));
            } else {
                links.add(new Link("VILLAGE", null, null, null, code, code));
            }
        }
        if ((p.lon() == null) != (p.lat() == null)) {
            problems.add(new FieldProblem("location", null, "problems.location.pair"));
        }
        String area = null;
        if (p.area() != null) {
            Map<String, Object> row = AdminCode.isValid(p.area()) ? one(ProblemSql::area, "code", p.area()) : null;
            if (row == null || "PROVINCE".equals(row.get("level")) || "CITY".equals(row.get("level"))) {
                problems.add(new FieldProblem("area", p.area(), "problems.area.unknown"));
            } else {
                area = p.area();
                AdminCode within = new AdminCode(area);
                for (Link link : links) {
                    if (link.villageCode().compareTo(within.firstVillage()) < 0
                            || link.villageCode().compareTo(within.lastVillage()) > 0) {
                        problems.add(new FieldProblem(field(link.kind()), link.code(), "problems.area.linkOutside",
                                row.get("name")));
                    }
                }
            }
        } else if (!links.isEmpty()) {
            area = smallestAreaHolding(links.stream().map(Link::villageCode).toList());
            if (area == null) {
                problems.add(new FieldProblem("area", null, "problems.area.severalCounties"));
            }
        } else if (p.lon() != null && p.lat() != null) {
            MapSqlParameterSource params = new MapSqlParameterSource("lon", p.lon()).addValue("lat", p.lat());
            area = jdbc.queryForList(ProblemSql.villageAt(params), params, String.class).stream().findFirst().orElse(null);
            if (area == null) {
                problems.add(new FieldProblem("location", p.lon() + "," + p.lat(), "problems.location.noVillage"));
            }
        } else if (p.houses().isEmpty() && p.households().isEmpty() && p.cases().isEmpty() && p.villages().isEmpty()) {
            problems.add(new FieldProblem("area", null, "problems.area.required"));
        }
        if (problems.isEmpty()) {
            into.add(new Checked(p, area, links, p.lon(), p.lat()));
        }
        return problems;
    }

    /**
     * The smallest area holding every village: the village itself, their township, their county; null
     * when they lie in different counties.
     */
    static String smallestAreaHolding(List<String> villages) {
        Set<String> distinct = new LinkedHashSet<>(villages);
        if (distinct.size() == 1) {
            return distinct.iterator().next();
        }
        Set<String> townships = new LinkedHashSet<>();
        Set<String> counties = new LinkedHashSet<>();
        for (String v : distinct) {
            townships.add(v.substring(0, 9) + "000");
            counties.add(v.substring(0, 6) + "000000");
        }
        if (townships.size() == 1) {
            return townships.iterator().next();
        }
        return counties.size() == 1 ? counties.iterator().next() : null;
    }

    /**
     * Registers a problem (state 登记).
     *
     * @throws InvalidInputException 422 naming every field that is wrong (see {@link #check})
     */
    @Transactional
    public long register(NewProblem problem, Actor actor) {
        List<Checked> checked = new ArrayList<>();
        List<FieldProblem> problems = check(problem, checked);
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        return insert(checked.get(0), actor, "PROBLEM_REGISTER");
    }

    /** Inserts a checked problem with its links, its REGISTER step and the audit entry {@code auditAction}. */
    long insert(Checked c, Actor actor, String auditAction) {
        NewProblem p = c.problem();
        LocalDate today = today();
        LocalDate found = p.foundOn() == null ? today : p.foundOn();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(ProblemSql.insert(c.lon() != null), new MapSqlParameterSource()
                .addValue("source", p.source().name()).addValue("reference", p.reference())
                .addValue("description", p.description()).addValue("area", c.areaCode())
                .addValue("lon", c.lon()).addValue("lat", c.lat())
                .addValue("unit", p.responsibleUnit()).addValue("person", p.responsiblePerson())
                .addValue("deadline", p.deadlineOn()).addValue("measures", p.measures()).addValue("progress", p.progress())
                .addValue("foundOn", found).addValue("registeredOn", today).addValue("findingKey", p.findingKey())
                .addValue("createdBy", actor.name()), key, new String[] {"id"});
        long id = key.getKey().longValue();
        for (Link link : c.links()) {
            jdbc.update(ProblemSql.INSERT_LINK, new MapSqlParameterSource().addValue("problemId", id)
                    .addValue("houseId", link.houseId()).addValue("householdId", link.householdId())
                    .addValue("caseId", link.caseId()).addValue("villageCode", link.villageCode())
                    .addValue("code", link.code()).addValue("kind", link.kind()));
        }
        if (c.lon() == null) {
            jdbc.update(ProblemSql.LOCATION_FROM_FIRST_HOUSE, Map.of("id", id));
        }
        appendHistory(id, ProblemAction.REGISTER, null, ProblemState.REGISTERED, found, actor, p.note());
        audit.event(auditAction, "problem " + id, 1L, details("source", p.source(), "reference", p.reference(),
                "area", c.areaCode(), "description", p.description(), "links", c.links().stream()
                        .map(l -> l.kind() + " " + l.code()).toList(), "responsible_unit", p.responsibleUnit(),
                "responsible_person", p.responsiblePerson(), "deadline_on", p.deadlineOn(), "found_on", found,
                "note", p.note()));
        return id;
    }

    /**
     * Takes {@code form.action()} on the problem.
     *
     * @throws StaleVersionException 409 when the client's version is not the stored one
     * @throws InvalidInputException 409 when the action is not allowed in the current state; 422 when
     *                               what the action needs is missing
     */
    @Transactional
    public void transition(long id, ProblemTransitionForm form, Actor actor) {
        Problem p = findLocked(id);
        ProblemRoles.requireAction(form.action());
        if (form.version() != p.version()) {
            throw new StaleVersionException("problem", id, form.version(), p.version());
        }
        ProblemTransitions.Rule rule = ProblemTransitions.of(form.action())
                .filter(r -> r.from().contains(p.state())).orElseThrow(() -> illegal(p, form.action()));
        if (form.occurredOn().isBefore(p.foundOn())) {
            throw InvalidInputException.unprocessable(new FieldProblem("occurred_on", form.occurredOn(),
                    "problems.occurredBeforeFound", p.foundOn()));
        }
        String unit = form.responsibleUnit() != null ? form.responsibleUnit() : p.responsibleUnit();
        String person = form.responsiblePerson() != null ? form.responsiblePerson() : p.responsiblePerson();
        LocalDate deadline = form.deadlineOn() != null ? form.deadlineOn() : p.deadlineOn();
        String measures = form.measures() != null ? form.measures() : p.measures();
        String progress = form.progress() != null ? form.progress() : p.progress();
        if (form.changesAssignment()) {
            ProblemRoles.requireAssigner();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (form.deadlineOn() != null && form.deadlineOn().isBefore(p.foundOn())) {
            problems.add(new FieldProblem("deadline_on", form.deadlineOn(), "problems.deadline.beforeFound", p.foundOn()));
        }
        switch (form.action()) {
            case ASSIGN -> {
                if (blank(unit)) {
                    problems.add(new FieldProblem("responsible_unit", null, "problems.assign.unit"));
                }
                if (deadline == null) {
                    problems.add(new FieldProblem("deadline_on", null, "problems.assign.deadline"));
                }
            }
            case REQUEST_CLOSE -> {
                if (blank(measures)) {
                    problems.add(new FieldProblem("measures", null, "problems.requestClose.measures"));
                }
                Long evidence = jdbc.queryForObject(ProblemSql.EVIDENCE_COUNT, Map.of("id", id), Long.class);
                if (evidence == null || evidence == 0) {
                    problems.add(new FieldProblem("documents", null, "problems.requestClose.evidence"));
                }
            }
            default -> {
            }
        }
        if (ProblemTransitions.needsReason(form.action()) && blank(form.reason())) {
            problems.add(new FieldProblem("reason", null, "problems.reason.required"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.unprocessable(problems);
        }
        ProblemState to = rule.to();
        int updated = jdbc.update(ProblemSql.MOVE, new MapSqlParameterSource().addValue("id", id)
                .addValue("version", form.version()).addValue("to", to.name())
                .addValue("closedOn", to.ended() ? form.occurredOn() : null)
                .addValue("reason", ProblemTransitions.needsReason(form.action()) ? form.reason() : null)
                .addValue("unit", unit).addValue("person", person).addValue("deadline", deadline)
                .addValue("measures", measures).addValue("progress", progress));
        if (updated != 1) {
            throw new StaleVersionException("problem", id, form.version(), find(id).version());
        }
        String note = ProblemTransitions.needsReason(form.action()) ? form.reason() : form.note();
        appendHistory(id, form.action(), p.state(), to, form.occurredOn(), actor, note);
        audit.event("PROBLEM_TRANSITION", "problem " + id, 1L, details("action", form.action(), "from", p.state(),
                "to", to, "occurred_on", form.occurredOn(), "version", form.version(), "note", note,
                "responsible_unit", unit, "responsible_person", person, "deadline_on", deadline,
                "measures", form.measures(), "progress", form.progress()));
    }

    /** Changes the facts (description, who, by when, measures, progress); recorded as EDIT. Not for ended problems. */
    @Transactional
    public void edit(long id, ProblemEdit edit, Actor actor) {
        Problem p = findLocked(id);
        if (edit.version() != p.version()) {
            throw new StaleVersionException("problem", id, edit.version(), p.version());
        }
        if (p.state().ended()) {
            throw InvalidInputException.conflict(new FieldProblem("state", p.state(), "problems.ended",
                    labels.of(p.state())));
        }
        Problem after = edit.applyTo(p);
        boolean assignment = !same(after.responsibleUnit(), p.responsibleUnit())
                || !same(after.responsiblePerson(), p.responsiblePerson()) || !same(after.deadlineOn(), p.deadlineOn());
        if (assignment) {
            ProblemRoles.requireAssigner();
        }
        if (after.deadlineOn() != null && after.deadlineOn().isBefore(p.foundOn())) {
            throw InvalidInputException.unprocessable(new FieldProblem("deadline_on", after.deadlineOn(),
                    "problems.deadline.beforeFound", p.foundOn()));
        }
        if (after.equals(p)) {
            return;   // nothing changed: no history, no audit entry, the version stays
        }
        int updated = jdbc.update(ProblemSql.EDIT, new MapSqlParameterSource().addValue("id", id)
                .addValue("version", edit.version()).addValue("description", after.description())
                .addValue("unit", after.responsibleUnit()).addValue("person", after.responsiblePerson())
                .addValue("deadline", after.deadlineOn()).addValue("measures", after.measures())
                .addValue("progress", after.progress()));
        if (updated != 1) {
            throw new StaleVersionException("problem", id, edit.version(), find(id).version());
        }
        appendHistory(id, ProblemAction.EDIT, p.state(), p.state(), today(), actor, edit.note());
        audit.change("PROBLEM_EDIT", "problem " + id, AuditLog.json(facts(p)), AuditLog.json(facts(after)));
    }

    /**
     * The problem, if the caller's jurisdiction covers its area (checked in SQL); otherwise, or when
     * there is none, 404 — an account cannot tell another township's problem from a missing one.
     */
    Problem find(long id) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        if (jdbc.queryForList(ProblemSql.visible(params), params, Long.class).isEmpty()) {
            throw new NotFoundException("problem", id);
        }
        Map<String, Object> row = jdbc.queryForMap(ProblemSql.STATE_AND_VERSION, Map.of("id", id));
        return new Problem(id, ProblemState.valueOf((String) row.get("state")), ((Number) row.get("version")).intValue(),
                date(row.get("found_on")), (String) row.get("description"), (String) row.get("responsible_unit"),
                (String) row.get("responsible_person"), date(row.get("deadline_on")), (String) row.get("measures"),
                (String) row.get("progress"), (String) row.get("area_code"));
    }

    /** {@link #find} with the row locked until the transaction ends. */
    Problem findLocked(long id) {
        jdbc.queryForList(ProblemSql.LOCK, Map.of("id", id), Long.class);
        return find(id);
    }

    private void appendHistory(long id, ProblemAction action, ProblemState from, ProblemState to, LocalDate occurredOn,
                               Actor actor, String note) {
        jdbc.update(ProblemSql.INSERT_TRANSITION, new MapSqlParameterSource().addValue("problemId", id)
                .addValue("action", action.name()).addValue("fromState", from == null ? null : from.name())
                .addValue("toState", to.name()).addValue("occurredOn", occurredOn)
                .addValue("recordedAt", Timestamp.from(Instant.now())).addValue("actor", actor.name())
                .addValue("note", note));
    }

    private InvalidInputException illegal(Problem p, ProblemAction action) {
        List<ProblemAction> allowed = ProblemTransitions.allowedIn(p.state());
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        String possible = allowed.isEmpty() ? (english ? "none" : "无")
                : String.join(english ? ", " : "、", labels.of(ProblemAction.class, allowed));
        return InvalidInputException.conflict(new FieldProblem("action", action, "problems.transition.illegal",
                labels.of(p.state()), labels.of(action), possible));
    }

    private static Map<String, Object> facts(Problem p) {
        return details("description", p.description(), "responsible_unit", p.responsibleUnit(),
                "responsible_person", p.responsiblePerson(), "deadline_on", p.deadlineOn(), "measures", p.measures(),
                "progress", p.progress());
    }

    /** Key–value pairs in order (null values kept), for the audit log. */
    static Map<String, Object> details(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private Map<String, Object> one(java.util.function.Function<MapSqlParameterSource, String> sql, String name,
                                    Object value) {
        MapSqlParameterSource params = new MapSqlParameterSource(name, value);
        List<Map<String, Object>> rows = jdbc.queryForList(sql.apply(params), params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static String field(String kind) {
        return switch (kind) {
            case "HOUSE" -> "houses";
            case "HOUSEHOLD" -> "households";
            case "CASE" -> "cases";
            default -> "villages";
        };
    }

    private static Long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }

}
