package org.anju.sample;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The PostgreSQL bulk path: every large file is streamed with {@code COPY … FROM STDIN} into a
 * temporary staging table of the transaction ({@link CountyPackageSql#STAGES}); {@link #finish()}
 * then moves each table with one {@code INSERT … SELECT} that resolves codes with hash joins,
 * households and houses first (each pointing at the other), then categories, assessments and
 * renovations, and runs {@code ANALYZE}. Into an empty database, the secondary indexes and foreign
 * keys of these tables are built after the move ({@link RebuildAfterLoad}).
 *
 * <p>What the row-by-row path rejects is rejected here too: the loader's own checks run before a
 * row is sent, constraint violations fail the move (naming the file), and a category, assessment
 * or renovation of an unknown household or house is reported with its row before anything moves.
 * Unknown owners, residences and footprint houses are left empty, as on the row-by-row path.
 *
 * <p>Must run inside the loader's transaction: the staging tables are dropped at commit, and a
 * failure rolls everything back.
 */
final class CopyLoad implements LoadTarget {

    private static final Logger log = LoggerFactory.getLogger(CopyLoad.class);

    /** The tables the staged rows move into; on an empty database their indexes are built afterwards. */
    private static final String[] LOADED_TABLES = {"household", "household_category", "house", "house_assessment", "renovation"};

    private final JdbcTemplate jdbc;
    private final CopyManager copy;
    private final SourceFiles files;

    /** The files the staged rows came from, to name them in errors. */
    record SourceFiles(Path households, Path houses, Path assessments, Path renovations) {
    }

    CopyLoad(JdbcTemplate jdbc, SourceFiles files) {
        this.jdbc = jdbc;
        this.files = files;
        this.copy = copyManager(jdbc.getDataSource());
        String houseIds = jdbc.queryForObject(CountyPackageSql.HOUSE_ID_SEQUENCE, String.class);
        for (String stage : CountyPackageSql.STAGES) {
            jdbc.execute(stage.formatted(houseIds));
        }
    }

    /** The transaction's connection (bound by Spring), as PostgreSQL's own for its COPY API. */
    private static CopyManager copyManager(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new IllegalStateException("not a PostgreSQL connection", e);
        }
    }

    @Override
    public RowSink households() {
        return new CopyRows(copy, CountyPackageSql.COPY_HOUSEHOLD);
    }

    @Override
    public RowSink householdCategories() {
        return new CopyRows(copy, CountyPackageSql.COPY_HOUSEHOLD_CATEGORY);
    }

    @Override
    public RowSink houses() {
        return new CopyRows(copy, CountyPackageSql.COPY_HOUSE);
    }

    @Override
    public RowSink footprints() {
        return new CopyRows(copy, CountyPackageSql.COPY_FOOTPRINT);
    }

    @Override
    public RowSink residences() {
        return new CopyRows(copy, CountyPackageSql.COPY_RESIDENCE);
    }

    @Override
    public RowSink assessments() {
        return new CopyRows(copy, CountyPackageSql.COPY_ASSESSMENT);
    }

    @Override
    public RowSink renovations() {
        return new CopyRows(copy, CountyPackageSql.COPY_RENOVATION);
    }

    @Override
    public void finish() {
        jdbc.execute(CountyPackageSql.DEFER_RESIDENCE_CHECK);
        jdbc.execute(CountyPackageSql.ANALYZE_STAGES);
        boolean empty = jdbc.queryForObject(CountyPackageSql.LOADED_TABLES_HOLD_ROWS, Boolean.class) == Boolean.FALSE;
        RebuildAfterLoad rebuild = empty ? RebuildAfterLoad.dropFrom(jdbc, LOADED_TABLES) : null;
        move("household", files.households(), CountyPackageSql.MOVE_HOUSEHOLDS);
        refuseUnknown(files.households(), CountyPackageSql.UNKNOWN_CATEGORY_HOUSEHOLD, "unknown household");
        move("household_category", files.households(), CountyPackageSql.MOVE_HOUSEHOLD_CATEGORIES);
        move("house", files.houses(), CountyPackageSql.MOVE_HOUSES);
        refuseUnknown(files.assessments(), CountyPackageSql.UNKNOWN_ASSESSMENT_HOUSE, "unknown house");
        move("house_assessment", files.assessments(), CountyPackageSql.MOVE_ASSESSMENTS);
        refuseUnknown(files.renovations(), CountyPackageSql.UNKNOWN_RENOVATION_HOUSE, "unknown house");
        move("renovation", files.renovations(), CountyPackageSql.MOVE_RENOVATIONS);
        if (rebuild != null) {
            rebuild.restore();
        }
        long started = System.nanoTime();
        jdbc.execute(CountyPackageSql.ANALYZE_LOADED);
        log.info("  analyze: done in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void move(String table, Path file, String sql) {
        long started = System.nanoTime();
        int rows;
        try {
            rows = jdbc.update(sql);
        } catch (DataAccessException e) {
            throw new CountyPackageException(file, 0, e.getMostSpecificCause().getMessage());
        }
        log.info("  {}: {} staged rows moved in {} ms", table, rows, (System.nanoTime() - started) / 1_000_000);
    }

    private void refuseUnknown(Path file, String sql, String what) {
        List<CountyPackageException> unknown = jdbc.query(sql, (rs, n) ->
                new CountyPackageException(file, rs.getLong(1), what + " '" + rs.getString(2) + "'"));
        if (!unknown.isEmpty()) {
            throw unknown.get(0);
        }
    }
}
