package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.RacingWriters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Inspection tasks in the field (the phone page's API), run on both databases in the casework specs'
 * database: a village inspector sees and records only its village's tasks; photos are checked like
 * the archive's documents, stored under random names, and keep the phone's position.
 */
abstract class InspectionFieldSpec extends ApiSpec {

    static final String DONGCUN = "140825100201";
    static final String XICUN = "140825100202";
    static final String NANCUN = "140825101201";

    CaseworkFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseworkFixtures(api, port);
    }

    /** A concentrated campaign over 龙兴镇 and 三泉镇 (the whole county); returns its id. */
    long campaign(String name) {
        Response created = api.post("/api/inspections", """
                {"name": "%s", "kind": "AFTER_RAINY_SEASON", "area": "140825000000"}""".formatted(name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    static JsonNode task(JsonNode tasks, String house) {
        for (JsonNode f : tasks.path("features")) {
            if (f.path("properties").path("house_code").asString().equals(house)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void aVillageInspectorSeesAndRecordsOnlyTheTasksOfItsVillage() {
        String house = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0895, 35.6495);
        long campaign = campaign("雨季后集中排查（现场页）");
        Api inspector = new Api(port).as(fixtures.account("VILLAGE_INSPECTOR", XICUN), CaseworkFixtures.PASSWORD);

        List<Long> visible = new ArrayList<>();
        inspector.get("/api/inspections").json().forEach(c -> visible.add(c.path("id").asLong()));
        assertThat(visible).contains(campaign);
        JsonNode progress = inspector.get("/api/inspections/" + campaign).json();
        assertThat(progress.path("villages")).hasSize(1);
        assertThat(progress.path("villages").get(0).path("village_code").asString()).isEqualTo(XICUN);
        JsonNode admin = api.get("/api/inspections/" + campaign).json();
        assertThat(admin.path("villages").size()).as("the county sees every village").isGreaterThan(1);
        assertThat(progress.path("tasks").asLong()).isLessThan(admin.path("tasks").asLong());

        JsonNode tasks = inspector.get("/api/inspections/" + campaign + "/tasks").json();
        assertThat(tasks.path("features").findValuesAsString("village_code")).isNotEmpty().containsOnly(XICUN);
        assertThat(inspector.get("/api/inspections/" + campaign + "/tasks?village=" + NANCUN).json().path("features"))
                .isEmpty();
        JsonNode mine = task(inspector.get("/api/inspections/" + campaign + "/tasks?village=" + XICUN).json(), house);
        assertThat(mine).isNotNull();
        assertThat(mine.path("properties").path("head_name").asString()).as("who to ask for").isEqualTo("钱测试");
        assertThat(mine.path("properties").path("status").asString()).isEqualTo("TODO");

        JsonNode elsewhere = task(api.get("/api/inspections/" + campaign + "/tasks?village=" + NANCUN).json(), "140825-H8");
        Response outside = inspector.post("/api/inspections/" + campaign + "/tasks/" + elsewhere.path("id").asLong() + "/result",
                "{\"occupancy\": \"OCCUPIED\", \"version\": 0}");
        assertThat(outside.status()).as("as if it did not exist").isEqualTo(404);
        assertThat(api.get("/api/inspections/" + campaign + "/tasks?village=" + NANCUN).json().toString())
                .doesNotContain("\"status\":\"DONE\"");

        Response recorded = inspector.post("/api/inspections/" + campaign + "/tasks/" + mine.path("id").asLong() + "/result", """
                {"grade": "C", "occupancy": "OCCUPIED", "evacuated_persons": 0, "lon": 111.0896, "lat": 35.6496,
                 "note": "东墙裂缝", "version": 0}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().path("case_opened").isNull()).as("a case opens for C/D of a target household").isFalse();
        JsonNode done = task(inspector.get("/api/inspections/" + campaign + "/tasks?status=DONE").json(), house);
        assertThat(done.path("properties").path("found_grade").asString()).isEqualTo("C");
        assertThat(done.path("properties").path("inspected_by").asString()).startsWith("测试VILLAGE_INSPECTOR");

        assertThat(inspector.post("/api/inspections", """
                {"name": "x", "kind": "AFTER_THAW", "area": "%s"}""".formatted(XICUN)).status()).isEqualTo(403);
        assertThat(inspector.put("/api/inspections/" + campaign + "/assignments",
                "{\"village\": \"" + XICUN + "\", \"team\": \"x\"}").status()).isEqualTo(403);
        JsonNode cases = inspector.get("/api/cases?limit=1000").json();
        assertThat(cases.path("items").findValuesAsString("village_code")).as("the ledger of its village only")
                .isNotEmpty().containsOnly(XICUN);
        assertThat(api.get("/api/inspections/" + campaign + "/tasks?village=12").status()).isEqualTo(400);
    }

    @Test
    void tenRacingResultsOfOneTaskAtOneVersionGiveExactlyOneSuccessAndNineConflicts() throws Exception {
        String house = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0897, 35.6497);
        long campaign = campaign("雨季后集中排查（并发）");
        long task = task(api.get("/api/inspections/" + campaign + "/tasks?village=" + XICUN).json(), house).path("id").asLong();
        for (int round = 0; round < 3; round++) {
            int version = round;
            List<Response> answers = RacingWriters.atOnce(10, w -> new Api(port).post(
                    "/api/inspections/" + campaign + "/tasks/" + task + "/result", """
                    {"grade": "B", "occupancy": "OCCUPIED", "note": "第%d轮 第%d组", "version": %d}"""
                    .formatted(version, w, version)));
            assertThat(answers.stream().filter(r -> r.status() == 200)).as("round %d: %s", round, answers).hasSize(1);
            List<Response> lost = answers.stream().filter(r -> r.status() == 409).toList();
            assertThat(lost).as("round %d", round).hasSize(9);
            assertThat(lost).as("each loser is told the version that won")
                    .allSatisfy(r -> assertThat(r.json().path("stored_version").asInt()).isEqualTo(version + 1));
        }
        JsonNode done = task(api.get("/api/inspections/" + campaign + "/tasks?status=DONE&village=" + XICUN).json(), house);
        assertThat(done.path("properties").path("version").asInt()).isEqualTo(3);
        assertThat(done.path("properties").path("note").asString()).startsWith("第2轮");
    }

    @Test
    void aCampaignWithoutTasksInTheVillageIsNotShownToItsInspector() {
        Response created = api.post("/api/inspections", """
                {"name": "南村集中排查", "kind": "AFTER_THAW", "area": "%s"}""".formatted(NANCUN));
        long campaign = created.json().path("id").asLong();
        Api inspector = new Api(port).as(fixtures.account("VILLAGE_INSPECTOR", DONGCUN), CaseworkFixtures.PASSWORD);
        assertThat(inspector.get("/api/inspections").json().findValuesAsString("name")).doesNotContain("南村集中排查");
        assertThat(inspector.get("/api/inspections/" + campaign).status()).isEqualTo(404);
        assertThat(inspector.get("/api/inspections/" + campaign + "/tasks").status()).isEqualTo(404);
    }

    @Test
    void photosAreCheckedStoredUnderRandomNamesAndKeepThePhonesPosition() throws Exception {
        String house = fixtures.houseWithTargetHousehold(XICUN, "B", "2024-03-01", 111.0915, 35.6515);
        long campaign = campaign("照片排查");
        long task = task(api.get("/api/inspections/" + campaign + "/tasks?village=" + XICUN).json(), house)
                .path("id").asLong();
        String inspector = fixtures.account("VILLAGE_INSPECTOR", XICUN);
        String photos = "/api/inspections/" + campaign + "/tasks/" + task + "/photos";

        Response uploaded = fixtures.multipart(photos, Map.of("lon", "111.09151", "lat", "35.65152", "accuracy", "8.5",
                        "taken_at", "2024-07-01T08:30:00Z"), "file", "../../东墙.jpg", "image/jpeg", CaseworkFixtures.JPEG,
                CaseworkFixtures.basic(inspector));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode photo = uploaded.json();
        assertThat(photo.path("file_name").asString()).isEqualTo("东墙.jpg");
        assertThat(photo.path("lat").asDouble()).isEqualTo(35.65152);
        assertThat(photo.path("accuracy_metres").asDouble()).isEqualTo(8.5);
        assertThat(photo.path("taken_at").asString()).startsWith("2024-07-01T08:30");
        assertThat(photo.path("uploaded_by").asString()).startsWith("测试VILLAGE_INSPECTOR");

        Api.Binary image = api.getBytes(photos + "/" + photo.path("id").asLong());
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).isEqualTo("image/jpeg");
        assertThat(image.body()).isEqualTo(CaseworkFixtures.JPEG);
        Path store = Path.of(CaseworkSpec.DATA_DIR, "casework", "inspection-photos").toAbsolutePath();
        try (var files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .isNotEmpty().allMatch(name -> name.matches("[0-9a-f]{32}"));
        }

        String admin = Api.ADMIN_AUTHORIZATION;
        Response disguised = fixtures.multipart(photos, Map.of(), "file", "photo.jpg", "image/jpeg", CaseworkFixtures.PDF, admin);
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(disguised.json().path("errors").get(0).path("message").asString()).contains("application/pdf");
        Response pdf = fixtures.multipart(photos, Map.of(), "file", "a.pdf", "application/pdf", CaseworkFixtures.PDF, admin);
        assertThat(pdf.status()).as("photos are images").isEqualTo(422);
        Response halfPosition = fixtures.multipart(photos, Map.of("lon", "111.09"), "file", "a.jpg", "image/jpeg",
                CaseworkFixtures.JPEG, admin);
        assertThat(halfPosition.status()).isEqualTo(422);
        assertThat(halfPosition.json().path("errors").get(0).path("field").asString()).isEqualTo("lat");
        Response swapped = fixtures.multipart(photos, Map.of("lon", "35.65", "lat", "111.09"), "file", "a.jpg", "image/jpeg",
                CaseworkFixtures.JPEG, admin);
        assertThat(swapped.status()).isEqualTo(422);
        assertThat(swapped.json().path("errors").get(0).path("message").asString()).contains("经纬度颠倒");
        Response badTime = fixtures.multipart(photos, Map.of("taken_at", "yesterday"), "file", "a.jpg", "image/jpeg",
                CaseworkFixtures.JPEG, admin);
        assertThat(badTime.json().path("errors").get(0).path("field").asString()).isEqualTo("taken_at");
        Response otherVillage = fixtures.multipart(photos, Map.of(), "file", "a.jpg", "image/jpeg", CaseworkFixtures.JPEG,
                CaseworkFixtures.basic(fixtures.account("VILLAGE_INSPECTOR", DONGCUN)));
        assertThat(otherVillage.status()).isEqualTo(404);

        JsonNode list = api.get(photos).json();
        assertThat(list).as("nothing was kept of the refused uploads").hasSize(1);
        JsonNode listed = task(api.get("/api/inspections/" + campaign + "/tasks?village=" + XICUN).json(), house);
        assertThat(listed.path("properties").path("photos").asInt()).isEqualTo(1);
        try (var files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".part")))
                    .as("no half-written file").isEmpty();
        }
    }
}
