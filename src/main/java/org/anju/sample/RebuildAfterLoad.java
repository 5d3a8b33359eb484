package org.anju.sample;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For a bulk load into <em>empty</em> PostgreSQL tables: takes the tables' secondary indexes (those
 * no constraint owns) and foreign keys away before the rows go in and puts them back afterwards,
 * from their own catalogue definitions ({@code pg_get_indexdef}, {@code pg_get_constraintdef}) —
 * what {@code pg_restore} does. Building an index once over a million sorted rows, and checking a
 * foreign key with one join, is several times faster than maintaining them row by row. Primary
 * keys, unique and check constraints stay in place throughout, and everything happens in the
 * loader's transaction: a failure restores the tables as they were.
 */
final class RebuildAfterLoad {

    private static final Logger log = LoggerFactory.getLogger(RebuildAfterLoad.class);

    static final String SECONDARY_INDEXES = """
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid = ANY (?::regclass[])
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY i.indexrelid
            """;

    static final String FOREIGN_KEYS = """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid = ANY (?::regclass[])
            ORDER BY c.oid
            """;

    private final JdbcTemplate jdbc;
    private final List<String> restore = new ArrayList<>();

    private RebuildAfterLoad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Drops the secondary indexes and foreign keys of {@code tables} (all of them empty); see {@link #restore()}. */
    static RebuildAfterLoad dropFrom(JdbcTemplate jdbc, String... tables) {
        RebuildAfterLoad pause = new RebuildAfterLoad(jdbc);
        String names = "{" + String.join(",", tables) + "}";
        List<String[]> dropped = new ArrayList<>();
        dropped.addAll(jdbc.query(FOREIGN_KEYS, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, names));
        dropped.addAll(jdbc.query(SECONDARY_INDEXES, (rs, n) -> new String[] {rs.getString(1), rs.getString(2)}, names));
        for (String[] structure : dropped) {
            jdbc.execute(structure[0]);
            pause.restore.add(structure[1]);
        }
        return pause;
    }

    /** Builds the indexes and re-adds (and so checks) the foreign keys. */
    void restore() {
        for (String statement : restore) {
            long started = System.nanoTime();
            jdbc.execute(statement);
            log.info("  {} in {} ms", statement.replaceAll("\\s+", " "), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
