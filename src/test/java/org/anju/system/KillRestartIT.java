package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.PostgisDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tools.jackson.databind.JsonNode;

/**
 * The real jar, killed with SIGKILL in the middle of its work, starts again and holds its last
 * committed state — on the embedded database and on PostGIS.
 *
 * <p>Each round imports {@value #ROWS} new houses ({@code POST /api/imports}, all-or-nothing) while
 * a burst of sequential edits ({@code PUT /api/houses/T-KILL-EDIT}) runs, and kills the process:
 * in even rounds at a moment spread over the import (from before its first row to its commit), in
 * odd rounds once the import has been answered, during the edits. After each restart (which must
 * be ready within {@link #START_BOUND}) every import so far is all there or not there at all — by
 * code, by count, and through the spatial index ({@code bbox}) — every acknowledged import is
 * there, and the edited house holds the last acknowledged edit (or the one unanswered edit after
 * it), and the spatial index finds the edited house where its last edit moved it, and no upload of
 * a cut-off import is left in the data directory. Each round sends one edit before the burst: after
 * a restart the first edit is the slowest, and a PostGIS import is over in about a second. Run by
 * {@code mvn verify} (failsafe) after {@code package}.
 */
@Execution(ExecutionMode.CONCURRENT) // the two databases side by side: each start is mostly single-threaded
class KillRestartIT {

    private static final int KILLS = Integer.getInteger("kills", 10);
    private static final int ROWS = 5_000;
    private static final Duration START_BOUND = Duration.ofSeconds(300);
    private static final String EDITED = "T-KILL-EDIT";
    /** Imported houses stand in this box of village 140825100201, where the fixture county has none. */
    private static final String IMPORT_BOX = "111.019,35.569,111.041,35.591";
    private static final Path FIXTURE_COUNTY = Path.of("src/test/resources/fixture-county").toAbsolutePath();

    /**
     * The import and the edit burst each on a thread of its own: both block on HTTP, and the common
     * pool (one thread per core less one) could make the import wait for the end of the burst.
     */
    private static final Executor OWN_THREAD = task -> new Thread(task).start();

    @TempDir
    Path dir;

    /** The process of the current start, killed after the test whatever its outcome. */
    private RunningJar jar;

    @AfterEach
    void killWhatIsLeft() throws InterruptedException {
        if (jar != null) {
            jar.kill();
        }
    }

    @Test
    void theEmbeddedDatabaseHoldsItsLastCommittedStateAfterEveryKill() throws Exception {
        Map<String, String> environment = environment();
        environment.put("ANJU_DATA_DIR", dir.resolve("data").toString());
        Rounds rounds = killAndRestart(environment, null);
        assertThat(rounds.recoveries).as("restarts that ran EmbeddedDatabaseRecovery (%s)", rounds)
                .isPositive();
    }

