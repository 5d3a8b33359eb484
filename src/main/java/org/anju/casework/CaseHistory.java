package org.anju.casework;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The transitions of cases (who did what, when), append-only. */
@Repository
public class CaseHistory {

    /** One recorded transition; amounts only for payments. */
    public record Entry(long id, int cycle, CaseAction action, CaseState fromState, CaseState toState,
                        LocalDate occurredOn, Instant recordedAt, String actor, String note,
                        BigDecimal centralYuan, BigDecimal provincialYuan, BigDecimal localYuan) {

        public BigDecimal totalYuan() {
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal part : new BigDecimal[] {centralYuan, provincialYuan, localYuan}) {
                if (part != null) {
                    total = total.add(part);
                }
            }
            return total;
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    CaseHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(long caseId, int cycle, CaseAction action, CaseState from, CaseState to, LocalDate occurredOn,
                Actor actor, String note, BigDecimal central, BigDecimal provincial, BigDecimal local) {
        jdbc.update(CaseSql.INSERT_TRANSITION, new MapSqlParameterSource()
                .addValue("caseId", caseId).addValue("cycle", cycle).addValue("action", action.name())
                .addValue("fromState", from == null ? null : from.name()).addValue("toState", to.name())
                .addValue("occurredOn", occurredOn).addValue("recordedAt", Timestamp.from(Instant.now()))
                .addValue("actor", actor.name()).addValue("note", note)
                .addValue("central", central).addValue("provincial", provincial).addValue("local", local));
    }

    /** Every transition of the case, oldest first. */
    public List<Entry> of(long caseId) {
        return jdbc.query(CaseSql.TRANSITIONS, Map.of("caseId", caseId), (rs, i) -> new Entry(rs.getLong("id"),
                rs.getInt("cycle"), CaseAction.valueOf(rs.getString("action")),
                rs.getString("from_state") == null ? null : CaseState.valueOf(rs.getString("from_state")),
                CaseState.valueOf(rs.getString("to_state")), rs.getObject("occurred_on", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"), rs.getString("note"),
                rs.getBigDecimal("central_yuan"), rs.getBigDecimal("provincial_yuan"), rs.getBigDecimal("local_yuan")));
    }

    /** The transitions of one cycle, oldest first. */
    public List<Entry> of(long caseId, int cycle) {
        return of(caseId).stream().filter(e -> e.cycle() == cycle).toList();
    }
}
