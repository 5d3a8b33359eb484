package org.anju.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the stored next deadline of the open cases ({@code deadline_on}, {@code deadline_rule}) in step
 * with the deadline settings. The ledger computes it at every transition; when the settings change (day
 * counting, holidays, the year's phases, the subsidy preset's balance rule — see
 * {@link Deadlines#fingerprint()}), untouched cases would keep the old date. So at start-up the settings'
 * fingerprint is compared with the one the stored deadlines were computed with
 * ({@code casework_deadline_settings}); when they differ, every open case is recomputed and the new
 * fingerprint stored. The deadline is derived data: the case's version is not changed (a user's form stays
 * valid) and no history entry is written; a case whose state changed meanwhile is left to its transition.
 *
 * <p>Why stored and not computed on read: the overdue and due-soon lists, the case map and the dashboard
 * filter, count and sort by {@code deadline_on} in SQL with an index; computing it in Java would mean
 * loading every open case for each of them.
 */
@Component
class DeadlineRecomputation {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecomputation.class);
    private static final int BATCH = 1000;

    static final String OPEN_CASES = """
            SELECT id, state, reported_on, approved_on, accepted_on, deadline_on, deadline_rule
            FROM casework_case WHERE open_household_id IS NOT NULL ORDER BY id""";

    static final String UPDATE = """
            UPDATE casework_case SET deadline_on = :due, deadline_rule = :rule
            WHERE id = :id AND state = :state""";

    private final Deadlines deadlines;
    private final NamedParameterJdbcTemplate jdbc;

    DeadlineRecomputation(Deadlines deadlines, NamedParameterJdbcTemplate jdbc) {
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

    /** At start-up: recomputes when the settings differ from those the stored deadlines were computed with. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void onStart() {
        String fingerprint = deadlines.fingerprint();
        List<String> stored = jdbc.queryForList("SELECT fingerprint FROM casework_deadline_settings WHERE id = 1",
                Map.of(), String.class);
        if (stored.size() == 1 && stored.get(0).equals(fingerprint)) {
            return;
        }
        long started = System.nanoTime();
        int changed = recompute(deadlines);
        LOG.info("Deadline settings {}: the next deadline of {} open cases recomputed in {} ms",
                stored.isEmpty() ? "recorded for the first time" : "changed", changed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Recomputes the next deadline of every open case with {@code rules}, writes those that changed and
     * records the rules' fingerprint.
     *
     * @return the number of cases whose stored deadline changed
     */
    @Transactional
    public int recompute(Deadlines rules) {
        List<MapSqlParameterSource> changes = new ArrayList<>();
        int[] changed = {0};
        jdbc.query(OPEN_CASES, Map.of(), rs -> {
            CaseState state = CaseState.valueOf(rs.getString("state"));
            Deadline next = rules.next(state, date(rs.getDate("reported_on")), date(rs.getDate("approved_on")),
                    date(rs.getDate("accepted_on")));
            LocalDate due = next == null ? null : next.dueOn();
            String rule = next == null ? null : next.rule().name();
            if (!java.util.Objects.equals(due, date(rs.getDate("deadline_on")))
                    || !java.util.Objects.equals(rule, rs.getString("deadline_rule"))) {
                changes.add(new MapSqlParameterSource("id", rs.getLong("id")).addValue("state", state.name())
                        .addValue("due", due).addValue("rule", rule));
                if (changes.size() == BATCH) {
                    changed[0] += write(changes);
                }
            }
        });
        changed[0] += write(changes);
        MapSqlParameterSource record = new MapSqlParameterSource("fingerprint", rules.fingerprint())
                .addValue("at", Timestamp.from(Instant.now())).addValue("changed", changed[0]);
        if (jdbc.update("UPDATE casework_deadline_settings SET fingerprint = :fingerprint, recomputed_at = :at, "
                + "cases_changed = :changed WHERE id = 1", record) == 0) {
            jdbc.update("INSERT INTO casework_deadline_settings (id, fingerprint, recomputed_at, cases_changed) "
                    + "VALUES (1, :fingerprint, :at, :changed)", record);
        }
        return changed[0];
    }

    private int write(List<MapSqlParameterSource> changes) {
        if (changes.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (int n : jdbc.batchUpdate(UPDATE, changes.toArray(MapSqlParameterSource[]::new))) {
            written += Math.max(n, 0);
        }
        changes.clear();
        return written;
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
