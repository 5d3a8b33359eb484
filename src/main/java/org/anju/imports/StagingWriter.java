package org.anju.imports;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.anju.geo.Cgcs2000;
import org.anju.geo.SpatialDialect;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes staged rows into a staging table in the current transaction: on PostGIS through one
 * {@code COPY … FROM STDIN} for the whole file (rows sent in chunks from a thread of their own,
 * geometries as EWKB hex), on H2GIS as JDBC batches. Memory: a few chunks. {@link #close()} sends
 * the rest; {@link #abort()} cancels a COPY after a failure so the connection can roll back.
 */
abstract class StagingWriter implements AutoCloseable {

    protected final String table;
    protected final List<String> columns;
    protected final Set<String> geometryColumns;
    protected final int batchSize;
    private long rows;

    private StagingWriter(String table, List<String> columns, Set<String> geometryColumns, int batchSize) {
        this.table = table;
        this.columns = columns;
        this.geometryColumns = geometryColumns;
        this.batchSize = batchSize;
    }

    static StagingWriter open(SpatialDialect dialect, DataSource dataSource, JdbcTemplate jdbc, String table,
                              List<String> columns, Set<String> geometryColumns, int batchSize) {
        return dialect == SpatialDialect.POSTGIS
                ? new Copy(dataSource, table, columns, geometryColumns, batchSize)
                : new Batch(jdbc, table, columns, geometryColumns, batchSize);
    }

    final void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        rows++;
        write(values);
    }

    long rows() {
        return rows;
    }

    protected abstract void write(Object[] values);

    @Override
    public abstract void close();

    abstract void abort();

    /** H2GIS: JDBC batches of {@code batchSize} rows. */
    private static final class Batch extends StagingWriter {

        private final JdbcTemplate jdbc;
        private final String sql;
        private final List<Object[]> pending = new ArrayList<>();
        private final WKBWriter wkb = new WKBWriter();

        Batch(JdbcTemplate jdbc, String table, List<String> columns, Set<String> geometryColumns, int batchSize) {
            super(table, columns, geometryColumns, batchSize);
            this.jdbc = jdbc;
            List<String> values = columns.stream()
                    .map(c -> geometryColumns.contains(c) ? "ST_GeomFromWKB(?, " + Cgcs2000.SRID + ")" : "?").toList();
            this.sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", values) + ")";
        }

        @Override
        protected void write(Object[] values) {
            Object[] row = values.clone();
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof Geometry g) {
                    row[i] = wkb.write(g);
                }
            }
            pending.add(row);
            if (pending.size() >= batchSize) {
                flush();
            }
        }

        private void flush() {
            if (!pending.isEmpty()) {
                jdbc.batchUpdate(sql, pending);
                pending.clear();
            }
        }

        @Override
        public void close() {
            flush();
        }

        @Override
        void abort() {
            pending.clear();
        }
    }

    /**
     * PostGIS: one COPY in CSV format, sent in chunks of {@code batchSize} rows by a {@link CopyPipe}
     * while the next rows are read.
     */
    private static final class Copy extends StagingWriter {

        private final DataSource dataSource;
        private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(1 << 20);
        private final CopyCsv csv = new CopyCsv();
        private CopyPipe pipe;
        private int chunkRows;

        Copy(DataSource dataSource, String table, List<String> columns, Set<String> geometryColumns, int batchSize) {
            super(table, columns, geometryColumns, batchSize);
            this.dataSource = dataSource;
        }

        @Override
        protected void write(Object[] values) {
            byte[] bytes = csv.line(values);
            chunk.write(bytes, 0, bytes.length);
            if (++chunkRows >= batchSize) {
                flush();
            }
        }

        private void flush() {
            if (chunkRows == 0) {
                return;
            }
            try {
                if (pipe == null) {
                    Connection connection = DataSourceUtils.getConnection(dataSource);
                    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
                    pipe = new CopyPipe(copy, table);
                }
                pipe.send(chunk.toByteArray());
                chunk.reset();
                chunkRows = 0;
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            flush();
            if (pipe != null) {
                try {
                    pipe.finish();
                } catch (SQLException e) {
                    throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
                } finally {
                    pipe = null;
                }
            }
        }

        @Override
        void abort() {
            if (pipe != null) {
                pipe.cancel();
            }
            pipe = null;
        }
    }
}
