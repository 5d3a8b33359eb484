package org.anju.imports;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.anju.geo.SpatialDialect;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** What a layer import needs: the database, the request, the report and the way to CGCS2000. */
record ImportContext(NamedParameterJdbcTemplate jdbc, DataSource dataSource, SpatialDialect dialect,
                     ImportProperties properties, ImportRequest request, ImportReport report, Reprojection reprojection,
                     boolean heterogeneous) {

    StagingWriter stagingWriter(String table, List<String> columns, Set<String> geometryColumns) {
        JdbcTemplate plain = jdbc.getJdbcTemplate();
        return StagingWriter.open(dialect, dataSource, plain, table, columns, geometryColumns, properties.batchSize());
    }
}
