package org.anju.imports;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.anju.house.SafetyGrade;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The fast way of a county's first import of houses on PostGIS: the checked rows go straight into
 * {@code house} — and their dated grades into {@code house_assessment} — chunk by chunk, by COPY,
 * from a thread of its own while the reader reads on: no staging table, no second pass over the
 * rows. Per chunk it asks the database (in the import's transaction) for the ids of the owner
 * households; the chunk's houses get their ids from the sequence of {@code house.id}
 * first, so that a second COPY adds their dated grades to {@code house_assessment} without looking
 * the houses up again.
 *
 * <p>It works as long as every code is new and unique in the file: a code stored already — or
 * written by an earlier chunk of the same file — makes the COPY fail on {@code house}'s unique
 * code (repeats inside a chunk are caught before; chunks that are not written are asked about stored
 * codes by a query). After a stored or repeated code
 * {@link #finish()} throws {@link StagingRequired}: the caller rolls back what was
 * written and imports the file again through the staging table, whose MERGE updates stored
 * houses and whose checks name the repeated rows. An unknown owner household is a row error, as
 * on the staging way; so is one outside the importing account's jurisdiction (whether a stored code
 * lies inside it is checked on the staging way, where every stored code goes). Once an
 * all-or-nothing import has a row error it cannot be written, so the chunks after it are checked
 * but not written. Memory: two chunks waiting and one being written.
 */
final class HouseDirectWrite {

    /** A checked house and its village, waiting for its chunk to be written. */
    private record Row(HouseRows.Staged house, String village) {
    }

    private static final List<Row> END = new ArrayList<>();

    private final ImportReport report;
    private final boolean allOrNothing;
    private final String ownerColumn;
    private final RowJurisdiction jurisdiction;
    private final int chunkSize;
    private final Supplier<LayerImport> staged;
    private final Connection connection;
    private final BlockingQueue<List<Row>> chunks = new ArrayBlockingQueue<>(2);
    private final Set<String> chunkCodes = new HashSet<>();
    private final CopyCsv csv = new CopyCsv();
    private final Thread writer;
    private List<Row> chunk = new ArrayList<>();
    private String idSequence;
    private volatile String stagingReason;
    private volatile Exception failure;
    private volatile long accepted;
    private volatile long rejected;

    /**
     * @param dataSource  whose connection of the current transaction is written to (taken here, on the import's thread)
     * @param ownerColumn the file's owner column as named there, for the errors
     * @param jurisdiction the importing account's: an owner household outside it is unknown
     * @param staged      the import that stages every row, for {@link StagingRequired}
     */
    HouseDirectWrite(DataSource dataSource, ImportReport report, ImportMode mode, String ownerColumn,
                     RowJurisdiction jurisdiction, int chunkSize, Supplier<LayerImport> staged) {
        this.report = report;
        this.allOrNothing = mode == ImportMode.ALL_OR_NOTHING;
        this.ownerColumn = ownerColumn;
        this.jurisdiction = jurisdiction;
        this.chunkSize = chunkSize;
        this.staged = staged;
        this.connection = DataSourceUtils.getConnection(dataSource);
        this.writer = new Thread(this::writeAll, "anju-import-write");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues a checked house. Once the direct way is known to fail (a stored or repeated code) the
     * rows are dropped: {@link #finish()} then throws {@link StagingRequired}. (Not thrown from here:
     * it would have to pass through every file reader unchanged.)
     */
    void add(HouseRows.Staged house, String village) {
        if (stagingReason != null) {
            return;
        }
        if (!chunkCodes.add(house.code())) {
            stagingReason = "house code " + house.code() + " repeated in the file";
            return;
        }
        chunk.add(new Row(house, village));
        if (chunk.size() >= chunkSize) {
            send(chunk);
            chunk = new ArrayList<>(chunkSize);
            chunkCodes.clear();
        }
    }

    /** True once the file has to be read again through the staging table: further rows need no checks. */
    boolean givenUp() {
        return stagingReason != null;
    }

    /** Writes the last chunk and waits for the writer; throws {@link StagingRequired} when a code was stored. */
    void finish() {
        if (!chunk.isEmpty()) {
            send(chunk);
        }
        send(END);
        join();
        if (failure != null) {
            throw new IllegalStateException("writing houses failed: " + failure.getMessage(), failure);
        }
        if (stagingReason != null) {
            throw new StagingRequired(stagingReason, staged);
        }
    }

    /** Stops writing after a failure elsewhere (the transaction rolls back). */
    void abort() {
        stagingReason = stagingReason == null ? "aborted" : stagingReason;
        writer.interrupt();
        join();
    }

    /** Rows that passed every check, written unless the import is refused. */
    long accepted() {
        return accepted;
    }

    /** Rows rejected by the writer (unknown owner households). */
    long rejected() {
        return rejected;
    }

    private void send(List<Row> rows) {
        try {
            while (!chunks.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (!writer.isAlive()) {
                    throw new IllegalStateException("house writer stopped: " + failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing houses", e);
        }
    }

    private void join() {
        try {
            writer.join(TimeUnit.MINUTES.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeAll() {
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            while (true) {
                List<Row> rows = chunks.take();
                if (rows == END) {
                    return;
                }
                if (stagingReason == null) {
                    write(rows, copy);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(List<Row> rows, CopyManager copy) throws SQLException {
        Map<String, Long> owners = owners(rows);
        List<Row> good = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String owner = row.house().ownerHousehold();
            if (owner != null && !owners.containsKey(owner)) {
                report.error(new RowError(row.house().row(), ownerColumn, owner, "household.unknown"));
                rejected++;
            } else {
                good.add(row);
            }
        }
        accepted += good.size();
        if (good.isEmpty() || (allOrNothing && report.errorCount() > 0)) {
            // refused anyway: checked, not written — a stored code still sends the file to the staging way, as before
            String stored = firstStored(rows);
            if (stored != null) {
                stagingReason = "house code " + stored + " stored already";
            }
            return;
        }
        long[] ids = newIds(good.size());
        ByteArrayOutputStream grades = new ByteArrayOutputStream(good.size() * 40);
        // the rows go out as they are made, so that PostgreSQL writes while the next ones are made
        var houses = new CopyStream(copy.copyIn(ImportSql.HOUSE_COPY));
        try {
            for (int i = 0; i < good.size(); i++) {
                Row row = good.get(i);
                HouseRows.Staged h = row.house();
                boolean assessed = h.grade() != null && h.grade() != SafetyGrade.UNASSESSED;
                houses.write(csv.line(ids[i], h.code(), row.village(), h.location(), h.footprint(), h.address(),
                        h.structure() == null ? "OTHER" : h.structure().name(), h.storeys(), h.yearBuilt(), h.floorArea(),
                        h.seismicMeasures() == null ? "UNKNOWN" : h.seismicMeasures().name(),
                        h.grade() == null ? "UNASSESSED" : h.grade().name(), h.assessedOn(), assessed ? kind(h) : null,
                        h.assessor(), h.occupancy() == null ? "OCCUPIED" : h.occupancy().name(), h.lastInspectedOn(),
                        owners.get(h.ownerHousehold())));
                if (assessed && h.assessedOn() != null) {
                    grades.writeBytes(csv.line(ids[i], h.grade().name(), h.assessedOn(), kind(h), h.assessor()));
                }
            }
            houses.end();
        } catch (SQLException e) {
            if (!codeTaken(e)) {
                throw e;
            }
            // the transaction is aborted now: the import rolls back to its savepoint and reads again, staged
            stagingReason = "a house code of rows " + good.get(0).house().row() + "–" + good.get(good.size() - 1).house().row()
                    + " is stored already or repeated in the file";
            return;
        } finally {
            houses.cancelIfActive();
        }
        if (grades.size() > 0) {
            var history = new CopyStream(copy.copyIn(ImportSql.HOUSE_ASSESSMENT_COPY));
            try {
                history.write(grades.toByteArray());
                history.end();
            } finally {
                history.cancelIfActive();
            }
        }
    }

    private static String kind(HouseRows.Staged house) {
        return house.kind() == null ? "APPRAISAL" : house.kind().name();
    }

    /**
     * {@code n} new ids from the sequence of {@code house.id}: the chunk's houses are copied with
     * them, and their grade history refers to them without a look-up by code (a join of each chunk
     * with {@code house}, which PostgreSQL planned as a scan of the whole table per chunk).
     */
    private long[] newIds(int n) throws SQLException {
        if (idSequence == null) {
            try (PreparedStatement query = connection.prepareStatement(ImportSql.HOUSE_ID_SEQUENCE);
                 ResultSet rs = query.executeQuery()) {
                rs.next();
                idSequence = rs.getString(1);
            }
        }
        long[] ids = new long[n];
        try (PreparedStatement query = connection.prepareStatement(ImportSql.NEW_HOUSE_IDS)) {
            query.setString(1, idSequence);
            query.setInt(2, n);
            try (ResultSet rs = query.executeQuery()) {
                for (int i = 0; i < n; i++) {
                    if (!rs.next()) {
                        throw new SQLException("the sequence of house.id gave " + i + " ids, not " + n);
                    }
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    /** Whether the COPY failed on {@code house}'s unique code: a code stored already, or written by an earlier chunk. */
    private static boolean codeTaken(SQLException e) {
        return "23505".equals(e.getSQLState()) && e instanceof PSQLException p && p.getServerErrorMessage() != null
                && "house_code_unique".equals(p.getServerErrorMessage().getConstraint());
    }

    /** The first code of {@code rows} that is stored, or {@code null} (for chunks that are not written). */
    private String firstStored(List<Row> rows) throws SQLException {
        String[] codes = rows.stream().map(r -> r.house().code()).toArray(String[]::new);
        try (PreparedStatement query = connection.prepareStatement(ImportSql.HOUSE_CODES_STORED)) {
            query.setArray(1, connection.createArrayOf("varchar", codes));
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Map<String, Long> owners(List<Row> rows) throws SQLException {
        String[] codes = rows.stream().map(r -> r.house().ownerHousehold()).filter(o -> o != null).distinct()
                .toArray(String[]::new);
        Map<String, Long> ids = new HashMap<>(codes.length * 2);
        if (codes.length == 0) {
            return ids;
        }
        try (PreparedStatement query = connection.prepareStatement(jurisdiction.unrestricted()
                ? ImportSql.HOUSEHOLD_IDS : ImportSql.HOUSEHOLD_IDS_WITHIN)) {
            query.setArray(1, connection.createArrayOf("varchar", codes));
            if (!jurisdiction.unrestricted()) {
                query.setString(2, jurisdiction.firstVillage());
                query.setString(3, jurisdiction.lastVillage());
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

}
