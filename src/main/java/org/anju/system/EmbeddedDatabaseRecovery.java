package org.anju.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.NullValueDataType;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.rtree.MVRTreeMap;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.mvstore.tx.VersionedValueType;
import org.h2.mvstore.type.MetaType;
import org.h2.value.Value;
import org.h2.value.VersionedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the embedded database file back to its last committed state after a crash
 * ({@code kill -9}, power cut, OOM kill), before anything else opens it.
 *
 * <p><b>Why this is needed.</b> H2 2.4.240 cannot open a database file that a crash left with an
 * unfinished transaction touching a spatial (R-tree) index: while it reads the undo log at start,
 * it opens the index's map with the plain value type instead of the spatial one and fails with
 * {@code ClassCastException: ValueDataType cannot be cast to SpatialDataType} — every time, so the
 * service never starts again. Reproduced with plain H2 (a table with a spatial index, 40,000-row
 * transactions, SIGKILL): every kill during a transaction or its commit left such a file.
 *
 * Even when H2 can open such a file, its rollback of R-tree changes can leave index entries of
 * rows that are gone, or miss rows that are there (seen: 5,001 houses found by the index, 5,000 in
 * the table).
 *
 * <p><b>What it does</b>, only when the file lacks H2's clean-shutdown mark:
 * <ol>
 *   <li>if an undo log was left, opens the file with H2's storage layer, the spatial maps first with
 *       their right type, and lets H2's own transaction store finish what was committed and roll
 *       back what was not;</li>
 *   <li>opens the database and rebuilds every spatial index from its table (the tables are right;
 *       the indexes are derived from them).</li>
 * </ol>
 * Each step is logged. A file that cannot be repaired stops the start with a message naming the
 * file and the way back ({@code docs/RELIABILITY.md}), not a stack trace.
 */
