package org.anju.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit log: every change with before and after, every unmasked view, every export — who,
 * when, what, how many rows — on both databases. Fixture: 140825-HH1 王建国 lives in D house H1.
 */
abstract class AuditSpec extends ApiSpec {

    static final String PASSWORD = "Audit-test-2026";

    @BeforeEach
    void accounts() {
        for (String[] account : new String[][] {{"audit-staff", "COUNTY_STAFF"}, {"audit-team", "EMERGENCY_TEAM"}}) {
            Response response = api.post("/api/accounts", """
                    {"username": "%s", "display_name": "审计测试", "password": "%s", "role": "%s"}
                    """.formatted(account[0], PASSWORD, account[1]));
            assertThat(response.status()).as(response.body()).isIn(201, 409);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The other specs of the run share this database and count the fixture county: the houses,
     * households, cases and stored documents made here go again, whatever the test did.
     */
    @AfterEach
    void removeWhatTheTestsMade() throws Exception {
        String ofHouses = "SELECT c.id FROM casework_case c JOIN house h ON h.id = c.house_id WHERE h.code LIKE 'T-AUDIT-C%'";
        for (String stored : jdbc.queryForList("SELECT stored_name FROM casework_document WHERE case_id IN (" + ofHouses + ")",
                String.class)) {
            Files.deleteIfExists(Path.of("data", "casework", "documents", stored.substring(0, 2), stored));
        }
        jdbc.update("DELETE FROM casework_document WHERE case_id IN (" + ofHouses + ")");
        jdbc.update("DELETE FROM casework_transition WHERE case_id IN (" + ofHouses + ")");
        jdbc.update("DELETE FROM casework_case WHERE id IN (" + ofHouses + ")");
        for (String household : jdbc.queryForList(
                "SELECT code FROM household WHERE code LIKE 'T-AUDIT-C%' OR code LIKE 'T-AUDIT-IMP%'", String.class)) {
            assertThat(api.delete("/api/households/" + household).status()).isEqualTo(204);
        }
        for (String house : jdbc.queryForList("SELECT code FROM house WHERE code LIKE 'T-AUDIT-C%'", String.class)) {
            assertThat(api.delete("/api/houses/" + house).status()).isEqualTo(204);
        }
    }

    /** The newest entries for a target prefix. */
    JsonNode entries(String query) {
        Response response = api.get("/api/audit?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void anExportIsLoggedWithWhoTheRequestAndTheRowCount() {
        Api staff = new Api(port).as("audit-staff", PASSWORD);
        var csv = staff.getBytes("/api/living-in-danger/targets.csv");
        assertThat(csv.status()).isEqualTo(200);

        JsonNode entry = entries("username=audit-staff&action=EXPORT").get(0);
        assertThat(entry.path("target").asString()).isEqualTo("/api/living-in-danger/targets.csv");
        // 危房住人 in the fixture county: H1, H4, H7, H10
        assertThat(entry.path("rows_count").asLong()).isEqualTo(4);
        assertThat(entry.path("detail").asString()).isEqualTo("format=csv");
    }

    @Test
    void aFilteredHouseDownloadIsLoggedWithItsFilters() {
        assertThat(api.getBytes("/api/houses.xlsx?grade=D").status()).isEqualTo(200);

        JsonNode entry = entries("action=EXPORT&target=/api/houses.xlsx").get(0);
        assertThat(entry.path("username").asString()).isEqualTo("admin");
        assertThat(entry.path("target").asString()).isEqualTo("/api/houses.xlsx?grade=D");
        assertThat(entry.path("rows_count").asLong()).isEqualTo(api.get("/api/houses?grade=D").json()
                .path("numberMatched").asLong());
    }

    @Test
    void aChangeIsLoggedWithTheRecordBeforeAndAfterAndTheIdNumberMasked() {
        String household = """
                {"code": "T-AUDIT-1", "head_name": "审计户", "id_number": "11010519491231002X", "phone": "13912345678",
                 "members": 2, "village_code": "140825101201", "categories": ["农村低保户"]%s}""";
        assertThat(api.post("/api/households", household.formatted("")).status()).isEqualTo(201);
        Response updated = api.put("/api/households/T-AUDIT-1", household.formatted(", \"version\": 0, \"members\": 3")
                .replace("\"members\": 2,", ""));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        // a stale version changes nothing, and logs nothing
        assertThat(api.put("/api/households/T-AUDIT-1", household.formatted(", \"version\": 0")).status()).isEqualTo(409);
        assertThat(api.delete("/api/households/T-AUDIT-1?version=1").status()).isEqualTo(204);

        JsonNode log = entries("target=household%20T-AUDIT-1");
        assertThat(log).hasSize(3);
        assertThat(log.get(2).path("action").asString()).isEqualTo("HOUSEHOLD_CREATE");
        assertThat(log.get(1).path("action").asString()).isEqualTo("HOUSEHOLD_UPDATE");
        assertThat(log.get(0).path("action").asString()).isEqualTo("HOUSEHOLD_DELETE");
        JsonNode update = Api.JSON.readTree(log.get(1).path("detail").asString());
        assertThat(update.path("before").path("members").asInt()).isEqualTo(2);
        assertThat(update.path("after").path("members").asInt()).isEqualTo(3);
        assertThat(update.path("after").path("id_number").asString()).isEqualTo("1101**********002X");
        assertThat(log.toString()).doesNotContain("11010519491231002X").doesNotContain("13912345678");
        assertThat(Api.JSON.readTree(log.get(0).path("detail").asString()).path("after").isNull()).isTrue();
    }

    @Test
    void aHouseChangeKeepsTheLocationAndGradeBeforeAndAfter() {
        String house = """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.01, 35.51]},
                 "properties": {"code": "T-AUDIT-H1", "village_code": "140825100201", "structure": "BRICK_WOOD",
                                "storeys": 1, "grade": "B", "assessed_on": "2024-03-01", "occupancy": "%s"%s}}""";
        assertThat(api.post("/api/houses", house.formatted("OCCUPIED", "")).status()).isEqualTo(201);
        Response updated = api.put("/api/houses/T-AUDIT-H1", house.formatted("VACANT", ", \"version\": 0"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(api.delete("/api/houses/T-AUDIT-H1?version=1").status()).isEqualTo(204);

        JsonNode log = entries("target=house%20T-AUDIT-H1");
        assertThat(log).extracting(e -> e.path("action").asString())
                .containsExactly("HOUSE_DELETE", "HOUSE_UPDATE", "HOUSE_CREATE");
        JsonNode change = Api.JSON.readTree(log.get(1).path("detail").asString());
        assertThat(change.path("before").path("occupancy").asString()).isEqualTo("OCCUPIED");
        assertThat(change.path("after").path("occupancy").asString()).isEqualTo("VACANT");
        assertThat(change.path("after").path("lon").asDouble()).isEqualTo(111.01);
        assertThat(change.path("after").path("lat").asDouble()).isEqualTo(35.51);
        assertThat(change.path("after").path("grade").asString()).isEqualTo("B");
        assertThat(change.path("after").path("version").asLong()).isEqualTo(1);
    }

    @Test
    void countyStaffMaySeeOneHouseholdUnmaskedAndThatIsLogged() {
        Api staff = new Api(port).as("audit-staff", PASSWORD);
        assertThat(staff.get("/api/households/140825-HH1").json().path("id_number").asString()).contains("*");

        JsonNode unmasked = staff.get("/api/households/140825-HH1?unmasked=true").json();

        assertThat(unmasked.path("id_number").asString()).doesNotContain("*").hasSize(18);
        assertThat(unmasked.path("phone").asString()).doesNotContain("*");
        JsonNode entry = entries("username=audit-staff&action=UNMASKED_VIEW").get(0);
        assertThat(entry.path("target").asString()).isEqualTo("household 140825-HH1");
        assertThat(entry.path("rows_count").asLong()).isEqualTo(1);
    }

    @Test
    void anEmergencyTeamMayNotUnmaskAndNothingIsLogged() {
        Api team = new Api(port).as("audit-team", PASSWORD);
        int before = entries("username=audit-team&action=UNMASKED_VIEW").size();

        assertThat(team.get("/api/households/140825-HH1?unmasked=true").status()).isEqualTo(403);
        assertThat(team.get("/api/households/140825-HH1").json().path("id_number").asString()).contains("*");
        assertThat(entries("username=audit-team&action=UNMASKED_VIEW")).hasSize(before);
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void aCaseIsLoggedWhenOpenedMovedAndGivenADocumentButNotWhenTheMoveFails() {
        String house = "T-AUDIT-C" + System.nanoTime() % 1_000_000;
        assertThat(api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.0125, 35.5125]},
                 "properties": {"code": "%s", "village_code": "140825100201", "structure": "EARTH_WOOD",
                                "grade": "D", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}""".formatted(house))
                .status()).isEqualTo(201);
        assertThat(api.post("/api/households", """
                {"code": "%s-HH", "head_name": "审计户", "members": 2, "village_code": "140825100201",
                 "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}""".formatted(house, house)).status())
                .isEqualTo(201);
        Api staff = new Api(port).as("audit-staff", PASSWORD);
        Response opened = staff.post("/api/cases", "{\"house\": \"%s\"}".formatted(house));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        for (String kind : new String[] {"APPLICATION", "ID_PROOF"}) {
            Response upload = staff.multipart("/api/cases/" + id + "/documents", java.util.Map.of("kind", kind),
                    "申请书.pdf", "application/pdf", PDF);
            assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        }
        // a stale version moves nothing and logs nothing
        assertThat(staff.post("/api/cases/" + id + "/transitions",
                "{\"action\": \"APPLY\", \"version\": 7, \"method\": \"DEMOLISH_REBUILD\"}").status()).isEqualTo(409);
        Response applied = staff.post("/api/cases/" + id + "/transitions",
                "{\"action\": \"APPLY\", \"version\": 0, \"method\": \"DEMOLISH_REBUILD\", \"note\": \"本人申请\"}");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);

        JsonNode log = entries("target=case%20" + id);
        assertThat(log).extracting(e -> e.path("action").asString())
                .containsExactly("CASE_TRANSITION", "CASE_DOCUMENT", "CASE_DOCUMENT", "CASE_OPEN");
        assertThat(log).extracting(e -> e.path("username").asString()).containsOnly("audit-staff");
        JsonNode move = Api.JSON.readTree(log.get(0).path("detail").asString());
        assertThat(move.path("action").asString()).isEqualTo("APPLY");
        assertThat(move.path("from").asString()).isEqualTo("ASSESSED");
        assertThat(move.path("to").asString()).isEqualTo("APPLIED");
        assertThat(move.path("note").asString()).isEqualTo("本人申请");
        JsonNode document = Api.JSON.readTree(log.get(2).path("detail").asString());
        assertThat(document.path("kind").asString()).isEqualTo("APPLICATION");
        assertThat(document.path("file_name").asString()).isEqualTo("申请书.pdf");
        assertThat(document.path("sha256").asString()).hasSize(64);
        assertThat(Api.JSON.readTree(log.get(3).path("detail").asString()).path("house").asString()).isEqualTo(house);
    }

    @Test
    void aWrittenImportIsLoggedWithItsFileLayerModeAndCountsARefusedOneIsNot() {
        String rows = """
                户编码,户主姓名,家庭人口,行政村
                T-AUDIT-IMP1,审计户甲,2,140825100202
                T-AUDIT-IMP2,审计户乙,1,140825100202
                """;
        Response refused = api.multipart("/api/imports", java.util.Map.of("layer", "households"), "审计农户.csv",
                "text/csv", (rows + "T-AUDIT-IMP3,审计户丙,1,999999999999\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(entries("action=IMPORT&target=" + java.net.URLEncoder.encode("import households 审计农户.csv", java.nio.charset.StandardCharsets.UTF_8))).as("nothing written, nothing logged")
                .isEmpty();

        Response written = api.multipart("/api/imports", java.util.Map.of("layer", "households", "mode", "skip-invalid"),
                "审计农户.csv", "text/csv",
                (rows + "T-AUDIT-IMP3,审计户丙,1,999999999999\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(written.status()).as(written.body()).isEqualTo(200);

        JsonNode log = entries("action=IMPORT&target=" + java.net.URLEncoder.encode("import households 审计农户.csv", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(log).hasSize(1);
        assertThat(log.get(0).path("username").asString()).isEqualTo("admin");
        assertThat(log.get(0).path("rows_count").asLong()).isEqualTo(2);
        JsonNode detail = Api.JSON.readTree(log.get(0).path("detail").asString());
        assertThat(detail.path("file_name").asString()).isEqualTo("审计农户.csv");
        assertThat(detail.path("layer").asString()).isEqualTo("households");
        assertThat(detail.path("mode").asString()).isEqualTo("skip-invalid");
        assertThat(detail.path("rows_read").asLong()).isEqualTo(3);
        assertThat(detail.path("inserted").asLong()).isEqualTo(2);
        assertThat(detail.path("updated").asLong()).isZero();
        assertThat(detail.path("rejected").asLong()).isEqualTo(1);

        // a corrected file updates 审计户甲: the household before and after, like a change through the API
        Response corrected = api.multipart("/api/imports", java.util.Map.of("layer", "households"), "审计农户-更正.csv",
                "text/csv", """
                        户编码,户主姓名,家庭人口,行政村
                        T-AUDIT-IMP1,审计户甲改,3,140825100202
                        """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode updates = entries("action=HOUSEHOLD_IMPORT_UPDATE&target=household%20T-AUDIT-IMP");
        assertThat(updates).as("only the updated household, not the one the file left alone").hasSize(1);
        assertThat(updates.get(0).path("target").asString()).isEqualTo("household T-AUDIT-IMP1");
        assertThat(updates.get(0).path("username").asString()).isEqualTo("admin");
        JsonNode change = Api.JSON.readTree(updates.get(0).path("detail").asString());
        assertThat(change.path("import").asString()).isNotBlank();
        assertThat(change.path("before").path("head_name").asString()).isEqualTo("审计户甲");
        assertThat(change.path("before").path("members").asInt()).isEqualTo(2);
        assertThat(change.path("after").path("head_name").asString()).isEqualTo("审计户甲改");
        assertThat(change.path("after").path("members").asInt()).isEqualTo(3);
    }

    @Test
    void aHouseImportThatUpdatesStoredHousesLogsEachOnesBeforeAndAfter() {
        assertThat(api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.0126, 35.5126]},
                 "properties": {"code": "T-AUDIT-C-IMP", "village_code": "140825100201", "structure": "BRICK_WOOD",
                                "grade": "B", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}""").status())
                .isEqualTo(201);
        Response imported = api.multipart("/api/imports", java.util.Map.of("layer", "houses"), "复核.csv", "text/csv", """
                房屋编码,经度,纬度,行政村,结构类型,安全等级,鉴定日期,居住状态
                T-AUDIT-C-IMP,111.0126,35.5126,140825100201,砖木,C,2024-06-01,有人居住
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("updated").asLong()).isEqualTo(1);

        JsonNode updates = entries("action=HOUSE_IMPORT_UPDATE&target=house%20T-AUDIT-C-IMP");
        assertThat(updates).hasSize(1);
        JsonNode change = Api.JSON.readTree(updates.get(0).path("detail").asString());
        assertThat(change.path("before").path("grade").asString()).isEqualTo("B");
        assertThat(change.path("after").path("grade").asString()).isEqualTo("C");
        assertThat(change.path("after").path("lon").asDouble()).isEqualTo(111.0126);
    }

    @Test
    void onlyTheCountyAdministratorReadsTheLog() {
        assertThat(new Api(port).as("audit-staff", PASSWORD).get("/api/audit").status()).isEqualTo(403);
        assertThat(api.get("/api/audit?limit=0").status()).isEqualTo(400);
        JsonNode created = entries("action=ACCOUNT_CREATE&target=account%20audit-staff");
        assertThat(created).hasSize(1);
        assertThat(created.get(0).path("username").asString()).isEqualTo("admin");
        assertThat(created.get(0).path("detail").asString()).contains("COUNTY_STAFF").doesNotContain(PASSWORD);
    }
}
