package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code kill -9} at any moment, the embedded database opens again and holds exactly a
 * committed state: every import-sized transaction is all or nothing, every acknowledged edit is
 * there, and the spatial index agrees with its table.
 *
 * <p>{@link CrashingWriter} runs in its own JVM and is killed with SIGKILL at 6 random moments (0–4 s after it has opened the database) —
 * inside a 5,000-row transaction, during its commit, or in a burst of single-row edits. Without
 * {@link EmbeddedDatabaseRecovery} H2 2.4.240 cannot open the file again after the first such kill.
 */
class EmbeddedDatabaseCrashTest {

    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesALastCommittedStateThatOpensAgain() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("anju") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"; // as application.yml
        Map<Long, Integer> acknowledgedEdits = new HashMap<>();
        int acknowledgedBatches = 0;
        int recoveries = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            List<String> acknowledged = runAndKill(url, ThreadLocalRandom.current().nextInt(4000));
            for (String line : acknowledged) {
                String[] words = line.split(" ");
                if (words[0].equals("batch")) {
                    acknowledgedBatches = Math.max(acknowledgedBatches, Integer.parseInt(words[1]));
                } else if (words[0].equals("edit")) {
                    acknowledgedEdits.merge(Long.parseLong(words[1]), Integer.parseInt(words[2]), Math::max);
                }
            }
            if (EmbeddedDatabaseRecovery.recoverIfNeeded(url, "sa", "").recovered()) {
                recoveries++;
            }
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                int batches = count(c, "SELECT COUNT(*) FROM probe_batch");
                assertThat(batches).as("kill %d: acknowledged imports are there", kill)
                        .isGreaterThanOrEqualTo(acknowledgedBatches);
                assertThat(count(c, "SELECT COUNT(*) FROM probe_house"))
                        .as("kill %d: every import all or nothing", kill).isEqualTo(batches * CrashingWriter.BATCH);
                assertThat(count(c, "SELECT COUNT(*) FROM probe_house WHERE location && "
                        + "CAST('SRID=4490;POLYGON((100 20, 130 20, 130 50, 100 50, 100 20))' AS GEOMETRY)"))
                        .as("kill %d: the spatial index finds every house", kill).isEqualTo(batches * CrashingWriter.BATCH);
                assertThat(count(c, "SELECT COUNT(DISTINCT batch) FROM probe_house")).isEqualTo(batches);
                for (Map.Entry<Long, Integer> edit : acknowledgedEdits.entrySet()) {
                    int stored = count(c, "SELECT edits FROM probe_house WHERE id = " + edit.getKey());
                    assertThat(stored).as("kill %d: acknowledged edit of %d", kill, edit.getKey())
                            .isGreaterThanOrEqualTo(edit.getValue());
                }
            }
        }
        assertThat(acknowledgedBatches).as("the writer got far enough to matter").isPositive();
        assertThat(recoveries).as("kills that needed the recovery").isPositive();
    }

    private static List<String> runAndKill(String url, int afterMillis) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process writer = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), url).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && writer.isAlive()) {
            synchronized (lines) {
                if (lines.contains("ready")) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        Thread.sleep(afterMillis);
        assertThat(writer.isAlive()).as("writer still running before the kill; its output: %s", lines).isTrue();
        writer.destroyForcibly(); // SIGKILL on Linux
        writer.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith("batch ") || l.startsWith("edit ")).toList();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
