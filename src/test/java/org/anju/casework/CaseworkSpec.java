package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.RacingWriters;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case ledger over real HTTP on the fixture county (src/test/resources/fixture-county/README.md),
 * run on both databases. Each test works on houses and households of its own (created here), except
 * {@link #openingTheMissingCasesOfTheCountyFindsH1AndH7OnceAndTheyAreOverdue}, which is the only one
 * to touch the fixture's C/D houses.
 */
abstract class CaseworkSpec extends ApiSpec {

    /** Who the history names: the account the specs call as (the first-start administrator). */
    static final String ADMIN = "县级管理员（admin）";


    static final String DATA_DIR = "target/casework-test-data";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final AtomicInteger SERIAL = new AtomicInteger();

    // ---- fixtures made through the API --------------------------------------------------------------

    /** A new D house, occupied, in 东村, with a 2-person 低保 household living in it; returns the house code. */
    String dangerousHouseWithTargetHousehold(String grade) {
        int n = SERIAL.incrementAndGet();
        String house = "CW-H" + n + "-" + System.nanoTime() % 100000;
        Response h = api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.03, 35.53]},
                 "properties": {"code": "%s", "village_code": "140825100201", "structure": "EARTH_WOOD",
                                "grade": "%s", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}
                """.formatted(house, grade));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        Response hh = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "赵测试", "id_number": "%s", "members": 2,
                 "village_code": "140825100201", "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}
                """.formatted(house, idNumber(n), house));
        assertThat(hh.status()).as(hh.toString()).isEqualTo(201);
        return house;
    }

    /** A valid GB 11643 ID number (checksum computed). */
    static String idNumber(int n) {
        String body = "14082519700101" + "%03d".formatted(n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    JsonNode openCase(String house) {
        Response r = api.post("/api/cases", """
                {"house": "%s", "actor": "村干部 李四", "note": "入户排查发现"}""".formatted(house));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    Response transition(long id, String action, int version, String extra) {
        return api.post("/api/cases/" + id + "/transitions", """
                {"action": "%s", "version": %d, "actor": "县住建局 王五"%s}""".formatted(action, version, extra));
    }

    JsonNode move(long id, String action, String extra) {
        int version = api.get("/api/cases/" + id).json().path("version").asInt();
        Response r = transition(id, action, version, extra);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    Response upload(long id, String kind, String fileName, String contentType, byte[] content) {
        String boundary = "----anju" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/cases/" + id + "/documents"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", org.anju.testsupport.Api.ADMIN_AUTHORIZATION)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void uploadPdfs(long id, String... kinds) {
        for (String kind : kinds) {
            Response r = upload(id, kind, kind.toLowerCase() + ".pdf", "application/pdf", PDF);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> messages(Response r) {
        List<String> messages = new ArrayList<>();
        r.json().path("errors").forEach(e -> messages.add(e.path("message").asString()));
        return messages;
    }

    // ---- specifications -----------------------------------------------------------------------------

    @Test
    void openingTheMissingCasesOfTheCountyFindsH1AndH7OnceAndTheyAreOverdue() {
        int casesBefore = api.get("/api/cases?limit=1").json().path("number_matched").asInt();
        Response first = api.post("/api/cases/open-missing", """
                {"area": "140825000000", "actor": "县住建局"}""");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode cases = api.get("/api/cases?limit=500").json();
        assertThat(first.json().path("opened").asInt()).as("the answer counts exactly the cases it made")
                .isEqualTo(cases.path("number_matched").asInt() - casesBefore);
        assertThat(cases.path("number_matched").asInt()).as("the list below is complete").isLessThanOrEqualTo(500);
        List<String> fixtureHousesWithCases = new ArrayList<>();
        cases.path("items").forEach(c -> {
            if (c.path("house_code").asString().startsWith("140825-")) {
                fixtureHousesWithCases.add(c.path("house_code").asString());
            }
        });
        assertThat(fixtureHousesWithCases).as("H1 (HH1) and H7 (HH5); H3, H4, H10 have no target household")
                .containsExactlyInAnyOrder("140825-H1", "140825-H7");
        // other specs of this shared context may leave C/D houses of their own codes (not 140825-…) behind
        Response again = api.post("/api/cases/open-missing", """
                {"area": "140825000000", "actor": "县住建局"}""");
        assertThat(again.json().path("opened").asInt()).isZero();

        JsonNode h1 = api.get("/api/cases?house=140825-H1").json().path("items").get(0);
        assertThat(h1.path("state").asString()).isEqualTo("ASSESSED");
        assertThat(h1.path("household_code").asString()).isEqualTo("140825-HH1");
        assertThat(h1.path("grade").asString()).isEqualTo("D");
        assertThat(h1.path("discovered_on").asString()).isEqualTo("2022-05-10");
        assertThat(h1.path("deadline_rule").asString()).isEqualTo("PHASE_COMPLETION");
        assertThat(h1.path("deadline_on").asString()).as("Xinjiang phase: renovated by 30 November of the year")
                .isEqualTo("2022-11-30");
        assertThat(h1.path("overdue").asBoolean()).isTrue();
        assertThat(h1.toString()).doesNotContain("140825196001011000");

        JsonNode deadlines = api.get("/api/cases/deadlines?area=140825000000").json();
        assertThat(deadlines.path("by_township").toString()).contains("龙兴镇").contains("三泉镇");
        List<String> overdue = new ArrayList<>();
        deadlines.path("overdue").forEach(c -> overdue.add(c.path("house_code").asString()));
        assertThat(overdue).contains("140825-H1", "140825-H7");

        JsonNode map = api.get("/api/cases/geojson?overdue=true&township=140825101000").json();
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(map.path("features")).hasSize(1);
        JsonNode h7 = map.path("features").get(0);
        assertThat(h7.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(111.15);
        assertThat(h7.path("properties").path("house_code").asString()).isEqualTo("140825-H7");

        JsonNode history = api.get("/api/cases/" + h1.path("id").asLong() + "/history").json();
        assertThat(history.get(0).path("action").asString()).isEqualTo("OPEN");
        assertThat(history.get(0).path("actor").asString()).isEqualTo(ADMIN);
    }

    @Test
    void aCaseGoesFromAssessmentToClosureWithItsArchiveAndSubsidyAndIsReopenedAfterADisaster() {
        String house = dangerousHouseWithTargetHousehold("D");
        JsonNode c = openCase(house);
        long id = c.path("id").asLong();
        assertThat(c.path("state").asString()).as("the house is graded D already").isEqualTo("ASSESSED");
        assertThat(c.path("documents").path("missing").toString()).contains("GRADE_ASSESSMENT");

        uploadPdfs(id, "GRADE_ASSESSMENT", "APPLICATION", "ID_PROOF");
        move(id, "APPLY", ", \"method\": \"DEMOLISH_REBUILD\"");
        Response details = api.put("/api/cases/" + id + "/details", """
                {"planned_floor_area": 50, "version": %d, "actor": "乡镇干部", "note": "面积按2人户"}
                """.formatted(api.get("/api/cases/" + id).json().path("version").asInt()));
        assertThat(details.status()).as(details.toString()).isEqualTo(200);
        assertThat(details.json().path("method").asString()).isEqualTo("DEMOLISH_REBUILD");
        JsonNode subsidy = details.json().path("subsidy");
        assertThat(subsidy.path("preset").asString()).isEqualTo("liaocheng");
        assertThat(subsidy.path("amount_yuan").asInt()).isEqualTo(25000);
        assertThat(subsidy.path("advance_yuan").asInt()).isEqualTo(12500);

        uploadPdfs(id, "VILLAGE_REVIEW");
        move(id, "VILLAGE_REVIEW", ", \"note\": \"村两委和7名村民代表评议通过\"");
        uploadPdfs(id, "TOWNSHIP_AUDIT");
        move(id, "TOWNSHIP_AUDIT", "");
        uploadPdfs(id, "COUNTY_APPROVAL");
        move(id, "COUNTY_APPROVE", "");
        uploadPdfs(id, "PUBLICITY");
        move(id, "PUBLICISE", "");
        uploadPdfs(id, "NOTIFICATION");
        move(id, "NOTIFY", "");
        uploadPdfs(id, "AGREEMENT", "PHOTO");
        JsonNode started = move(id, "START", "");
        assertThat(started.path("state").asString()).isEqualTo("UNDER_CONSTRUCTION");

        uploadPdfs(id, "PAYMENT_VOUCHER");
        Response tooMuch = transition(id, "PAY_ADVANCE", started.path("version").asInt(), ", \"central_yuan\": 30000");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(messages(tooMuch).get(0)).isEqualTo("累计拨付 30000 元将超过核定补助 25000 元");
        move(id, "PAY_ADVANCE", ", \"central_yuan\": 8000, \"provincial_yuan\": 3000, \"local_yuan\": 1500");
        uploadPdfs(id, "INSPECTION_RECORD");
        move(id, "COMPLETE", "");
        uploadPdfs(id, "ACCEPTANCE_FORM");
        JsonNode accepted = move(id, "ACCEPT", "");
        assertThat(accepted.path("deadline_rule").asString()).isEqualTo("BALANCE_PAYMENT");
        assertThat(accepted.path("deadline_on").asString()).isEqualTo(LocalDate.now().plusDays(30).toString());
        move(id, "PAY_BALANCE", ", \"central_yuan\": 12500");
        JsonNode closed = move(id, "CLOSE", "");
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("documents").path("complete").asBoolean()).isTrue();
        assertThat(closed.path("deadline_on").isNull()).isTrue();

        JsonNode history = api.get("/api/cases/" + id + "/history").json();
        List<String> actions = new ArrayList<>();
        history.forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("OPEN", "APPLY", "EDIT", "VILLAGE_REVIEW", "TOWNSHIP_AUDIT",
                "COUNTY_APPROVE", "PUBLICISE", "NOTIFY", "START", "PAY_ADVANCE", "COMPLETE", "ACCEPT", "PAY_BALANCE",
                "CLOSE");
        assertThat(history.get(3).path("note").asString()).isEqualTo("村两委和7名村民代表评议通过");
        assertThat(history.get(3).path("actor").asString()).isEqualTo(ADMIN);
        assertThat(history.get(9).path("provincial_yuan").asInt()).isEqualTo(3000);

        Response noCertificate = transition(id, "REOPEN", closed.path("version").asInt(), ", \"note\": \"暴雨致墙体开裂\"");
        assertThat(noCertificate.status()).isEqualTo(422);
        assertThat(messages(noCertificate).get(0)).contains("灾损情况证明");
        uploadPdfs(id, "DISASTER_DAMAGE_CERTIFICATE");
        JsonNode reopened = move(id, "REOPEN", ", \"note\": \"暴雨致墙体开裂\"");
        assertThat(reopened.path("state").asString()).isEqualTo("DISCOVERED");
        assertThat(reopened.path("cycle").asInt()).isEqualTo(2);
        assertThat(reopened.path("documents").path("present")).as("a new cycle, a new file").isEmpty();
        assertThat(reopened.path("deadline_rule").asString()).isEqualTo("ASSESSMENT");
    }

    @Test
    void aForbiddenTransitionIs409AndSaysWhatIsPossible() {
        long id = openCase(dangerousHouseWithTargetHousehold("C")).path("id").asLong();

        Response r = transition(id, "START", 0, "");
        assertThat(r.status()).isEqualTo(409);
        assertThat(messages(r).get(0)).isEqualTo("当前状态为“鉴定为危房”，不能执行“开工”。可执行：农户申请、退出、不予支持");
        Response en = new Api(port).inEnglish().post("/api/cases/" + id + "/transitions",
                "{\"action\": \"CLOSE\", \"version\": 0, \"actor\": \"x\"}");
        assertThat(en.json().path("errors").get(0).path("message").asString())
                .isEqualTo("The case is \"assessed as dangerous\": \"close\" is not possible. Possible: apply, withdraw, reject");
    }

    @Test
    void aStepWithoutItsDocumentsIs422AndListsTheMissingOnes() {
        long id = openCase(dangerousHouseWithTargetHousehold("D")).path("id").asLong();
        Response r = transition(id, "APPLY", 0, ", \"method\": \"REPAIR_STRENGTHEN\"");
        assertThat(r.status()).isEqualTo(422);
        assertThat(messages(r).get(0)).isEqualTo("缺少档案材料：农户申请、身份证明。请先上传。");
        assertThat(api.get("/api/cases/" + id).json().path("state").asString()).isEqualTo("ASSESSED");
    }

    @Test
    void aTransitionNeedsALoggedInAccountAndTheCurrentVersion() {
        long id = openCase(dangerousHouseWithTargetHousehold("D")).path("id").asLong();
        uploadPdfs(id, "APPLICATION", "ID_PROOF");
        Response anonymous = new org.anju.testsupport.Api(port).anonymous()
                .post("/api/cases/" + id + "/transitions", "{\"action\": \"APPLY\", \"version\": 0}");
        assertThat(anonymous.status()).isEqualTo(401);
        Response stale = transition(id, "APPLY", 7, ", \"method\": \"REPAIR_STRENGTHEN\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("stored_version").asInt()).isZero();
    }

    @Test
    void tenRacingTransitionsOrDetailEditsOfOneCaseAtOneVersionGiveExactlyOneSuccessAndNineConflicts() throws Exception {
        long id = openCase(dangerousHouseWithTargetHousehold("D")).path("id").asLong();
        uploadPdfs(id, "APPLICATION", "ID_PROOF");
        int version = api.get("/api/cases/" + id).json().path("version").asInt();
        List<String> methods = List.of("REPAIR_STRENGTHEN", "DEMOLISH_REBUILD", "NEW_SITE");
        List<Response> applied = RacingWriters.atOnce(10, w -> new Api(port).post("/api/cases/" + id + "/transitions", """
                {"action": "APPLY", "version": %d, "method": "%s", "actor": "并发%d"}"""
                .formatted(version, methods.get(w % 3), w)));
        assertThatExactlyOneWon(applied, version + 1);
        JsonNode history = api.get("/api/cases/" + id + "/history").json();
        assertThat(history.findValuesAsString("action").stream().filter("APPLY"::equals).count()).isEqualTo(1);

        for (int round = 1; round <= 2; round++) {
            int now = version + round;
            int base = 40 + 10 * round;
            List<Response> edited = RacingWriters.atOnce(10, w -> new Api(port).put("/api/cases/" + id + "/details", """
                    {"planned_floor_area": %d, "version": %d, "actor": "并发%d"}""".formatted(base + w, now, w)));
            assertThatExactlyOneWon(edited, now + 1);
            JsonNode stored = api.get("/api/cases/" + id).json();
            JsonNode won = edited.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json();
            assertThat(stored.path("planned_floor_area").asDouble()).as("the winner's edit is the one stored")
                    .isEqualTo(won.path("planned_floor_area").asDouble());
        }
        assertThat(api.get("/api/cases/" + id).json().path("version").asInt()).isEqualTo(version + 3);
    }

    private static void assertThatExactlyOneWon(List<Response> answers, int winningVersion) {
        assertThat(answers.stream().filter(r -> r.status() == 200)).as(answers.toString()).hasSize(1);
        List<Response> lost = answers.stream().filter(r -> r.status() == 409).toList();
        assertThat(lost).as(answers.toString()).hasSize(9);
        assertThat(lost).as("each loser is told the version that won")
                .allSatisfy(r -> assertThat(r.json().path("stored_version").asInt()).isEqualTo(winningVersion));
    }

    @Test
    void aFileNamedLikeAPathStaysInsideTheStoreAndComesBackByteForByte() throws Exception {
        long id = openCase(dangerousHouseWithTargetHousehold("D")).path("id").asLong();
        Response r = upload(id, "PHOTO", "../../etc/passwd", "application/pdf", PDF);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode doc = r.json();
        assertThat(doc.path("file_name").asString()).isEqualTo("passwd");
        assertThat(doc.path("sha256").asString())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(doc.path("uploaded_by").asString()).isEqualTo(ADMIN);

        Path store = Path.of(DATA_DIR, "casework", "documents").toAbsolutePath();
        try (var files = Files.walk(store)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains("passwd"));
        }
        assertThat(Path.of(DATA_DIR, "etc", "passwd")).doesNotExist();
        assertThat(Path.of(DATA_DIR, "casework", "etc", "passwd")).doesNotExist();

        Response download = api.get("/api/cases/" + id + "/documents/" + doc.path("id").asLong());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(PDF);

        Response windows = upload(id, "PHOTO", "..\\..\\windows\\win.ini", "application/pdf", PDF);
        assertThat(windows.json().path("file_name").asString()).isEqualTo("win.ini");
        assertThat(api.get("/api/cases/" + id + "/documents/999999").status()).isEqualTo(404);
    }

    @Test
    void uploadsAreCheckedForTypeAndContent() {
        long id = openCase(dangerousHouseWithTargetHousehold("D")).path("id").asLong();
        Response disguised = upload(id, "PHOTO", "photo.png", "image/png", PDF);
        assertThat(disguised.status()).isEqualTo(422);
        assertThat(messages(disguised).get(0)).contains("application/pdf");
        Response script = upload(id, "PHOTO", "x.html", "text/html", "<script>alert(1)</script>".getBytes());
        assertThat(script.status()).isEqualTo(422);
        Response unknownKind = upload(id, "SELFIE", "a.pdf", "application/pdf", PDF);
        assertThat(unknownKind.status()).isEqualTo(422);
        Response png = upload(id, "PHOTO", "现场.png", "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        assertThat(png.status()).isEqualTo(201);
        assertThat(png.json().path("file_name").asString()).isEqualTo("现场.png");
        JsonNode archive = api.get("/api/cases/" + id + "/documents").json();
        assertThat(archive.path("documents")).hasSize(1);
        assertThat(archive.path("completeness").path("missing").toString()).contains("GRADE_ASSESSMENT");
    }

    @Test
    void approvalIsRefusedForAHouseholdAlreadyInTheDisasterRebuildProgramme() {
        long id = approvalReady(dangerousHouseWithTargetHousehold("D"));
        int version = api.get("/api/cases/" + id).json().path("version").asInt();
        Response flagged = api.put("/api/cases/" + id + "/details", """
                {"in_disaster_rebuild": true, "planned_floor_area": 45, "version": %d, "actor": "县住建局"}""".formatted(version));
        assertThat(flagged.json().path("subsidy").path("blocked").asBoolean()).isTrue();
        Response r = transition(id, "COUNTY_APPROVE", flagged.json().path("version").asInt(), "");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("errors").get(0).path("value").asString()).isEqualTo("DOUBLE_BENEFIT");
        assertThat(messages(r).get(0)).contains("不得重复享受");
    }

    @Test
    void aRebuiltHouseBelowTwentySquareMetresIsNotApproved() {
        long id = approvalReady(dangerousHouseWithTargetHousehold("D"));
        int version = api.get("/api/cases/" + id).json().path("version").asInt();
        Response small = api.put("/api/cases/" + id + "/details", """
                {"planned_floor_area": 18, "version": %d, "actor": "县住建局"}""".formatted(version));
        Response r = transition(id, "COUNTY_APPROVE", small.json().path("version").asInt(), "");
        assertThat(r.status()).isEqualTo(422);
        assertThat(messages(r).get(0)).isEqualTo("建筑面积 18 m² 低于 20 m²（2 人户）");
    }

    @Test
    void aHouseholdWithoutAHouseSplitOffLastYearIsApprovedOnlyWithAReviewNote() {
        Response opened = api.post("/api/cases", """
                {"household": "140825-HH8", "actor": "村干部"}""");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        assertThat(opened.json().path("state").asString()).as("无房户: nothing to assess").isEqualTo("ASSESSED");
        assertThat(opened.json().path("documents").path("required").toString()).doesNotContain("GRADE_ASSESSMENT");
        uploadPdfs(id, "APPLICATION", "ID_PROOF");
        move(id, "APPLY", ", \"method\": \"NEW_SITE\"");
        Response split = api.put("/api/cases/" + id + "/details", """
                {"household_split_on": "%s", "planned_floor_area": 40, "version": %d, "actor": "县住建局"}"""
                .formatted(LocalDate.now().minusYears(1), api.get("/api/cases/" + id).json().path("version").asInt()));
        assertThat(split.json().path("subsidy").path("checks").toString()).contains("SPLIT_HOUSEHOLD");
        uploadPdfs(id, "VILLAGE_REVIEW", "TOWNSHIP_AUDIT", "COUNTY_APPROVAL");
        move(id, "VILLAGE_REVIEW", "");
        move(id, "TOWNSHIP_AUDIT", "");
        int version = api.get("/api/cases/" + id).json().path("version").asInt();
        Response withoutNote = transition(id, "COUNTY_APPROVE", version, "");
        assertThat(withoutNote.status()).isEqualTo(422);
        assertThat(withoutNote.json().path("errors").get(0).path("field").asString()).isEqualTo("note");
        Response withNote = transition(id, "COUNTY_APPROVE", version,
                ", \"note\": \"核查分户登记与实际居住情况，确为独立生活\"");
        assertThat(withNote.status()).isEqualTo(200);
        assertThat(withNote.json().path("subsidy").path("amount_yuan").asInt()).isEqualTo(25000);
    }

    @Test
    void aHouseholdStillLivingInTheDangerousHouseCannotWithdraw() {
        long id = openCase(dangerousHouseWithTargetHousehold("D")).path("id").asLong();
        uploadPdfs(id, "WITHDRAWAL_CONFIRMATION");
        Response r = transition(id, "WITHDRAW", 0, ", \"note\": \"投靠子女\"");
        assertThat(r.status()).isEqualTo(422);
        assertThat(messages(r).get(0)).contains("仍有人居住");
    }

    @Test
    void aRejectedCaseNeedsAReasonAndThenAcceptsNothing() {
        long id = openCase(dangerousHouseWithTargetHousehold("D")).path("id").asLong();
        assertThat(transition(id, "REJECT", 0, "").status()).isEqualTo(422);
        JsonNode rejected = move(id, "REJECT", ", \"reason\": \"另有安全住房\"");
        assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejection_reason").asString()).isEqualTo("另有安全住房");
        Response after = transition(id, "APPLY", rejected.path("version").asInt(), "");
        assertThat(after.status()).isEqualTo(409);
        assertThat(messages(after).get(0)).endsWith("可执行：无（案件已结束）");
    }

    @Test
    void aHouseOrHouseholdHasAtMostOneOpenCase() {
        String house = dangerousHouseWithTargetHousehold("D");
        openCase(house);
        Response second = api.post("/api/cases", """
                {"house": "%s", "actor": "村干部"}""".formatted(house));
        assertThat(second.status()).isEqualTo(409);
        Response unknown = api.post("/api/cases", "{\"house\": \"NO-SUCH-HOUSE\", \"actor\": \"村干部\"}");
        assertThat(unknown.status()).isEqualTo(422);
        Response noTarget = api.post("/api/cases", "{\"house\": \"140825-H10\", \"actor\": \"村干部\"}");
        assertThat(noTarget.status()).as("HH7 is not a target household").isEqualTo(422);
    }

    @Test
    void listsFilterByStateAndArea() {
        String house = dangerousHouseWithTargetHousehold("D");
        long id = openCase(house).path("id").asLong();
        JsonNode list = api.get("/api/cases?state=ASSESSED&village=140825100201&limit=1000").json();
        assertThat(list.path("items").findValuesAsString("house_code")).contains(house);
        assertThat(api.get("/api/cases?state=CLOSED&house=" + house).json().path("number_matched").asInt()).isZero();
        assertThat(api.get("/api/cases?township=140825101000&house=" + house).json().path("number_matched").asInt()).isZero();
        assertThat(api.get("/api/cases?state=NOPE").status()).isEqualTo(400);
        assertThat(api.get("/api/cases/" + id).json().path("allowed_actions").findValuesAsString("action"))
                .containsExactly("APPLY", "WITHDRAW", "REJECT");
    }

    // ---- inspection campaigns (排查) ----------------------------------------------------------------

    @Test
    void anEmergencyCampaignCoversTheHousesTheFloodAffects() {
        long flood = -1;
        for (JsonNode e : api.get("/api/disaster-events").json()) {
            if (e.path("code").asString().equals("FLOOD-TEST-1")) {
                flood = e.path("id").asLong();
            }
        }
        Response created = api.post("/api/inspections", """
                {"name": "2024年7月洪涝应急排查", "kind": "EMERGENCY", "area": "140825000000",
                 "disaster_event": %d, "actor": "县住建局"}""".formatted(flood));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long affected = api.get("/api/disasters/" + flood + "/affected").json().path("totals").path("houses").asLong();
        assertThat(created.json().path("tasks").asLong()).as("the houses of the emergency summary").isEqualTo(affected);
        assertThat(created.json().path("by_township")).hasSize(2);
        Response missing = api.post("/api/inspections", """
                {"name": "无事件", "kind": "EMERGENCY", "area": "140825000000", "actor": "县住建局"}""");
        assertThat(missing.status()).isEqualTo(422);
    }

    @Test
    void findingTheHouseOfEveryTargetHouseholdInATownship() {
        Response created = api.post("/api/inspections", """
                {"name": "以人找房", "kind": "PERSON_TO_HOUSE", "area": "140825101000", "actor": "三泉镇"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode tasks = api.get("/api/inspections/" + created.json().path("id").asLong() + "/tasks").json();
        assertThat(tasks.path("features").findValuesAsString("house_code")).as("HH5's house; HH6, HH7 are no target")
                .containsExactly("140825-H7");
    }

    @Test
    void aDangerousHouseFoundInTheFieldOpensACaseWithAWeekToAssess() {
        String house = dangerousHouseWithTargetHousehold("B");
        long campaign = api.post("/api/inspections", """
                {"name": "2024年雨季后集中排查", "kind": "AFTER_RAINY_SEASON", "area": "140825100201", "actor": "龙兴镇"}""")
                .json().path("id").asLong();
        assertThat(api.put("/api/inspections/" + campaign + "/assignments",
                "{\"village\": \"140825100201\", \"team\": \"东村巡查组\"}").json().path("tasks").asInt()).isPositive();
        JsonNode task = null;
        for (JsonNode f : api.get("/api/inspections/" + campaign + "/tasks?status=TODO").json().path("features")) {
            if (f.path("properties").path("house_code").asString().equals(house)) {
                task = f;
            }
        }
        assertThat(task).isNotNull();
        assertThat(task.path("properties").path("team").asString()).isEqualTo("东村巡查组");
        Response result = api.post("/api/inspections/" + campaign + "/tasks/" + task.path("id").asLong() + "/result", """
                {"grade": "D", "occupancy": "OCCUPIED", "evacuated_persons": 2, "lon": 111.0301, "lat": 35.5301,
                 "note": "后墙开裂，已劝离", "version": 0, "actor": "东村巡查组 张三"}""");
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        long caseId = result.json().path("case_opened").asLong();
        JsonNode c = api.get("/api/cases/" + caseId).json();
        assertThat(c.path("state").asString()).as("the county has not assessed it yet").isEqualTo("DISCOVERED");
        assertThat(c.path("deadline_rule").asString()).isEqualTo("ASSESSMENT");
        assertThat(c.path("deadline_on").asString()).isEqualTo(LocalDate.now().plusDays(7).toString());

        JsonNode progress = api.get("/api/inspections/" + campaign).json();
        JsonNode village = progress.path("villages").get(0);
        assertThat(village.path("done").asInt()).isEqualTo(1);
        assertThat(village.path("problems").asInt()).isEqualTo(1);
        assertThat(village.path("evacuated_persons").asInt()).isEqualTo(2);
        assertThat(village.path("cases_opened").asInt()).isEqualTo(1);
        Response stale = api.post("/api/inspections/" + campaign + "/tasks/" + task.path("id").asLong() + "/result", """
                {"grade": "C", "occupancy": "VACANT", "version": 0, "actor": "东村巡查组"}""");
        assertThat(stale.status()).isEqualTo(409);
    }

    // ---- monthly report (seed 002's forms) ----------------------------------------------------------

    static JsonNode township(JsonNode report, String code) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("unit_code").asString().equals(code)) {
                return row.path("columns");
            }
        }
        return null;
    }

    static double column(JsonNode columns, int number) {
        return columns == null ? 0 : columns.get(number - 2).asDouble();
    }

    @Test
    void theMonthlyFormCountsStartedAndCompletedHouseholdsAndPaymentsByLevelInWan() {
        String month = java.time.YearMonth.now().toString();
        String url = "/api/reports/monthly?county=140825000000&month=" + month;
        JsonNode before = api.get(url).json();
        assertThat(before.path("headings").get(1).asString()).isEqualTo("2 开工户数·脱贫享受政策户");
        assertThat(before.path("headings").get(19).asString()).isEqualTo("20 县级财政已支付各级补助资金数额·省级补助资金（万元）");
        assertThat(before.path("headings")).hasSize(23);

        long id = approvalReady(dangerousHouseWithTargetHousehold("D"));
        api.put("/api/cases/" + id + "/details", """
                {"planned_floor_area": 50, "cost_yuan": 60000, "version": %d, "actor": "县住建局"}"""
                .formatted(api.get("/api/cases/" + id).json().path("version").asInt()));
        uploadPdfs(id, "PUBLICITY", "NOTIFICATION", "AGREEMENT", "PHOTO", "PAYMENT_VOUCHER", "INSPECTION_RECORD",
                "ACCEPTANCE_FORM");
        move(id, "COUNTY_APPROVE", "");
        move(id, "PUBLICISE", "");
        move(id, "NOTIFY", "");
        move(id, "START", "");
        move(id, "PAY_ADVANCE", ", \"central_yuan\": 8000, \"provincial_yuan\": 3000, \"local_yuan\": 1500");
        move(id, "COMPLETE", "");
        move(id, "ACCEPT", "");
        move(id, "PAY_BALANCE", ", \"central_yuan\": 12500");

        JsonNode after = api.get(url).json();
        for (String unit : List.of("140825100000", "140825000000")) {
            JsonNode was = township(before, unit);
            JsonNode now = township(after, unit);
            assertThat(column(now, 4) - column(was, 4)).as(unit + ": started 低保户 (column 4)").isEqualTo(1);
            assertThat(column(now, 2) - column(was, 2)).as("no other category").isZero();
            assertThat(column(now, 10) - column(was, 10)).as("completed 低保户 (column 10)").isEqualTo(1);
            assertThat(column(now, 20) - column(was, 20)).as("provincial paid, 万元").isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(column(now, 21) - column(was, 21)).as("central paid").isCloseTo(2.05, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(column(now, 22) - column(was, 22)).as("below provincial").isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(column(now, 23) - column(was, 23)).as("investment").isCloseTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(now.get(14 - 2).isNull()).as("funds secured: not kept by Anju").isTrue();
        }
        JsonNode progress = after.path("progress").get(0);
        assertThat(progress.path("township_name").asString()).isEqualTo("龙兴镇");
        assertThat(progress.path("started_this_month").asInt()).isPositive();

        Api.Binary xlsx = api.getBytes("/api/reports/monthly.xlsx?county=140825000000&month=" + month
                + "&reporter=%E7%8E%8B%E4%BA%94");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位（盖章）：测试县");
            assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("填报人：王五");
            var total = sheet.getRow(5 + after.path("rows").size() - 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("测试县合计");
            JsonNode totals = township(after, "140825000000");
            for (int number : new int[] {2, 4, 10, 13, 20, 21, 22, 23}) {
                assertThat(total.getCell(number - 1).getNumericCellValue()).as("the XLSX's column " + number)
                        .isEqualTo(column(totals, number));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(api.get("/api/reports/monthly.xlsx?county=140825000000&month=" + month + "&phone="
                + "x".repeat(61)).status()).isEqualTo(400);
        Response csv = api.get("/api/reports/monthly.csv?county=140825000000&month=" + month);
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains("2 开工户数·脱贫享受政策户")
                .contains("23 完成投资总额（万元）");
        assertThat(csv.body()).contains("测试县合计");
        assertThat(api.get("/api/reports/monthly?county=140825100000&month=" + month).status()).isEqualTo(400);
        assertThat(api.get("/api/reports/monthly?county=140825000000&month=2024-13").status()).isEqualTo(400);
    }

    /** A case with everything needed up to the county approval (method DEMOLISH_REBUILD). */
    long approvalReady(String house) {
        long id = openCase(house).path("id").asLong();
        uploadPdfs(id, "GRADE_ASSESSMENT", "APPLICATION", "ID_PROOF", "VILLAGE_REVIEW", "TOWNSHIP_AUDIT", "COUNTY_APPROVAL");
        move(id, "APPLY", ", \"method\": \"DEMOLISH_REBUILD\"");
        move(id, "VILLAGE_REVIEW", "");
        move(id, "TOWNSHIP_AUDIT", "");
        return id;
    }

    // ---- deadline settings changed (recomputation of the stored next deadline) -----------------------

    @org.springframework.beans.factory.annotation.Autowired
    DeadlineRecomputation recomputation;
    @org.springframework.beans.factory.annotation.Autowired
    Deadlines deadlinesInForce;
    @org.springframework.beans.factory.annotation.Autowired
    CaseworkProperties properties;

    @Test
    void whenTheDeadlineSettingsChangeTheStoredDeadlinesOfUntouchedCasesFollow() {
        JsonNode opened = openCase(dangerousHouseWithTargetHousehold("B"));
        long id = opened.path("id").asLong();
        assertThat(opened.path("deadline_on").asString()).isEqualTo(LocalDate.now().plusDays(7).toString());
        CaseworkProperties.Deadlines now = properties.deadlines();
        Deadlines twoWeeks = new Deadlines(new CaseworkProperties(new CaseworkProperties.Deadlines(now.dayCounting(),
                now.reportDays(), 14, now.entryDays(), now.dueSoonDays(), now.phasePreset(), now.phasePresets(),
                now.extendOverNonWorkingDays(), now.holidays(), now.makeUpWorkingDays()), properties.documents(),
                properties.subsidy()));
        assertThat(twoWeeks.fingerprint()).isNotEqualTo(deadlinesInForce.fingerprint());
        try {
            assertThat(recomputation.recompute(twoWeeks)).as("at least this case").isPositive();
            JsonNode recomputed = api.get("/api/cases/" + id).json();
            assertThat(recomputed.path("deadline_rule").asString()).isEqualTo("ASSESSMENT");
            assertThat(recomputed.path("deadline_on").asString()).isEqualTo(LocalDate.now().plusDays(14).toString());
            assertThat(recomputed.path("version").asInt()).as("derived data: a form read before stays valid")
                    .isEqualTo(opened.path("version").asInt());
            assertThat(recomputation.recompute(twoWeeks)).as("nothing left to change").isZero();
        } finally {
            recomputation.recompute(deadlinesInForce);
        }
        assertThat(api.get("/api/cases/" + id).json().path("deadline_on").asString())
                .isEqualTo(LocalDate.now().plusDays(7).toString());
        assertThat(recomputation.recompute(deadlinesInForce)).isZero();
    }
}
