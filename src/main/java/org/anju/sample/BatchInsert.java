package org.anju.sample;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Sends rows to one statement in JDBC batches of a fixed size; {@link #close()} sends the rest. */
final class BatchInsert implements AutoCloseable {

    private static final int SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>(SIZE);
    private long count;

    BatchInsert(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    void add(Object... row) {
        rows.add(row);
        count++;
        if (rows.size() == SIZE) {
            flush();
        }
    }

    long count() {
        return count;
    }

    private void flush() {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
        }
    }

    @Override
    public void close() {
        flush();
    }
}
