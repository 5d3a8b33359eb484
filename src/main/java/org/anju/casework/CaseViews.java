package org.anju.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anju.casework.subsidy.SubsidyAssessment;
import org.anju.casework.subsidy.SubsidyCheck;
import org.anju.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the API shows of a case: its row (house, household without personal data, village and
 * township), labels in the caller's language, the next deadline and how every deadline of the cycle
 * was kept, the actions allowed now, the archive's completeness and the subsidy with its checks.
 */
@Component
class CaseViews {

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseLedger ledger;
    private final CaseHistory history;
    private final CaseDocuments documents;
    private final CaseSubsidies subsidies;
    private final Deadlines deadlines;
    private final MessageSource messages;

    CaseViews(NamedParameterJdbcTemplate jdbc, CaseLedger ledger, CaseHistory history, CaseDocuments documents,
              CaseSubsidies subsidies, Deadlines deadlines, MessageSource messages) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.history = history;
        this.documents = documents;
        this.subsidies = subsidies;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    Map<String, Object> detail(long id) {
        HousingCase c = ledger.find(id);
        List<Map<String, Object>> rows = jdbc.queryForList(CaseSql.ONE.replace("ST_AsBinary(h.location) AS geom",
                "ST_X(h.location) AS lon, ST_Y(h.location) AS lat"), Map.of("id", id));
        if (rows.isEmpty()) {
            throw new NotFoundException("case", id);
        }
        LocalDate today = ledger.today();
        Map<String, Object> view = summary(rows.get(0), today);
        // the actions the state allows and the caller's role may take (CaseRoles)
        view.put("allowed_actions", CaseTransitions.allowedIn(c.getState()).stream()
                .filter(CaseRoles::currentMayTake).map(a -> Map.of(
                "action", a.name(), "label", text("casework.action." + a.name()))).toList());
        view.put("deadlines", deadlines.statuses(c, history.of(id, c.getCycle()), today).stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", s.rule().name());
            m.put("label", text("casework.deadline." + s.rule().name()));
            m.put("due_on", s.dueOn().toString());
            m.put("done_on", s.doneOn() == null ? null : s.doneOn().toString());
            m.put("late", s.late());
            m.put("action", s.action() == null ? null : s.action().name());
            return m;
        }).toList());
        CaseDocuments.Completeness completeness = documents.completeness(c);
        Map<String, Object> archive = new LinkedHashMap<>();
        archive.put("cycle", completeness.cycle());
        archive.put("complete", completeness.complete());
        archive.put("required", kinds(completeness.required()));
        archive.put("present", kinds(completeness.present()));
        archive.put("missing", kinds(completeness.missing()));
        view.put("documents", archive);
        view.put("subsidy", subsidy(subsidies.of(c)));
        return view;
    }

    /** A list row as shown: lower-case keys, labels added, dates as text. */
    Map<String, Object> summary(Map<String, Object> row, LocalDate today) {
        Map<String, Object> view = new LinkedHashMap<>();
        row.forEach((key, value) -> view.put(key.toLowerCase(Locale.ROOT), plain(value)));
        view.remove("geom");
        view.put("state_label", text("casework.state." + view.get("state")));
        Object rule = view.get("deadline_rule");
        view.put("deadline_label", rule == null ? null : text("casework.deadline." + rule));
        Object due = view.get("deadline_on");
        view.put("overdue", due != null && LocalDate.parse((String) due).isBefore(today));
        return view;
    }

    Map<String, Object> subsidy(SubsidyAssessment s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preset", s.preset());
        m.put("source", s.source());
        m.put("rule", s.rule());
        m.put("standard_yuan", s.standardYuan());
        m.put("cap_yuan", s.capYuan());
        m.put("amount_yuan", s.amountYuan());
        m.put("advance_yuan", s.advanceYuan());
        m.put("balance_yuan", s.balanceYuan());
        m.put("blocked", s.blocked());
        m.put("needs_review", s.needsReview());
        List<Map<String, Object>> checks = new ArrayList<>();
        for (SubsidyCheck check : s.checks()) {
            checks.add(Map.of("code", check.code(), "severity", check.severity().name(),
                    "message", text("casework.check." + check.code(), check.args().toArray())));
        }
        m.put("checks", checks);
        return m;
    }

    private List<Map<String, Object>> kinds(java.util.Collection<DocumentKind> kinds) {
        return kinds.stream().map(k -> Map.<String, Object>of("kind", k.name(), "label",
                text("casework.document." + k.name()))).toList();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
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
        if (value instanceof java.math.BigDecimal d) {
            java.math.BigDecimal stripped = d.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        if (value instanceof Short s) {
            return s.intValue();
        }
        return value;
    }
}
