package org.anju.sample;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends rows to one statement in JDBC batches of a fixed size; {@link #close()} sends the rest.
 * Geometries are bound as WKB (the statements wrap them in {@code ST_GeomFromWKB(?, 4490)}).
 */
final class BatchInsert implements RowSink {

    private static final int SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final List<Object[]> rows = new ArrayList<>(SIZE);
    private final WKBWriter wkb = new WKBWriter();
    private long count;

    BatchInsert(JdbcTemplate jdbc, String sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public void add(long position, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Geometry geometry) {
                values[i] = wkb.write(geometry);
            }
        }
        rows.add(values);
        count++;
        if (rows.size() == SIZE) {
            flush();
        }
    }

    @Override
    public long count() {
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
