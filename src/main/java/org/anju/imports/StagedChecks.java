package org.anju.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Runs a set-based check over the staged rows of one import: every row the query returns gets a
 * {@link RowError} and is marked rejected in the staging table (in batches), so the upsert leaves
 * it out. Memory: one batch of row numbers.
 */
final class StagedChecks {

    private static final Logger log = LoggerFactory.getLogger(StagedChecks.class);

    interface ErrorOf {
        RowError of(Map<String, Object> row);
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String stage;
    private final String importId;
    private final ImportReport report;
    private final int batchSize;

    StagedChecks(NamedParameterJdbcTemplate jdbc, String stage, String importId, ImportReport report, int batchSize) {
        this.jdbc = jdbc;
        this.stage = stage;
        this.importId = importId;
        this.report = report;
        this.batchSize = batchSize;
    }

    void update(String sql) {
        long started = System.nanoTime();
        int rows = jdbc.update(sql, Map.of("id", importId));
        log.debug("import {}: {} rows in {} ms by {}", importId, rows, (System.nanoTime() - started) / 1_000_000,
                firstLine(sql));
    }

    private static String firstLine(String sql) {
        String s = sql.strip();
        int end = s.indexOf('\n');
        return end < 0 ? s : s.substring(0, end);
    }

    /** Reports every row {@code sql} returns with the error {@code errorOf} makes of it, and rejects the row. */
    void reject(String sql, ErrorOf errorOf) {
        reject(sql, Map.of(), errorOf);
    }

    /** As {@link #reject(String, ErrorOf)}, with more bound values than the import's {@code :id}. */
    void reject(String sql, Map<String, ?> values, ErrorOf errorOf) {
        long started = System.nanoTime();
        List<SqlParameterSource> batch = new ArrayList<>();
        jdbc.query(sql, new MapSqlParameterSource(values).addValue("id", importId), rs -> {
            Map<String, Object> row = new java.util.HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), rs.getObject(i));
            }
            RowError error = errorOf.of(row);
            report.error(error);
            batch.add(new MapSqlParameterSource("id", importId).addValue("row", error.row()));
            if (batch.size() >= batchSize) {
                flush(batch);
            }
        });
        flush(batch);
        log.debug("import {}: check in {} ms: {}", importId, (System.nanoTime() - started) / 1_000_000, firstLine(sql));
    }

    private void flush(List<SqlParameterSource> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(ImportSql.reject(stage), batch.toArray(SqlParameterSource[]::new));
            batch.clear();
        }
    }

    long count(String sql) {
        Long n = jdbc.queryForObject(sql, Map.of("id", importId), Long.class);
        return n == null ? 0 : n;
    }
}
