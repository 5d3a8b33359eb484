package org.anju.casework;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.anju.geo.FeatureCollectionWriter;
import org.anju.house.RenovationMethod;
import org.anju.security.Jurisdiction;
import org.anju.system.AnjuProperties;
import org.anju.system.ReadsQueryParameters;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case ledger at a glance, read only: open cases on the map coloured by how pressing their next
 * deadline is ({@code /api/cases/map}), the dashboard's figures ({@code /api/cases/summary}) and the
 * ledger's vocabulary in the caller's language ({@code /api/cases/labels}). All within the caller's
 * jurisdiction. See docs/CASEWORK.md.
 */
@RestController
@RequestMapping("/api/cases")
class CaseOverviewController {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseLedger ledger;
    private final Deadlines deadlines;
    private final CaseViews views;
    private final Jurisdiction jurisdiction;
    private final AnjuProperties properties;

    CaseOverviewController(NamedParameterJdbcTemplate jdbc, CaseLedger ledger, Deadlines deadlines, CaseViews views,
                           Jurisdiction jurisdiction, AnjuProperties properties) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.views = views;
        this.jurisdiction = jurisdiction;
        this.properties = properties;
    }

    /**
     * Open cases with a house as GeoJSON points ({@code bbox}, areas, {@code programme}, {@code urgency},
     * {@code limit}), the most urgent first; {@code numberMatched} and {@code by_urgency} count all
     * that match, so a client knows when the limit cut the map short.
     */
    @ReadsQueryParameters(from = CaseOverviewQuery.class)
    @GetMapping(path = "/map", produces = {CaseController.GEO_JSON, "application/json"})
    @Transactional(readOnly = true)
    void map(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        CaseOverviewQuery query = CaseOverviewQuery.from(params, properties.paging());
        LocalDate today = ledger.today();
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String conditions = CaseOverviewSql.conditions(query, jurisdiction, today,
                today.plusDays(deadlines.dueSoonDays()), sqlParams);
        Map<String, Object> counts = jdbc.queryForMap(CaseOverviewSql.mapCounts(conditions), sqlParams);
        sqlParams.addValue("limit", query.limit());
        response.setContentType(CaseController.GEO_JSON);
        try (FeatureCollectionWriter out = new FeatureCollectionWriter(response.getOutputStream())) {
            out.start(json -> {
                json.writeNumberProperty("numberMatched", number(counts, "cases"));
                json.writeStringProperty("today", today.toString());
                json.writeNumberProperty("due_within_days", deadlines.dueSoonDays());
                json.writeName("by_urgency");
                json.writeStartObject();
                json.writeNumberProperty(Urgency.OVERDUE.name(), number(counts, "overdue"));
                json.writeNumberProperty(Urgency.DUE_SOON.name(), number(counts, "due_soon"));
                json.writeNumberProperty(Urgency.ON_TIME.name(), number(counts, "on_time"));
                json.writeNumberProperty(Urgency.NONE.name(), number(counts, "no_deadline"));
                json.writeEndObject();
            });
            jdbc.query(CaseOverviewSql.mapFeatures(conditions), sqlParams, out::writeRow);
            out.finish(json -> json.writeNumberProperty("limit", query.limit()));
        }
    }

    /**
     * The dashboard: every case by state (open and ended), open / overdue / due soon, the same by
     * township, and per month of the last {@code months} (default 12, this month last) the cases
     * started, completed, accepted and closed (areas and {@code programme} filter all of it).
     */
    @ReadsQueryParameters(from = CaseOverviewQuery.class)
    @GetMapping("/summary")
    @Transactional(readOnly = true)
    Map<String, Object> summary(@RequestParam MultiValueMap<String, String> params) {
        CaseOverviewQuery query = CaseOverviewQuery.from(params, properties.paging());
        CaseOverviewQuery scope = new CaseOverviewQuery(null, query.areas(), query.programme(), java.util.Set.of(),
                query.limit(), query.months());
        LocalDate today = ledger.today();
        MapSqlParameterSource sqlParams = new MapSqlParameterSource();
        String conditions = CaseOverviewSql.conditions(scope, jurisdiction, today,
                today.plusDays(deadlines.dueSoonDays()), sqlParams);

        Map<CaseState, Long> byState = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            byState.put(s, 0L);
        }
        Tally total = new Tally();
        Map<String, Map<String, Object>> townships = new TreeMap<>();
        Map<String, Tally> townshipTallies = new TreeMap<>();
        jdbc.query(CaseOverviewSql.byTownshipAndState(conditions), sqlParams, rs -> {
            CaseState state = CaseState.valueOf(rs.getString("state"));
            long cases = rs.getLong("cases");
            String code = String.valueOf(rs.getString("township_code"));
            String name = rs.getString("township_name");
            byState.merge(state, cases, Long::sum);
            Map<String, Object> township = townships.computeIfAbsent(code, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("township_code", k);
                m.put("township_name", name);
                m.put("by_state", new LinkedHashMap<String, Long>());
                return m;
            });
            @SuppressWarnings("unchecked")
            Map<String, Long> states = (Map<String, Long>) township.get("by_state");
            states.put(state.name(), cases);
            Tally tally = townshipTallies.computeIfAbsent(code, k -> new Tally());
            for (Tally t : List.of(tally, total)) {
                t.add(state, cases, rs.getLong("overdue"), rs.getLong("due_soon"));
            }
        });
        List<Map<String, Object>> townshipList = new ArrayList<>();
        townships.forEach((code, m) -> {
            townshipTallies.get(code).putInto(m);
            townshipList.add(m);
        });

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("today", today.toString());
        body.put("due_within_days", deadlines.dueSoonDays());
        Map<String, Object> totals = new LinkedHashMap<>();
        total.putInto(totals);
        body.put("totals", totals);
        Map<String, Long> states = new LinkedHashMap<>();
        byState.forEach((s, n) -> states.put(s.name(), n));
        body.put("by_state", states);
        body.put("by_township", townshipList);
        body.put("monthly", monthly(conditions, sqlParams, YearMonth.from(today), query.months()));
        return body;
    }

    private List<Map<String, Object>> monthly(String conditions, MapSqlParameterSource params, YearMonth last,
                                              int months) {
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, Map<String, Object>> rows = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("month", m.toString());
            for (String key : List.of("started", "completed", "accepted", "closed")) {
                row.put(key, 0L);
            }
            rows.put(m, row);
        }
        params.addValue("from", first.atDay(1)).addValue("to", last.atEndOfMonth());
        jdbc.query(CaseOverviewSql.monthlyNodes(conditions), params, rs -> {
            Map<String, Object> row = rows.get(YearMonth.of(rs.getInt("y"), rs.getInt("m")));
            String key = switch (rs.getString("action")) {
                case "START" -> "started";
                case "COMPLETE" -> "completed";
                case "ACCEPT" -> "accepted";
                default -> "closed";
            };
            row.put(key, (Long) row.get(key) + rs.getLong("nodes"));
        });
        return new ArrayList<>(rows.values());
    }

    /** The ledger's words in the caller's language: states, actions, documents, deadline rules, methods. */
    @GetMapping("/labels")
    Map<String, Object> labels() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("states", labels(CaseState.values(), "casework.state."));
        body.put("actions", labels(CaseAction.values(), "casework.action."));
        body.put("documents", labels(DocumentKind.values(), "casework.document."));
        body.put("deadline_rules", labels(DeadlineRule.values(), "casework.deadline."));
        body.put("methods", labels(RenovationMethod.values(), "casework.method."));
        body.put("open_states", java.util.Arrays.stream(CaseState.values()).filter(s -> !s.ended()).map(Enum::name)
                .toList());
        return body;
    }

    private Map<String, String> labels(Enum<?>[] values, String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), views.text(prefix + v.name()));
        }
        return m;
    }

    /** A count of a {@code queryForMap} row (case-insensitive keys); SUM over no rows is NULL. */
    private static long number(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Open, overdue, due-soon and ended cases of one township or of all. */
    private static final class Tally {
        long cases;
        long open;
        long overdue;
        long dueSoon;
        long closed;

        void add(CaseState state, long n, long overdueCases, long dueSoonCases) {
            cases += n;
            if (!state.ended()) {
                open += n;
            }
            if (state == CaseState.CLOSED) {
                closed += n;
            }
            overdue += overdueCases;
            dueSoon += dueSoonCases;
        }

        void putInto(Map<String, Object> m) {
            m.put("cases", cases);
            m.put("open", open);
            m.put("overdue", overdue);
            m.put("due_soon", dueSoon);
            m.put("closed", closed);
        }
    }
}