public final class EmbeddedDatabaseRecovery {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseRecovery.class);
    private static final String UNDO_LOG_PREFIX = TransactionStore.UNDO_LOG_NAME_PREFIX;
    private static final int HEADER_BLOCK = 4096;
    private static final Pattern CLEAN_MARK = Pattern.compile("(^|,)clean:1(,|$)");

    private EmbeddedDatabaseRecovery() {
    }

    /** What a recovery found and did; {@code NOTHING} when the file was closed cleanly or is new. */
    public record Outcome(int committedFinished, int rolledBack, List<String> rebuiltIndexes) {
        static final Outcome NOTHING = new Outcome(0, 0, List.of());

        public boolean recovered() {
            return this != NOTHING;
        }
    }

    /**
     * Recovers the database of a JDBC URL {@code jdbc:h2:file:PATH[;…]} if needed; other URLs
     * (in-memory, PostgreSQL) are left alone.
     */
    public static Outcome recoverIfNeeded(String jdbcUrl, String user, String password) {
        Path file = mvFile(jdbcUrl);
        if (file == null || !Files.isRegularFile(file)) {
            return Outcome.NOTHING;
        }
        int[] ended;
        try {
            if (closedCleanly(file)) {
                return Outcome.NOTHING;
            }
            ended = finishLeftoverTransactions(file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded database " + file + " is damaged beyond the automatic "
                    + "recovery (" + e.getMessage() + "). Restore a backup as docs/RELIABILITY.md describes.", e);
        }
        log.warn("The embedded database {} was not closed cleanly (crash or kill): finished {} transaction(s) "
                + "committed before it, rolled back {} unfinished one(s)", file, ended[0], ended[1]);
        List<String> rebuilt = rebuildSpatialIndexes(jdbcUrl, user, password);
        log.warn("Rebuilt the spatial indexes {} from their tables; the database holds its last committed state",
                rebuilt);
        return new Outcome(ended[0], ended[1], rebuilt);
    }

    /** {@code PATH.mv.db} of a file URL, or null. */
    static Path mvFile(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (jdbcUrl == null || !jdbcUrl.startsWith(prefix)) {
            return null;
        }
        String path = jdbcUrl.substring(prefix.length());
        int options = path.indexOf(';');
        if (options >= 0) {
            path = path.substring(0, options);
        }
        return Path.of(path + ".mv.db");
    }

    /**
     * Whether the file's header carries the mark H2 writes when it closes the store ({@code clean:1});
     * H2 removes it with the first write after opening, so a crash leaves it out.
     */
    static boolean closedCleanly(Path file) throws IOException {
        byte[] block = new byte[HEADER_BLOCK];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(block, 0, block.length);
        }
        String header = new String(block, 0, read, StandardCharsets.ISO_8859_1);
        int end = header.indexOf('\n');
        return CLEAN_MARK.matcher(end < 0 ? header : header.substring(0, end)).find();
    }

    /** [committed finished, rolled back]. */
    private static int[] finishLeftoverTransactions(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        try {
            if (store.getMapNames().stream().noneMatch(name -> name.startsWith(UNDO_LOG_PREFIX) && store.hasData(name))) {
                return new int[] {0, 0};
            }
            TransactionStore transactions = new TransactionStore(store,
                    new MetaType<>(null, store.backgroundExceptionHandler), new ValueDataType(), 0);
            openDataMaps(store, transactions);
            transactions.init();
            int committed = 0;
            int rolledBack = 0;
            for (Transaction t : transactions.getOpenTransactions()) {
                if (t.getStatus() == Transaction.STATUS_COMMITTED) {
                    t.commit();
                    committed++;
                } else if (t.getStatus() != Transaction.STATUS_PREPARED) {
                    t.rollback();
                    rolledBack++;
                }
            }
            store.commit();
            return new int[] {committed, rolledBack};
        } finally {
            store.close();
        }
    }

    /**
     * Opens every table and index map as the database would before it ends left-over transactions:
     * the spatial ones with their R-tree type (what H2 itself gets wrong), the others with the types
     * registered in the file.
     */
    private static void openDataMaps(MVStore store, TransactionStore transactions) {
        MVMap<String, String> meta = store.getMetaMap();
        for (String name : store.getMapNames()) {
            if (!name.startsWith("table.") && !name.startsWith("index.")) {
                continue;
            }
            String id = meta.get("name." + name);
            String config = id == null ? null : meta.get("map." + id);
            if (config != null && config.contains("type:rtree")) {
                store.openMap(name, new MVRTreeMap.Builder<VersionedValue<Value>>()
                        .valueType(new VersionedValueType<Value, Object>(NullValueDataType.INSTANCE)));
            } else {
                transactions.openMap(name, null, null);
            }
        }
    }

    private static List<String> rebuildSpatialIndexes(String jdbcUrl, String user, String password) {
        List<String> rebuilt = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            List<String[]> indexes = new ArrayList<>();
            try (ResultSet r = sql.executeQuery("""
                    SELECT i.index_schema, i.index_name, i.table_name, c.column_name
                      FROM information_schema.indexes i
                      JOIN information_schema.index_columns c
                        ON c.index_schema = i.index_schema AND c.index_name = i.index_name
                     WHERE i.index_type_name = 'SPATIAL INDEX'""")) {
                while (r.next()) {
                    indexes.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
            for (String[] index : indexes) {
                String schema = quoted(index[0]);
                sql.execute("DROP INDEX " + schema + "." + quoted(index[1]));
                sql.execute("CREATE SPATIAL INDEX " + quoted(index[1]) + " ON " + schema + "." + quoted(index[2])
                        + " (" + quoted(index[3]) + ")");
                rebuilt.add(index[1]);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild the spatial indexes of the embedded database "
                    + jdbcUrl + " after a crash: " + e.getMessage()
                    + ". Restore a backup as docs/RELIABILITY.md describes.", e);
        }
        return rebuilt;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
