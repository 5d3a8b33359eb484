package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.RacingWriters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Field results sent from a phone's outbox (issue 17), on both databases: a result or photo sent again
 * under its client id creates nothing and answers the stored one; a photo's SHA-256 is checked against
 * its bytes; a result naming photos that have not arrived shows them missing (照片未到) on the task and
 * in the campaign; a result far from its house or with a poor position is flagged for review, not
 * refused; a result for a task or house changed since the phone read it is kept as a conflict (冲突),
 * not applied, and resolved by the township or county, audited.
 */
abstract class FieldResultsSpec extends ApiSpec {

    static final String XICUN = "140825100202";
    static final String XICUN_TOWNSHIP = "140825100000";

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    CaseworkFixtures fixtures;
    Api inspector;
    String inspectorName;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseworkFixtures(api, port);
        inspectorName = fixtures.account("VILLAGE_INSPECTOR", XICUN);
        inspector = new Api(port).as(inspectorName, CaseworkFixtures.PASSWORD);
    }

    long campaign(String name) {
        Response created = api.post("/api/inspections", """
                {"name": "%s", "kind": "AFTER_RAINY_SEASON", "area": "%s"}""".formatted(name, XICUN));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    JsonNode task(long campaign, String house) {
        JsonNode found = InspectionFieldSpec.task(api.get("/api/inspections/" + campaign + "/tasks?village=" + XICUN).json(), house);
        assertThat(found).as("task of %s", house).isNotNull();
        return found;
    }

    JsonNode village(long campaign) {
        for (JsonNode v : api.get("/api/inspections/" + campaign).json().path("villages")) {
            if (v.path("village_code").asString().equals(XICUN)) {
                return v;
            }
        }
        throw new AssertionError("no 西村 in the campaign");
    }

    long results(long task) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inspection_result WHERE task_id = :task", Map.of("task", task),
                Long.class);
    }

    static String result(String clientId, String grade, String note, int version, String more) {
        return """
                {"client_id": "%s", "grade": "%s", "occupancy": "OCCUPIED", "note": "%s", "version": %d%s}"""
                .formatted(clientId, grade, note, version, more);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aResultSentAgainUnderItsClientIdAnswersTheStoredOneAndCreatesNothing() {
        String house = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0901, 35.6501);
        long campaign = campaign("离线排查（重发）");
        long task = task(campaign, house).path("id").asLong();
        String url = "/api/inspections/" + campaign + "/tasks/" + task + "/result";
        String id = UUID.randomUUID().toString();
        String body = result(id, "B", "墙体完好", 0, ", \"lon\": 111.0901, \"lat\": 35.6501, \"accuracy\": 6");

        Response first = inspector.post(url, body);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("APPLIED");
        assertThat(first.json().path("client_id").asString()).isEqualTo(id);
        assertThat(first.json().path("replayed").asBoolean()).isFalse();
        for (int i = 0; i < 3; i++) {
            Response again = inspector.post(url, body);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().path("id").asLong()).as("the same record").isEqualTo(first.json().path("id").asLong());
            assertThat(again.json().path("replayed").asBoolean()).isTrue();
        }
        assertThat(results(task)).isEqualTo(1);
        assertThat(task(campaign, house).path("properties").path("version").asInt()).as("applied once").isEqualTo(1);

        Response other = inspector.post(url, result(id, "C", "另一条", 0, ""));
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.json().path("errors").get(0).path("message").asString())
                .contains(id.toString().substring(0, 8)).isNotEmpty();
        assertThat(other.body()).contains("同一编号不能用于两条结果");
        assertThat(results(task)).isEqualTo(1);

        Response notUuid = inspector.post(url, result("abc", "B", "x", 1, ""));
        assertThat(notUuid.status()).isEqualTo(422);
        assertThat(notUuid.json().path("errors").get(0).path("field").asString()).isEqualTo("client_id");
    }

    @Test
    void tenCopiesOfOneResultSentAtOnceStoreOne() throws Exception {
        String house = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0902, 35.6502);
        long campaign = campaign("离线排查（同时重发）");
        long task = task(campaign, house).path("id").asLong();
        String body = result(UUID.randomUUID().toString(), "B", "同时到达", 0, "");
        List<Response> answers = RacingWriters.atOnce(10, w -> new Api(port).as(inspectorName, CaseworkFixtures.PASSWORD)
                .post("/api/inspections/" + campaign + "/tasks/" + task + "/result", body));
        assertThat(answers).as("%s", answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(answers.stream().map(r -> r.json().path("id").asLong()).distinct()).hasSize(1);
        assertThat(answers.stream().filter(r -> !r.json().path("replayed").asBoolean())).hasSize(1);
        assertThat(results(task)).isEqualTo(1);
    }

    @Test
    void photosAreIdempotentTheirHashIsCheckedAndAMissingOneShowsOnTheTaskAndTheVillage() throws Exception {
        String house = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0903, 35.6503);
        long campaign = campaign("离线排查（照片）");
        long task = task(campaign, house).path("id").asLong();
        String photos = "/api/inspections/" + campaign + "/tasks/" + task + "/photos";
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        byte[] secondBytes = java.util.Arrays.copyOf(CaseworkFixtures.JPEG, CaseworkFixtures.JPEG.length + 3);
        Response recorded = inspector.post("/api/inspections/" + campaign + "/tasks/" + task + "/result",
                result(UUID.randomUUID().toString(), "C", "两张照片", 0, ", \"photos\": [\"%s\", \"%s\"]".formatted(first, second)));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().path("photos_declared").asInt()).isEqualTo(2);
        assertThat(recorded.json().path("photos_missing").asInt()).isEqualTo(2);
        String auth = CaseworkFixtures.basic(inspectorName);

        Response one = fixtures.multipart(photos, Map.of("client_id", first, "sha256", sha256(CaseworkFixtures.JPEG),
                "taken_at", "2024-07-01T08:30:00Z"), "file", "东墙.jpg", "image/jpeg", CaseworkFixtures.JPEG, auth);
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        assertThat(one.json().path("client_id").asString()).isEqualTo(first);
        assertThat(one.json().path("taken_at").asString()).as("the capture time").startsWith("2024-07-01T08:30");
        Response again = fixtures.multipart(photos, Map.of("client_id", first, "sha256", sha256(CaseworkFixtures.JPEG)),
                "file", "东墙.jpg", "image/jpeg", CaseworkFixtures.JPEG, auth);
        assertThat(again.status()).as("sent again: the stored photo").isEqualTo(200);
        assertThat(again.json().path("id").asLong()).isEqualTo(one.json().path("id").asLong());

        JsonNode listed = task(campaign, house).path("properties");
        assertThat(listed.path("photos").asInt()).isEqualTo(1);
        assertThat(listed.path("photos_missing").asInt()).as("照片未到").isEqualTo(1);
        assertThat(village(campaign).path("photos_missing").asInt()).isEqualTo(1);

        Response damaged = fixtures.multipart(photos, Map.of("client_id", second, "sha256", sha256(CaseworkFixtures.JPEG)),
                "file", "西墙.jpg", "image/jpeg", secondBytes, auth);
        assertThat(damaged.status()).as(damaged.toString()).isEqualTo(422);
        assertThat(damaged.json().path("errors").get(0).path("message").asString()).contains("西墙.jpg").contains(second);
        assertThat(api.get(photos).json()).as("nothing kept of the damaged one").hasSize(1);

        Response arrived = fixtures.multipart(photos, Map.of("client_id", second, "sha256", sha256(secondBytes)),
                "file", "西墙.jpg", "image/jpeg", secondBytes, auth);
        assertThat(arrived.status()).isEqualTo(201);
        assertThat(arrived.json().path("sha256").asString()).isEqualTo(sha256(secondBytes));
        assertThat(task(campaign, house).path("properties").path("photos_missing").asInt()).isZero();
        assertThat(village(campaign).path("photos_missing").asInt()).isZero();
        Response reused = fixtures.multipart(photos, Map.of("client_id", second, "sha256", sha256(CaseworkFixtures.JPEG)),
                "file", "别的.jpg", "image/jpeg", CaseworkFixtures.JPEG, auth);
        assertThat(reused.status()).as("one client id, another photo").isEqualTo(409);
    }

    @Test
    void aResultFarFromItsHouseOrWithAPoorPositionIsFlaggedForReviewNotRefused() {
        String near = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0904, 35.6504);
        String far = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0905, 35.6505);
        String vague = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0906, 35.6506);
        long campaign = campaign("离线排查（位置）");
        String base = "/api/inspections/" + campaign + "/tasks/";
        Response ok = inspector.post(base + task(campaign, near).path("id").asLong() + "/result",
                result(UUID.randomUUID().toString(), "B", "近", 0, ", \"lon\": 111.0905, \"lat\": 35.6504, \"accuracy\": 8"));
        assertThat(ok.json().path("review")).isEmpty();
        assertThat(ok.json().path("distance_metres").asDouble()).isBetween(8.0, 10.0);   // 0.0001° of longitude at 35.65°
        Response distant = inspector.post(base + task(campaign, far).path("id").asLong() + "/result",
                result(UUID.randomUUID().toString(), "B", "远", 0, ", \"lon\": 111.0935, \"lat\": 35.6505, \"accuracy\": 8"));
        assertThat(distant.status()).as("flagged, not refused").isEqualTo(200);
        assertThat(distant.json().path("status").asString()).isEqualTo("APPLIED");
        assertThat(distant.json().path("review").toString()).isEqualTo("[\"FAR\"]");
        assertThat(distant.json().path("distance_metres").asDouble()).isBetween(265.0, 280.0);
        Response imprecise = inspector.post(base + task(campaign, vague).path("id").asLong() + "/result",
                result(UUID.randomUUID().toString(), "B", "精度差", 0, ", \"lon\": 111.0906, \"lat\": 35.6506, \"accuracy\": 350"));
        assertThat(imprecise.json().path("review").toString()).isEqualTo("[\"POOR_ACCURACY\"]");

        assertThat(village(campaign).path("to_review").asInt()).isEqualTo(2);
        assertThat(task(campaign, far).path("properties").path("review").asString()).isEqualTo("FAR");
        assertThat(inspector.post(base + task(campaign, near).path("id").asLong() + "/result",
                result(UUID.randomUUID().toString(), "B", "半个位置", 1, ", \"lon\": 111.09")).status()).isEqualTo(422);
    }

    @Test
    void aResultForATaskOrHouseChangedSinceIsKeptAsAConflictAndResolvedByTheTownship() throws Exception {
        String taken = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0907, 35.6507);
        String edited = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0908, 35.6508);
        long campaign = campaign("离线排查（冲突）");
        JsonNode takenTask = task(campaign, taken);
        JsonNode editedTask = task(campaign, edited);
        int houseVersion = editedTask.path("properties").path("house_version").asInt();
        String base = "/api/inspections/" + campaign + "/tasks/";

        // another inspector records first; the phone that took its package before sends later
        assertThat(api.post(base + takenTask.path("id").asLong() + "/result",
                result(UUID.randomUUID().toString(), "B", "县里先录", 0, "")).status()).isEqualTo(200);
        Response late = inspector.post(base + takenTask.path("id").asLong() + "/result",
                result(UUID.randomUUID().toString(), "D", "离线：后墙倒塌", 0, ""));
        assertThat(late.status()).as(late.toString()).isEqualTo(200);
        assertThat(late.json().path("status").asString()).isEqualTo("CONFLICT");
        assertThat(late.json().path("conflict_reason").asString()).isEqualTo("TASK_CHANGED");
        assertThat(task(campaign, taken).path("properties").path("note").asString()).as("not applied").isEqualTo("县里先录");

        // the office changes the house after the phone took it
        JsonNode house = api.get("/api/houses/" + edited).json();
        assertThat(api.put("/api/houses/" + edited, """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.0908, 35.6508]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "EARTH_WOOD", "grade": "B",
                                "assessed_on": "2024-03-01", "occupancy": "VACANT", "version": %d}}"""
                .formatted(edited, XICUN, house.path("properties").path("version").asInt())).status()).isEqualTo(200);
        Response stale = inspector.post(base + editedTask.path("id").asLong() + "/result",
                result(UUID.randomUUID().toString(), "C", "离线：仍有人住", 0, ", \"house_version\": " + houseVersion));
        assertThat(stale.json().path("status").asString()).isEqualTo("CONFLICT");
        assertThat(stale.json().path("conflict_reason").asString()).isEqualTo("HOUSE_CHANGED");
        assertThat(task(campaign, edited).path("properties").path("status").asString()).isEqualTo("TODO");
        assertThat(village(campaign).path("conflicts").asInt()).isEqualTo(2);
        assertThat(task(campaign, edited).path("properties").path("conflicts").asInt()).isEqualTo(1);

        String conflicts = "/api/inspections/" + campaign + "/conflicts";
        assertThat(inspector.get(conflicts).status()).as("for township and county").isEqualTo(403);
        Api township = new Api(port).as(fixtures.account("TOWNSHIP_STAFF", XICUN_TOWNSHIP), CaseworkFixtures.PASSWORD);
        JsonNode open = township.get(conflicts).json();
        assertThat(open).hasSize(2);
        JsonNode first = open.get(0);
        assertThat(first.path("house_code").asString()).isEqualTo(taken);
        assertThat(first.path("field").path("note").asString()).as("the field's version").isEqualTo("离线：后墙倒塌");
        assertThat(first.path("server_then").path("note").asString()).as("the server's, side by side").isEqualTo("县里先录");
        assertThat(first.path("server_now").path("task_version").asInt()).isEqualTo(1);
        assertThat(open.get(1).path("server_then").path("house_occupancy").asString()).isEqualTo("VACANT");

        Response takeField = township.post(conflicts + "/" + first.path("id").asLong() + "/resolution",
                "{\"take\": \"FIELD\", \"note\": \"现场照片为准\"}");
        assertThat(takeField.status()).as(takeField.toString()).isEqualTo(200);
        assertThat(takeField.json().path("status").asString()).isEqualTo("TAKEN_FROM_FIELD");
        JsonNode applied = task(campaign, taken).path("properties");
        assertThat(applied.path("note").asString()).isEqualTo("离线：后墙倒塌");
        assertThat(applied.path("found_grade").asString()).isEqualTo("D");
        assertThat(applied.path("inspected_by").asString()).as("the field's inspector").startsWith("测试VILLAGE_INSPECTOR");
        assertThat(township.post(conflicts + "/" + first.path("id").asLong() + "/resolution", "{\"take\": \"SERVER\"}")
                .status()).as("resolved once").isEqualTo(409);
        Response keep = township.post(conflicts + "/" + open.get(1).path("id").asLong() + "/resolution",
                "{\"take\": \"SERVER\", \"note\": \"已空置，核实过\"}");
        assertThat(keep.json().path("status").asString()).isEqualTo("KEPT_SERVER");
        assertThat(task(campaign, edited).path("properties").path("status").asString()).isEqualTo("TODO");
        assertThat(township.get(conflicts).json()).isEmpty();
        assertThat(township.get(conflicts + "?state=ALL").json()).as("nothing lost").hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'INSPECTION_CONFLICT_RESOLVE' "
                + "AND target = :target", Map.of("target", "inspection " + campaign), Long.class)).isEqualTo(2);
    }

    @Test
    void aPhonesCorrectionOfItsOwnEarlierResultIsNoConflictButAnotherInspectorsIs() {
        String house = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0909, 35.6509);
        long campaign = campaign("离线排查（更正）");
        long task = task(campaign, house).path("id").asLong();
        String url = "/api/inspections/" + campaign + "/tasks/" + task + "/result";
        String earlier = UUID.randomUUID().toString();
        assertThat(inspector.post(url, result(earlier, "B", "初录", 0, "")).json().path("status").asString())
                .isEqualTo("APPLIED");
        Response corrected = inspector.post(url, result(UUID.randomUUID().toString(), "C", "更正：裂缝", 0,
                ", \"replaces\": \"" + earlier + "\""));
        assertThat(corrected.json().path("status").asString()).isEqualTo("APPLIED");
        assertThat(task(campaign, house).path("properties").path("note").asString()).isEqualTo("更正：裂缝");
        Response naming = inspector.post(url, result(UUID.randomUUID().toString(), "A", "又一次", 0,
                ", \"replaces\": \"" + earlier + "\""));
        assertThat(naming.json().path("status").asString()).as("the earlier one is no longer in force").isEqualTo("CONFLICT");

        Response legacy = inspector.post(url, "{\"occupancy\": \"OCCUPIED\", \"version\": 0}");
        assertThat(legacy.status()).as("without a client id: stale is 409, as before").isEqualTo(409);
        assertThat(results(task)).isEqualTo(3);
    }
}
