package org.anju.problems;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.system.EnumLabels;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the API shows of a problem: its row (area with township and village, point), the source and
 * state in the caller's language, whether it is overdue, its links, and the steps the caller may take now.
 */
@Component
class ProblemViews {

    private final NamedParameterJdbcTemplate jdbc;
    private final ProblemLedger ledger;
    private final EnumLabels labels;

    ProblemViews(NamedParameterJdbcTemplate jdbc, ProblemLedger ledger, EnumLabels labels) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.labels = labels;
    }

    /** One problem within the caller's jurisdiction (404 for any other): row, links, allowed actions. */
    Map<String, Object> detail(long id) {
        Problem p = ledger.find(id);
        Map<String, Object> view = summary(jdbc.queryForMap(ProblemSql.ONE, Map.of("id", id)), ledger.today());
        view.put("links", jdbc.queryForList(ProblemSql.LINKS, Map.of("id", id)).stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", l.get("kind"));
            m.put("code", l.get("linked_code"));
            m.put("village_code", l.get("village_code"));
            m.put("village_name", l.get("village_name"));
            m.put("gone", "HOUSE".equals(l.get("kind")) && l.get("house_id") == null
                    || "HOUSEHOLD".equals(l.get("kind")) && l.get("household_id") == null);
            return m;
        }).toList());
        view.put("allowed_actions", ProblemTransitions.allowedIn(p.state()).stream()
                .filter(ProblemRoles::currentMayTake)
                .map(a -> Map.of("action", a.name(), "label", labels.of(a))).toList());
        return view;
    }

    /** A list row as shown: lower-case keys, labels added, dates as text, {@code overdue}. */
    Map<String, Object> summary(Map<String, Object> row, LocalDate today) {
        Map<String, Object> view = new LinkedHashMap<>();
        row.forEach((key, value) -> view.put(key.toLowerCase(Locale.ROOT), plain(value)));
        ProblemState state = ProblemState.valueOf((String) view.get("state"));
        view.put("source_label", labels.of(ProblemSource.class, (String) view.get("source")));
        view.put("state_label", labels.of(state));
        Object due = view.get("deadline_on");
        view.put("overdue", due != null && !state.ended() && LocalDate.parse((String) due).isBefore(today));
        return view;
    }

    /** The history, oldest first, with the action and states in the caller's language. */
    List<Map<String, Object>> history(long id) {
        ledger.find(id);
        return jdbc.queryForList(ProblemSql.TRANSITIONS, Map.of("id", id)).stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action", row.get("action"));
            m.put("action_label", labels.of(ProblemAction.class, (String) row.get("action")));
            m.put("from_state", row.get("from_state"));
            m.put("to_state", row.get("to_state"));
            m.put("occurred_on", plain(row.get("occurred_on")));
            m.put("recorded_at", plain(row.get("recorded_at")));
            m.put("actor", row.get("actor"));
            m.put("note", row.get("note"));
            return m;
        }).toList();
    }

    /** The vocabulary of the ledger in the caller's language, for the pages. */
    Map<String, Object> vocabulary() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", words(ProblemSource.values()));
        body.put("states", words(ProblemState.values()));
        body.put("actions", words(ProblemAction.values()));
        body.put("documents", words(ProblemDocumentKind.values()));
        body.put("open_states", java.util.Arrays.stream(ProblemState.values()).filter(s -> !s.ended()).map(Enum::name)
                .toList());
        body.put("procedure", ProblemTransitions.rules().stream().map(r -> Map.of("action", r.action().name(),
                "from", r.from().stream().map(Enum::name).toList(), "to", r.to().name())).toList());
        return body;
    }

    private Map<String, String> words(Enum<?>[] values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            m.put(v.name(), labels.of(v));
        }
        return m;
    }

    static Object plain(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value;
    }
}
