package org.anju.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.RacingWriters;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The problem ledger (整改台账) over real HTTP on the fixture county (src/test/resources/fixture-county):
 * each step by the role of its level, within its jurisdiction; the 整改台账 download in the layout sent
 * upward; the import of a finding list, all or nothing; every change in the audit log. Run on both
 * databases; each test makes the accounts and problems it needs.
 */
abstract class ProblemLedgerSpec extends ApiSpec {

    static final String DATA_DIR = "target/problems-test-data";
    static final String LONGXING = "140825100000";
    static final String DONGCUN = "140825100201";
    static final String XICUN = "140825100202";
    static final String SANQUAN = "140825101000";
    static final String NANCUN = "140825101201";
    static final String PASSWORD = "problem-test-Pa55";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final AtomicInteger SERIAL = new AtomicInteger();

    // ---- fixtures made through the API --------------------------------------------------------------

    /** An account of {@code role} limited to {@code jurisdiction}, and an API client logged in as it. */
    Api account(String role, String jurisdiction) {
        String username = "p-" + role.toLowerCase(java.util.Locale.ROOT) + "-" + SERIAL.incrementAndGet() + "-"
                + System.nanoTime() % 100000;
        Response r = api.post("/api/accounts", """
                {"username": "%s", "display_name": "测试%s", "password": "%s", "role": "%s", "jurisdiction_code": "%s"}
                """.formatted(username, role, PASSWORD, role, jurisdiction));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return new Api(port).as(username, PASSWORD);
    }