    @Test
    void postgisHoldsItsLastCommittedStateAfterEveryKill() throws Exception {
        String url = PostgisDatabase.create("anju_test_kill_" + ProcessHandle.current().pid());
        Map<String, String> environment = environment();
        environment.put("SPRING_PROFILES_ACTIVE", "postgis");
        environment.put("ANJU_DB_URL", url);
        environment.put("ANJU_DB_USER", "postgres");
        environment.put("ANJU_DB_PASSWORD", "");
        environment.put("ANJU_DATA_DIR", dir.resolve("data-pg").toString());
        killAndRestart(environment, url);
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("ANJU_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        environment.put("ANJU_SAMPLE_DIR", FIXTURE_COUNTY.toString());
        return environment;
    }

    /** What the rounds saw, for the assertions that the kills fell where they should. */
    static final class Rounds {
        int midImport;
        int afterImport;
        int committedUnanswered;
        int acknowledgedEdits;
        /** Of which answered during a round's burst (not the one edit before it). */
        int burstEdits;
        int recoveries;
        final List<Long> startMillis = new ArrayList<>();

        @Override
        public String toString() {
            return "kills mid-import " + midImport + ", after the answered import " + afterImport
                    + ", after an unanswered commit " + committedUnanswered + "; acknowledged edits "
                    + acknowledgedEdits + " (" + burstEdits + " in the bursts); recoveries " + recoveries + "; starts (ms) " + startMillis;
        }
    }

    /** One import: acknowledged = answered 200 with {@code written}. */
    record ImportRound(String prefix, boolean acknowledged) {
    }

    /** The last edit answered 200: its version and the floor area it set. */
    record Edit(int version, double floorArea) {
    }

    private Rounds killAndRestart(Map<String, String> environment, String postgisUrl) throws Exception {
        Rounds rounds = new Rounds();
        Random random = new Random();
        start(environment, 0, rounds);
        Api api = new Api(jar.port());
        Response created = api.post("/api/houses", editedHouse(100.0, ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long housesBefore = api.get("/api/houses?limit=1").json().path("numberMatched").asLong();
        Edit lastEdit = new Edit(0, 100.0);
        List<ImportRound> imports = new ArrayList<>();
        long importMillis = 1500;

        for (int kill = 1; kill <= KILLS; kill++) {
            String prefix = "T-KILL-R%02d-".formatted(kill);
            byte[] csv = houses(prefix);
            AtomicBoolean editing = new AtomicBoolean(true);
            AtomicReference<Edit> acknowledged = new AtomicReference<>(lastEdit);
            Api client = api;
            int editsBefore = rounds.acknowledgedEdits;
            // one edit before the burst: after a restart the first edit is the slowest (a cold JVM), and
            // on PostGIS an import of ROWS houses is over in about a second — without it no edit of the
            // burst was ever answered before the kill there
            rounds.acknowledgedEdits += editBurst(api, new AtomicBoolean(true), acknowledged, 1);
            CompletableFuture<Integer> edits = CompletableFuture.supplyAsync(() -> editBurst(client, editing, acknowledged, Integer.MAX_VALUE),
                    OWN_THREAD);
            long sent = System.nanoTime();
            CompletableFuture<Boolean> importing = CompletableFuture.supplyAsync(() -> importAnswered(client, prefix, csv),
                    OWN_THREAD);
            if (kill % 2 == 0) {
                importing.get(120, TimeUnit.SECONDS);
                importMillis = (System.nanoTime() - sent) / 1_000_000;
                Thread.sleep(50 + random.nextInt(400));
            } else {
                double share = (kill / 2 % 5) * 0.25 + random.nextDouble() * 0.2; // 0 … 1.2 of an import
                Thread.sleep((long) (share * importMillis));
            }
            jar.kill();
            editing.set(false);
            boolean answered = importing.get(30, TimeUnit.SECONDS);
            int burst = edits.get(30, TimeUnit.SECONDS);
            rounds.acknowledgedEdits += burst;
            rounds.burstEdits += burst;
            lastEdit = acknowledged.get();
            imports.add(new ImportRound(prefix, answered));

            start(environment, kill, rounds);
            api = new Api(jar.port());
            assertThat(leftUploads(environment)).as("kill %d: uploads of cut-off imports deleted at start", kill).isEmpty();
            int present = checkImports(api, imports, housesBefore, kill);
            boolean thisOneThere = present > 0 && api.get("/api/houses/" + prefix + "0").status() == 200;
            if (answered) {
                rounds.afterImport++;
            } else if (thisOneThere) {
                rounds.committedUnanswered++;
            } else {
                rounds.midImport++;
            }
            lastEdit = checkEdit(api, lastEdit, kill, rounds.acknowledgedEdits - editsBefore);
            if (postgisUrl != null) {
                checkWithJdbc(postgisUrl, imports, kill);
            }
        }
        jar.stop();
        jar = null;
        System.out.println("KillRestartIT " + (postgisUrl == null ? "H2" : "PostGIS") + ": " + rounds);
        assertThat(rounds.midImport).as("kills that fell mid-import (%s)", rounds).isPositive();
        assertThat(rounds.afterImport).as("kills after an answered import (%s)", rounds).isPositive();
        assertThat(rounds.burstEdits).as("edits acknowledged during the bursts (%s)", rounds).isGreaterThan(KILLS);
        return rounds;
    }

    /** Starts the jar ({@link #jar}) and waits until it is ready; counts the starts that recovered the file. */
    private void start(Map<String, String> environment, int kill, Rounds rounds) throws InterruptedException {
        jar = RunningJar.start(environment, dir.resolve("start-" + kill + ".log"));
        rounds.startMillis.add(jar.awaitReady(START_BOUND).toMillis());
        if (jar.logText().contains("was not closed cleanly (crash or kill)")) {
            rounds.recoveries++;
        }
    }

    /**
     * Sequential edits, at most {@code most}, until stopped or the service is gone (the edit in flight
     * then has no answer); each answered 200 is recorded. Any other answer fails the test.
     */
    private static int editBurst(Api api, AtomicBoolean editing, AtomicReference<Edit> acknowledged, int most) {
        int count = 0;
        while (editing.get() && count < most) {
            Edit last = acknowledged.get();
            double floorArea = last.floorArea() + 1;
            Response answer;
            try {
                answer = api.put("/api/houses/" + EDITED, editedHouse(floorArea, ", \"version\": " + last.version()));
            } catch (IllegalStateException gone) {
                return count;
            }
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode properties = answer.json().path("properties");
            assertThat(properties.path("floor_area").asDouble()).isEqualTo(floorArea);
            acknowledged.set(new Edit(properties.path("version").asInt(), floorArea));
            count++;
        }
        return count;
    }

    /** Whether the import was answered 200 and written; false when the kill cut it off. Any other answer fails. */
    private static boolean importAnswered(Api api, String prefix, byte[] csv) {
        Response answer;
        try {
            answer = api.multipart("/api/imports", Map.of("layer", "houses"), prefix + "农房.csv", "text/csv", csv);
        } catch (IllegalStateException gone) {
            return false;
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("written").asBoolean()).as(answer.body()).isTrue();
        return true;
    }

    /** What is in the data directory's import workspaces: nothing once the service has started. */
    private static List<String> leftUploads(Map<String, String> environment) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of(environment.get("ANJU_DATA_DIR"), "import-workspaces"))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    /** Every import all or nothing (first and last code, total count, bbox count); answered ones there. */
    private static int checkImports(Api api, List<ImportRound> imports, long housesBefore, int kill) {
        int present = 0;
        for (ImportRound round : imports) {
            boolean first = api.get("/api/houses/" + round.prefix() + "0").status() == 200;
            boolean last = api.get("/api/houses/" + round.prefix() + (ROWS - 1)).status() == 200;
            assertThat(last).as("kill %d: import %s all or nothing (first house there: %s)", kill, round.prefix(), first)
                    .isEqualTo(first);
            if (round.acknowledged()) {
                assertThat(first).as("kill %d: the answered import %s is there", kill, round.prefix()).isTrue();
            }
            present += first ? 1 : 0;
        }
        long total = api.get("/api/houses?limit=1").json().path("numberMatched").asLong();
        assertThat(total).as("kill %d: houses = before + %d whole imports", kill, present)
                .isEqualTo(housesBefore + (long) present * ROWS);
        long inBox = api.get("/api/houses?limit=1&bbox=" + IMPORT_BOX).json().path("numberMatched").asLong();
        assertThat(inBox).as("kill %d: the spatial index finds the houses of %d whole imports", kill, present)
                .isEqualTo((long) present * ROWS);
        return present;
    }

    /**
     * The edited house holds the last acknowledged edit, or the single edit sent after it whose answer
     * the kill cut off (committed, not answered). Returns what it holds, for the next burst.
     */
    private static Edit checkEdit(Api api, Edit acknowledged, int kill, int editsThisRound) {
        JsonNode properties = api.get("/api/houses/" + EDITED).json().path("properties");
        Edit stored = new Edit(properties.path("version").asInt(), properties.path("floor_area").asDouble());
        if (stored.version() == acknowledged.version()) {
            assertThat(stored).as("kill %d (%d edits answered): the last acknowledged edit", kill, editsThisRound)
                    .isEqualTo(acknowledged);
        } else {
            assertThat(stored).as("kill %d (%d edits answered): the last acknowledged edit %s, or the next",
                    kill, editsThisRound, acknowledged)
                    .isEqualTo(new Edit(acknowledged.version() + 1, acknowledged.floorArea() + 1));
        }
        double lon = longitude(stored.floorArea());
        JsonNode found = api.get("/api/houses?bbox=%s,35.5096,%s,35.5104".formatted(lon - 0.0004, lon + 0.0004)).json();
        assertThat(found.path("numberMatched").asLong()).as("kill %d: the spatial index finds the edited house where "
                + "its last edit put it (%s)", kill, found).isEqualTo(1);
        assertThat(found.path("features").path(0).path("id").asString()).isEqualTo(EDITED);
        return stored;
    }

    /** PostgreSQL, counted directly: each import's prefix has 0 or all its rows. */
    private static void checkWithJdbc(String url, List<ImportRound> imports, int kill) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT substring(code, 1, 11), COUNT(*) FROM house "
                     + "WHERE code LIKE 'T-KILL-R%' GROUP BY 1")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        for (ImportRound round : imports) {
            assertThat(counts.getOrDefault(round.prefix(), 0L)).as("kill %d: rows of %s in PostgreSQL", kill, round.prefix())
                    .isIn(0L, (long) ROWS);
        }
    }

    /** Each edit moves the house too (the spatial index changes with it): east by 0.001° per unit of floor area, mod 10. */
    private static double longitude(double floorArea) {
        return 111.01 + ((int) floorArea % 10) * 0.001;
    }

    private static String editedHouse(double floorArea, String extra) {
        return """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, 35.51]},
                 "properties": {"code": "%s", "village_code": "140825100201", "structure": "BRICK_CONCRETE",
                                "storeys": 2, "year_built": 2010, "floor_area": %s, "occupancy": "OCCUPIED"%s}}
                """.formatted(longitude(floorArea), EDITED, floorArea, extra);
    }

    /** {@value #ROWS} new houses of one village, codes {@code prefix0 … prefix4999}, inside {@link #IMPORT_BOX}. */
    private static byte[] houses(String prefix) {
        StringBuilder csv = new StringBuilder("房屋编码,行政村,经度,纬度,结构类型,层数\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(prefix).append(i).append(",140825100201,")
                    .append(111.02 + (i % 100) * 0.0002).append(',').append(35.57 + (i / 100) * 0.0004)
                    .append(",砖混,2\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
