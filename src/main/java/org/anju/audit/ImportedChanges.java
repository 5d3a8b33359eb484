package org.anju.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The before and after of every stored house or household an import updates, one audit entry per
 * record ({@code HOUSE_IMPORT_UPDATE}, target {@code house CODE}; {@code HOUSEHOLD_IMPORT_UPDATE}),
 * like a change made through the API, with the import's id in the detail:
 * {@code {"import": id, "before": {...}, "after": {...}}} (ID number and phone masked).
 *
 * <p>Call {@link #before} after the import's checks and before it writes, {@link #after} once it has
 * written, both in the import's transaction: a failed or refused import leaves no entry. Memory stays
 * flat: both passes go page by page ({@value #PAGE} records), keyed by code and then by entry id.
 * Rows are read with Spring's column maps, whose keys ignore case (H2 answers in upper case).
 * Records an import inserts are not logged one by one: the import's own entry ({@code IMPORT}) names
 * the file and the counts, and the rows are the records themselves.
 */
@Component
public class ImportedChanges {

    /** What an import may update, with how the audit shows it and where the import stages its rows. */
    public enum Kind {
        HOUSE("HOUSE_IMPORT_UPDATE", "house ", AuditSql.HOUSE_COLUMNS, "h.code"),
        HOUSEHOLD("HOUSEHOLD_IMPORT_UPDATE", "household ", AuditSql.HOUSEHOLD_COLUMNS, "hh.code");

        private final String action;
        private final String targetPrefix;
        private final String columns;
        private final String codeColumn;

        Kind(String action, String targetPrefix, String columns, String codeColumn) {
            this.action = action;
            this.targetPrefix = targetPrefix;
            this.columns = columns;
            this.codeColumn = codeColumn;
        }
    }

    static final int PAGE = 500;

    private final NamedParameterJdbcTemplate jdbc;

    ImportedChanges(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Logs the stored records that the accepted rows of {@code stagingTable} (import {@code importId})
     * will update, as they are now; returns the id to pass to {@link #after}.
     */
    public long before(Kind kind, String stagingTable, String importId) {
        long since = jdbc.getJdbcTemplate().queryForObject(AuditSql.LAST_ID, Long.class);
        String sql = AuditSql.TO_BE_UPDATED.formatted(kind.columns, kind.codeColumn, stagingTable, PAGE);
        String lastCode = "";
        while (true) {
            List<Map<String, Object>> records = jdbc.queryForList(sql,
                    new MapSqlParameterSource("importId", importId).addValue("lastCode", lastCode));
            if (records.isEmpty()) {
                return since;
            }
            List<SqlParameterSource> entries = new ArrayList<>();
            for (Map<String, Object> record : records) {
                String code = (String) record.get("code");
                entries.add(AuditLog.entry(kind.action, kind.targetPrefix + code, null,
                        "{\"import\":\"" + importId + "\",\"before\":" + RecordSnapshots.json(record) + ",\"after\":null}"));
                lastCode = code;
            }
            jdbc.batchUpdate(AuditSql.INSERT, entries.toArray(SqlParameterSource[]::new));
        }
    }

    /** Completes the entries {@link #before} wrote (those after {@code since}) with the records as they are now. */
    public void after(Kind kind, String importId, long since) {
        String entriesSql = AuditSql.UPDATE_ENTRIES.formatted(PAGE);
        String recordsSql = kind.columns + "WHERE " + kind.codeColumn + " IN (:codes)";
        long lastId = since;
        while (true) {
            List<Map<String, Object>> entries = jdbc.queryForList(entriesSql, new MapSqlParameterSource("lastId", lastId)
                    .addValue("action", kind.action).addValue("marker", "{\"import\":\"" + importId + "\",%"));
            if (entries.isEmpty()) {
                return;
            }
            List<String> codes = new ArrayList<>();
            for (Map<String, Object> entry : entries) {
                codes.add(((String) entry.get("target")).substring(kind.targetPrefix.length()));
            }
            Map<String, String> now = new HashMap<>();
            for (Map<String, Object> record : jdbc.query(recordsSql, Map.of("codes", codes), new ColumnMapRowMapper())) {
                now.put((String) record.get("code"), RecordSnapshots.json(record));
            }
            List<SqlParameterSource> updates = new ArrayList<>();
            for (Map<String, Object> entry : entries) {
                String detail = (String) entry.get("detail");
                String code = ((String) entry.get("target")).substring(kind.targetPrefix.length());
                String completed = detail.substring(0, detail.length() - "null}".length()) + now.get(code) + "}";
                lastId = ((Number) entry.get("id")).longValue();
                updates.add(new MapSqlParameterSource("id", lastId).addValue("detail", completed));
            }
            jdbc.batchUpdate(AuditSql.SET_DETAIL, updates.toArray(SqlParameterSource[]::new));
        }
    }
}