    JsonNode register(Api as, String body) {
        Response r = as.post("/api/problems", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    Response step(Api as, long id, String action, String extra) {
        int version = api.get("/api/problems/" + id).json().path("version").asInt();
        return as.post("/api/problems/" + id + "/transitions", """
                {"action": "%s", "version": %d%s}""".formatted(action, version, extra));
    }

    JsonNode move(Api as, long id, String action, String extra) {
        Response r = step(as, id, action, extra);
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    static List<String> messages(Response r) {
        List<String> messages = new ArrayList<>();
        r.json().path("errors").forEach(e -> messages.add(e.path("message").asString()));
        return messages;
    }

    static List<String> fields(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(p -> ids.add(p.path("id").asLong()));
        return ids;
    }

    /** The audit entries of one problem (exact target), oldest first, as "ACTION username". */
    List<String> auditOf(long id) {
        List<String> entries = new ArrayList<>();
        JsonNode all = api.get("/api/audit?limit=500&target=problem%20" + id).json();
        all.forEach(e -> {
            if (e.path("target").asString().equals("problem " + id)) {
                entries.add(0, e.path("action").asString() + " " + e.path("username").asString());
            }
        });
        return entries;
    }

    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("问题清单");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    Object v = rows.get(i).get(j);
                    if (v instanceof LocalDate d) {
                        Cell c = row.createCell(j);
                        c.setCellValue(d);
                        var style = book.createCellStyle();
                        style.setDataFormat(book.createDataFormat().getFormat("yyyy年m月d日"));
                        c.setCellStyle(style);
                    } else if (v != null) {
                        row.createCell(j).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int j = 0; j < row.getLastCellNum(); j++) {
                    Cell c = row.getCell(j);
                    cells.add(c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                            ? c.getLocalDateTimeCellValue().toLocalDate().toString() : formatter.formatCellValue(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    // ---- specifications -----------------------------------------------------------------------------

    @Test
    void aProblemGoesFromRegistrationToClosureEachStepTakenByItsLevel() {
        Api village = account("VILLAGE_INSPECTOR", DONGCUN);
        Api township = account("TOWNSHIP_STAFF", LONGXING);
        JsonNode p = register(village, """
                {"source": "PETITION", "reference": "12345-20261201-0007", "description": "群众反映H1户仍住在D级危房中",
                 "houses": ["140825-H1"], "found_on": "2026-12-01"}""");
        long id = p.path("id").asLong();
        assertThat(p.path("state").asString()).isEqualTo("REGISTERED");
        assertThat(p.path("state_label").asString()).isEqualTo("登记");
        assertThat(p.path("source_label").asString()).isEqualTo("信访/12345");
        assertThat(p.path("area_code").asString()).as("the house's village").isEqualTo(DONGCUN);
        assertThat(p.path("village_name").asString()).isEqualTo("东村");
        assertThat(p.path("township_name").asString()).isEqualTo("龙兴镇");
        assertThat(p.path("lon").asDouble()).as("the linked house's point").isBetween(111.0, 111.1);
        assertThat(p.path("links").get(0).path("code").asString()).isEqualTo("140825-H1");
        assertThat(p.path("allowed_actions").toString()).as("a village account starts and applies only")
                .doesNotContain("ASSIGN").doesNotContain("DISMISS");

        assertThat(step(village, id, "ASSIGN", ", \"responsible_unit\": \"东村村委会\", \"deadline_on\": \"2027-01-31\"")
                .status()).as("the village does not assign").isEqualTo(403);
        Response noDeadline = step(township, id, "ASSIGN", ", \"responsible_unit\": \"东村村委会\"");
        assertThat(noDeadline.status()).isEqualTo(422);
        assertThat(fields(noDeadline)).containsExactly("deadline_on");
        assertThat(messages(noDeadline)).containsExactly("交办须写明整改时限");
        JsonNode assigned = move(township, id, "ASSIGN", """
                , "responsible_unit": "龙兴镇人民政府", "responsible_person": "张镇长", "deadline_on": "2027-01-31",
                  "note": "限期一个月整改\"""");
        assertThat(assigned.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.path("responsible_person").asString()).isEqualTo("张镇长");
        assertThat(assigned.path("deadline_on").asString()).isEqualTo("2027-01-31");

        move(village, id, "START", ", \"progress\": \"已动员农户搬离\"");
        Response early = step(village, id, "REQUEST_CLOSE", "");
        assertThat(early.status()).isEqualTo(422);
        assertThat(fields(early)).containsExactlyInAnyOrder("measures", "documents");
        Response evidence = village.multipart("/api/problems/" + id + "/documents", Map.of("kind", "EVIDENCE"),
                "搬离照片.pdf", "application/pdf", PDF);
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
        Response script = village.multipart("/api/problems/" + id + "/documents", Map.of("kind", "EVIDENCE"),
                "photo.pdf", "application/pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(script.status()).as("same upload rules as the case archive").isEqualTo(422);
        JsonNode requested = move(village, id, "REQUEST_CLOSE", """
                , "measures": "农户已搬入安置房，旧房已拆除", "progress": "已完成整改\"""");
        assertThat(requested.path("state").asString()).isEqualTo("CLOSE_REQUESTED");
        assertThat(requested.path("allowed_actions")).as("nothing more for the village").isEmpty();

        assertThat(step(village, id, "REVIEW", "").status()).isEqualTo(403);
        assertThat(step(village, id, "CLOSE", "").status()).as("a village account cannot close").isEqualTo(403);
        assertThat(step(township, id, "CLOSE", "").status()).as("nor a township account").isEqualTo(403);
        Response tooEarly = step(api, id, "CLOSE", "");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(messages(tooEarly)).containsExactly("问题处于“申请销号”状态，不能“销号”；当前可以：复核通过、退回整改");
        move(api, id, "REVIEW", ", \"note\": \"县住建局现场复核\"");
        Response stale = api.post("/api/problems/" + id + "/transitions", """
                {"action": "CLOSE", "version": %d}""".formatted(requested.path("version").asInt()));
        assertThat(stale.status()).as("an older version").isEqualTo(409);
        JsonNode closed = move(api, id, "CLOSE", "");
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("closed_on").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(closed.path("measures").asString()).isEqualTo("农户已搬入安置房，旧房已拆除");
        Response edit = api.put("/api/problems/" + id, """
                {"version": %d, "measures": "改"}""".formatted(closed.path("version").asInt()));
        assertThat(edit.status()).as("a closed problem is not changed").isEqualTo(409);

        JsonNode history = api.get("/api/problems/" + id + "/history").json();
        List<String> steps = new ArrayList<>();
        history.forEach(e -> steps.add(e.path("action").asString() + " " + e.path("to_state").asString()));
        assertThat(steps).containsExactly("REGISTER REGISTERED", "ASSIGN ASSIGNED", "START RECTIFYING",
                "REQUEST_CLOSE CLOSE_REQUESTED", "REVIEW REVIEWED", "CLOSE CLOSED");
        assertThat(history.get(0).path("actor").asString()).startsWith("测试VILLAGE_INSPECTOR");
        assertThat(history.get(1).path("note").asString()).isEqualTo("限期一个月整改");
        assertThat(history.get(5).path("actor").asString()).isEqualTo("县级管理员（admin）");

        List<String> audit = auditOf(id);
        assertThat(audit).as("every change, none of the refused ones").hasSize(7);
        assertThat(audit.get(0)).startsWith("PROBLEM_REGISTER p-village_inspector-");
        assertThat(audit.get(1)).startsWith("PROBLEM_TRANSITION p-township_staff-");
        assertThat(audit.stream().filter(a -> a.startsWith("PROBLEM_DOCUMENT"))).hasSize(1);
        assertThat(audit.get(6)).isEqualTo("PROBLEM_TRANSITION admin");
    }

    @Test
    void aTownshipAccountNeitherSeesNorReachesAnotherTownshipsProblems() {
        long nancun = register(api, """
                {"source": "SUPERVISION", "description": "南村H7户季节性居住D级房，未落实管控措施", "houses": ["140825-H7"]}""")
                .path("id").asLong();
        long county = register(api, """
                {"source": "AUDIT", "description": "县级动态监测机制未落实", "area": "140825000000"}""").path("id").asLong();
        Api longxing = account("TOWNSHIP_STAFF", LONGXING);
        long own = register(longxing, """
                {"source": "SELF_CHECK", "description": "西村排查台账不全", "villages": ["%s"]}""".formatted(XICUN))
                .path("id").asLong();

        List<Long> seen = ids(longxing.get("/api/problems?limit=500").json());
        assertThat(seen).contains(own).doesNotContain(nancun, county);
        assertThat(longxing.get("/api/problems/" + nancun).status()).isEqualTo(404);
        assertThat(longxing.get("/api/problems/" + county).status()).as("a county-wide problem is the county's").isEqualTo(404);
        assertThat(longxing.get("/api/problems/" + nancun + "/history").status()).isEqualTo(404);
        assertThat(longxing.get("/api/problems/" + nancun + "/documents").status()).isEqualTo(404);
        assertThat(longxing.post("/api/problems/" + nancun + "/transitions", "{\"action\": \"START\", \"version\": 0}")
                .status()).isEqualTo(404);
        assertThat(longxing.multipart("/api/problems/" + nancun + "/documents", Map.of(), "a.pdf", "application/pdf", PDF)
                .status()).isEqualTo(404);
        assertThat(ids(longxing.get("/api/problems?township=" + SANQUAN).json())).isEmpty();

        Response otherHouse = longxing.post("/api/problems", """
                {"source": "PATROL", "description": "H7", "houses": ["140825-H7"]}""");
        assertThat(otherHouse.status()).isEqualTo(422);
        assertThat(fields(otherHouse)).containsExactly("houses");
        Response otherArea = longxing.post("/api/problems", """
                {"source": "PATROL", "description": "三泉镇", "area": "%s"}""".formatted(SANQUAN));
        assertThat(otherArea.status()).isEqualTo(422);
        assertThat(messages(otherArea)).containsExactly("该行政区划不存在或不在您的管辖范围内（应为县、乡镇或村）");
        Response outside = api.post("/api/problems", """
                {"source": "PATROL", "description": "x", "area": "%s", "houses": ["140825-H1"]}""".formatted(NANCUN));
        assertThat(messages(outside)).containsExactly("不在问题所在地区“南村”内");

        assertThat(ids(api.get("/api/problems?township=" + SANQUAN + "&limit=500").json())).contains(nancun)
                .doesNotContain(own, county);
        assertThat(ids(api.get("/api/problems?source=AUDIT,SUPERVISION&limit=500").json())).contains(nancun, county)
                .doesNotContain(own);
    }

    @Test
    void aProblemFoundUnfoundedNeedsAReasonAndOverdueOnesAreFoundByTheFilter() {
        JsonNode late = register(api, """
                {"source": "THIRD_PARTY", "description": "第三方评估：东村H3户鉴定不及时", "houses": ["140825-H3"],
                 "found_on": "2024-01-10", "responsible_unit": "县住建局", "deadline_on": "2024-06-30"}""");
        long lateId = late.path("id").asLong();
        assertThat(late.path("overdue").asBoolean()).isTrue();
        long onTime = register(api, """
                {"source": "THIRD_PARTY", "description": "评估：台账信息不一致", "area": "%s", "deadline_on": "2099-12-31"}
                """.formatted(LONGXING)).path("id").asLong();
        assertThat(ids(api.get("/api/problems?overdue=true&limit=500").json())).contains(lateId).doesNotContain(onTime);
        assertThat(ids(api.get("/api/problems?overdue=false&limit=500").json())).contains(onTime).doesNotContain(lateId);
        JsonNode firstPage = api.get("/api/problems?source=THIRD_PARTY&limit=1").json();
        assertThat(firstPage.path("number_returned").asInt()).isEqualTo(1);
        assertThat(firstPage.path("number_matched").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(ids(firstPage)).as("the overdue one first").containsExactly(lateId);
        assertThat(ids(api.get("/api/problems?source=THIRD_PARTY&limit=1&offset=1").json())).doesNotContain(lateId);
        assertThat(api.get("/api/problems?state=SOLVED").status()).isEqualTo(400);
        assertThat(api.get("/api/problems?overdue=maybe").status()).isEqualTo(400);

        Response noReason = step(api, lateId, "DISMISS", "");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(fields(noReason)).containsExactly("reason");
        JsonNode dismissed = move(api, lateId, "DISMISS", ", \"reason\": \"经核实，该户已于2024年3月完成鉴定\"");
        assertThat(dismissed.path("state").asString()).isEqualTo("UNFOUNDED");
        assertThat(dismissed.path("reason").asString()).isEqualTo("经核实，该户已于2024年3月完成鉴定");
        assertThat(dismissed.path("overdue").asBoolean()).as("an ended problem is not overdue").isFalse();
        assertThat(ids(api.get("/api/problems?overdue=true&limit=500").json())).doesNotContain(lateId);

        JsonNode map = api.get("/api/problems/map?bbox=110.9,35.4,111.3,35.8").json();
        assertThat(map.path("type").asString()).isEqualTo("FeatureCollection");
        List<Long> onMap = new ArrayList<>();
        map.path("features").forEach(f -> onMap.add(f.path("id").asLong()));
        assertThat(onMap).as("H3's point; the township-wide one has none").contains(lateId).doesNotContain(onTime);
        assertThat(api.get("/api/problems/map?bbox=1,2,3").status()).isEqualTo(400);
    }

    @Test
    void theLedgerDownloadHasTheLayoutCountyOfficesSendUpwardInWords() throws IOException {
        long open = register(api, """
                {"source": "AUDIT", "description": "南村H10户C级危房住人未纳入改造", "houses": ["140825-H10"],
                 "responsible_unit": "三泉镇人民政府", "responsible_person": "李主任", "deadline_on": "2099-03-31",
                 "measures": "纳入年度改造计划"}""").path("id").asLong();
        long closed = register(api, """
                {"source": "SUPERVISION", "description": "南村台账缺少鉴定表", "villages": ["%s"]}""".formatted(NANCUN))
                .path("id").asLong();
        move(api, closed, "ASSIGN", ", \"responsible_unit\": \"南村村委会\", \"deadline_on\": \"2099-01-31\"");
        move(api, closed, "START", "");
        assertThat(api.multipart("/api/problems/" + closed + "/documents", Map.of(), "鉴定表.pdf", "application/pdf", PDF)
                .status()).isEqualTo(201);
        move(api, closed, "REQUEST_CLOSE", ", \"measures\": \"补齐鉴定表\"");
        move(api, closed, "REVIEW", "");
        move(api, closed, "CLOSE", "");

        Api.Binary file = api.getBytes("/api/problems/ledger.xlsx?village=" + NANCUN);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith(ProblemLedgerFileController.XLSX);
        List<List<String>> rows = sheet(file.body());
        assertThat(rows.get(0).get(0)).isEqualTo("南村农村房屋安全问题整改台账");
        assertThat(rows.get(1).get(0)).startsWith("截至 " + LocalDate.now()).endsWith("共 2 项");
        assertThat(rows.get(2)).containsExactly("序号", "问题来源", "问题描述", "整改措施", "责任单位", "责任人", "整改时限",
                "整改进展", "销号情况");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3)).containsExactly("1", "审计", "南村H10户C级危房住人未纳入改造", "纳入年度改造计划",
                "三泉镇人民政府", "李主任", "2099-03-31", "登记", "未销号");
        assertThat(rows.get(4)).containsExactly("2", "督查检查", "南村台账缺少鉴定表", "补齐鉴定表", "南村村委会", "",
                "2099-01-31", "销号", "已销号（" + LocalDate.now() + "）");

        List<List<String>> english = sheet(api.getBytes("/api/problems/ledger.xlsx?village=" + NANCUN + "&lang=en").body());
        assertThat(english.get(2)).containsExactly("No.", "Source", "Problem", "Measures", "Responsible unit",
                "Responsible person", "Deadline", "Progress", "Closure");
        assertThat(english.get(3).subList(1, 2)).containsExactly("audit");
        assertThat(english.get(4)).contains("supervision and inspection", "closed", "Closed on " + LocalDate.now());
        assertThat(api.getBytes("/api/problems/ledger.xlsx?lang=fr").status()).isEqualTo(400);

        Api sanquan = account("TOWNSHIP_STAFF", SANQUAN);
        Api longxing = account("TOWNSHIP_STAFF", LONGXING);
        assertThat(sheet(sanquan.getBytes("/api/problems/ledger.xlsx").body()).stream().map(r -> r.size() > 2 ? r.get(2) : ""))
                .contains("南村H10户C级危房住人未纳入改造");
        assertThat(sheet(longxing.getBytes("/api/problems/ledger.xlsx").body()).stream().map(r -> r.size() > 2 ? r.get(2) : ""))
                .as("another township's problems are not in its ledger").doesNotContain("南村H10户C级危房住人未纳入改造");
        assertThat(open).isPositive();
    }

    @Test
    void anAuditsFindingListIsImportedAllOrNothingAndARowErrorNamesRowAndColumn() throws IOException {
        List<Object> header = List.of("序号", "问题来源", "问题描述", "整改措施", "责任单位", "责任人", "整改时限", "乡镇", "村");
        List<List<Object>> rows = new ArrayList<>(List.of(
                List.of("测试县2026年农村危房改造审计发现问题清单"),
                header,
                List.of("1", "审计", "东村H1户改造后仍居住在D级旧房", "督促搬离并拆除旧房", "龙兴镇人民政府", "王镇长",
                        LocalDate.of(2027, 3, 31), "龙兴镇", "东村"),
                List.of("2", "审计", "西村排查鉴定不及时", "", "龙兴镇人民政府", "", "2027-03-31", "龙兴镇", "西村"),
                List.of("3", "审计", "南村补助资金拨付超期", "", "县住建局", "", "明年三月", "三泉镇", "南村")));
        long before = api.get("/api/problems?limit=1").json().path("number_matched").asLong();
        Response refused = api.multipart("/api/problems/import", Map.of("reference", "测审〔2026〕5号"), "审计问题清单.xlsx",
                ProblemLedgerFileController.XLSX, workbook(rows));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonNode report = refused.json();
        assertThat(report.path("written").asBoolean()).isFalse();
        assertThat(report.path("rows_read").asInt()).isEqualTo(3);
        assertThat(report.path("error_count").asInt()).isEqualTo(1);
        JsonNode error = report.path("errors").get(0);
        assertThat(error.path("row").asInt()).as("Excel's row number").isEqualTo(5);
        assertThat(error.path("field").asString()).isEqualTo("整改时限");
        assertThat(error.path("value").asString()).isEqualTo("明年三月");
        assertThat(error.path("message").asString()).isEqualTo("日期无法识别，请写成 2026-12-31 或 2026年12月31日");
        assertThat(api.get("/api/problems?limit=1").json().path("number_matched").asLong()).as("nothing written")
                .isEqualTo(before);

        rows.set(4, List.of("3", "审计", "南村补助资金拨付超期", "", "县住建局", "", "2027年3月31日", "三泉镇", "北村"));
        Response wrongVillage = api.multipart("/api/problems/import", Map.of(), "审计问题清单.xlsx",
                ProblemLedgerFileController.XLSX, workbook(rows));
        assertThat(wrongVillage.status()).isEqualTo(422);
        assertThat(wrongVillage.json().path("errors").get(0).path("row").asInt()).isEqualTo(5);
        assertThat(wrongVillage.json().path("errors").get(0).path("field").asString()).isEqualTo("村");
        assertThat(wrongVillage.json().path("errors").get(0).path("message").asString())
                .isEqualTo("乡镇“三泉镇”中没有此村，或有同名的村（请写村代码）");

        rows.set(4, List.of("3", "审计", "南村补助资金拨付超期", "", "县住建局", "", "2027年3月31日", "三泉镇", "南村"));
        Response dryRun = api.multipart("/api/problems/import?dry_run=true", Map.of(), "审计问题清单.xlsx",
                ProblemLedgerFileController.XLSX, workbook(rows));
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().path("inserted").asInt()).isEqualTo(3);
        assertThat(dryRun.json().path("written").asBoolean()).isFalse();
        assertThat(api.get("/api/problems?limit=1").json().path("number_matched").asLong()).isEqualTo(before);

        Response imported = api.multipart("/api/problems/import", Map.of("reference", "测审〔2026〕5号"), "审计问题清单.xlsx",
                ProblemLedgerFileController.XLSX, workbook(rows));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("inserted").asInt()).isEqualTo(3);
        List<Long> ids = new ArrayList<>();
        imported.json().path("ids").forEach(i -> ids.add(i.asLong()));
        JsonNode first = api.get("/api/problems/" + ids.get(0)).json();
        assertThat(first.path("source").asString()).isEqualTo("AUDIT");
        assertThat(first.path("area_code").asString()).isEqualTo(DONGCUN);
        assertThat(first.path("deadline_on").asString()).isEqualTo("2027-03-31");
        assertThat(first.path("responsible_person").asString()).isEqualTo("王镇长");
        assertThat(first.path("source_reference").asString()).isEqualTo("测审〔2026〕5号 #1");
        assertThat(first.path("state").asString()).isEqualTo("REGISTERED");
        assertThat(api.get("/api/problems/" + ids.get(2)).json().path("area_code").asString()).isEqualTo(NANCUN);
        assertThat(auditOf(ids.get(1))).containsExactly("PROBLEM_REGISTER admin");
        JsonNode importEntry = api.get("/api/audit?action=PROBLEM_IMPORT&limit=1").json().get(0);
        assertThat(importEntry.path("rows_count").asInt()).isEqualTo(3);

        Response township = account("TOWNSHIP_STAFF", LONGXING).multipart("/api/problems/import", Map.of(), "a.xlsx",
                ProblemLedgerFileController.XLSX, workbook(rows));
        assertThat(township.status()).as("finding lists are the county's").isEqualTo(403);
        Response notExcel = api.multipart("/api/problems/import", Map.of(), "a.xlsx", ProblemLedgerFileController.XLSX,
                "序号,问题描述\n1,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notExcel.status()).isEqualTo(400);
        assertThat(notExcel.json().path("errors").get(0).path("field").asString()).isEqualTo("file");
    }

    @Test
    void tenStepsOrEditsAtOneVersionAtTheSameMomentLetExactlyOneWin() throws Exception {
        JsonNode p = register(api, """
                {"source": "SELF_CHECK", "description": "并发测试", "area": "%s", "responsible_unit": "龙兴镇",
                 "deadline_on": "2099-01-01"}""".formatted(LONGXING));
        long id = p.path("id").asLong();
        int version = p.path("version").asInt();
        List<Response> assigned = RacingWriters.atOnce(10, w -> new Api(port).post("/api/problems/" + id + "/transitions",
                """
                {"action": "ASSIGN", "version": %d, "note": "并发%d"}""".formatted(version, w)));
        assertThat(assigned.stream().filter(r -> r.status() == 200)).as(assigned.toString()).hasSize(1);
        assertThat(assigned.stream().filter(r -> r.status() == 409)).hasSize(9);
        JsonNode history = api.get("/api/problems/" + id + "/history").json();
        assertThat(history.findValuesAsString("action").stream().filter("ASSIGN"::equals).count()).isEqualTo(1);
        int now = api.get("/api/problems/" + id).json().path("version").asInt();
        assertThat(now).isEqualTo(version + 1);
        List<Response> edited = RacingWriters.atOnce(10, w -> new Api(port).put("/api/problems/" + id, """
                {"version": %d, "progress": "进展%d"}""".formatted(now, w)));
        assertThat(edited.stream().filter(r -> r.status() == 200)).as(edited.toString()).hasSize(1);
        String winner = edited.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .path("progress").asString();
        assertThat(api.get("/api/problems/" + id).json().path("progress").asString()).as("the winner's edit is stored")
                .isEqualTo(winner);
    }
}
