package org.anju.search;

import java.sql.ResultSet;
import java.sql.Statement;

import org.anju.testsupport.OnPostgis;
import org.springframework.jdbc.core.ConnectionCallback;

@OnPostgis
class SearchOnPostgisTest extends SearchSpec {

    /** The fixture is tiny: without {@code enable_seqscan = off} any table is read whole. */
    @Override
    String plan(String sql) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                } finally {
                    statement.execute("RESET enable_seqscan");
                }
                return plan.toString();
            }
        });
    }
}
