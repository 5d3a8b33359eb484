package org.anju.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The program {@link EmbeddedDatabaseCrashTest} kills: it opens the embedded database the way the
 * service does (recovery first), then writes for ever — an import-sized transaction of
 * {@value #BATCH} houses with a spatial index, then a burst of single-row edits — and prints
 * {@code batch N} or {@code edit ID VALUE} on standard output once each commit has returned.
 */
public final class CrashingWriter {

    static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        EmbeddedDatabaseRecovery.recoverIfNeeded(url, "sa", "");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS probe_batch (batch INT PRIMARY KEY)");
                s.execute("CREATE TABLE IF NOT EXISTS probe_house (id BIGINT PRIMARY KEY, batch INT NOT NULL, "
                        + "edits INT NOT NULL DEFAULT 0, location GEOMETRY(POINT, 4490) NOT NULL)");
                s.execute("CREATE SPATIAL INDEX IF NOT EXISTS probe_house_sidx ON probe_house (location)");
                s.execute("CREATE INDEX IF NOT EXISTS probe_house_batch ON probe_house (batch)");
            }
            System.out.println("ready");
            c.setAutoCommit(false);
            int batch;
            try (var r = c.createStatement().executeQuery("SELECT COALESCE(MAX(batch), 0) FROM probe_batch")) {
                r.next();
                batch = r.getInt(1);
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            try (PreparedStatement house = c.prepareStatement(
                         "INSERT INTO probe_house (id, batch, location) VALUES (?, ?, CAST(? AS GEOMETRY(POINT, 4490)))");
                 PreparedStatement marker = c.prepareStatement("INSERT INTO probe_batch VALUES (?)");
                 PreparedStatement edit = c.prepareStatement("UPDATE probe_house SET edits = edits + 1, "
                         + "location = CAST(? AS GEOMETRY(POINT, 4490)) WHERE id = ?");
                 PreparedStatement edits = c.prepareStatement("SELECT edits FROM probe_house WHERE id = ?")) {
                while (true) {
                    batch++;
                    for (int i = 0; i < BATCH; i++) {
                        house.setLong(1, (long) batch * BATCH + i);
                        house.setInt(2, batch);
                        house.setString(3, point(random));
                        house.addBatch();
                        if (i % 1000 == 999) {
                            house.executeBatch();
                        }
                    }
                    house.executeBatch();
                    marker.setInt(1, batch);
                    marker.executeUpdate();
                    c.commit();
                    System.out.println("batch " + batch);
                    for (int e = 0; e < 200; e++) {
                        long id = (long) (1 + random.nextInt(batch)) * BATCH + random.nextInt(BATCH);
                        edit.setString(1, point(random));
                        edit.setLong(2, id);
                        edit.executeUpdate();
                        edits.setLong(1, id);
                        try (var r = edits.executeQuery()) {
                            r.next();
                            int value = r.getInt(1);
                            c.commit();
                            System.out.println("edit " + id + " " + value);
                        }
                    }
                }
            }
        }
    }

    private static String point(ThreadLocalRandom random) {
        return "SRID=4490;POINT(" + (110.5 + random.nextDouble()) + " " + (35.3 + random.nextDouble()) + ")";
    }
}
