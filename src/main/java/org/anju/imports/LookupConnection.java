package org.anju.imports;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A second connection of an import, outside its transaction, for reading reference data (village
 * and county boundaries) while the import's own connection is busy streaming a COPY — a
 * connection in COPY mode cannot answer queries. It sees committed data only, which is all an
 * import reads this way. Opened on first use; {@link #close()} gives it back to the pool.
 */
final class LookupConnection implements AutoCloseable {

    private final DataSource dataSource;
    private Connection connection;
    private NamedParameterJdbcTemplate jdbc;

    LookupConnection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    NamedParameterJdbcTemplate jdbc() {
        if (jdbc == null) {
            try {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                connection.setReadOnly(true);
            } catch (SQLException e) {
                throw new IllegalStateException("no connection for the import's look-ups: " + e.getMessage(), e);
            }
            jdbc = new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
        }
        return jdbc;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.setReadOnly(false);
                connection.close();
            } catch (SQLException e) {
                // the pool replaces a broken connection
            } finally {
                connection = null;
                jdbc = null;
            }
        }
    }
}
