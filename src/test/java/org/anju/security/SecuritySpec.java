package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import org.locationtech.jts.geom.GeometryFactory;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.anju.testsupport.BrowserSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may see and change what, over real HTTP on both databases, with the fixture county
 * (src/test/resources/fixture-county/README.md): 龙兴镇 (140825100000) holds 东村 H1–H3 and 西村
 * H4–H6, 三泉镇 (140825101000) holds 南村 H7–H10.
 */
abstract class SecuritySpec extends ApiSpec {

    static final String PASSWORD = "Xiangzhen-Pa55-2024!";

    @BeforeEach
    void accounts() {
        create("sanquan", "三泉镇工作人员", "TOWNSHIP_STAFF", "140825101000");
        create("planner", "规划人员", "PLANNER", null);
        create("nancun", "南村排查员", "VILLAGE_INSPECTOR", "140825101201");
        create("longxing", "龙兴镇工作人员", "TOWNSHIP_STAFF", "140825100000");
        create("dongcun", "东村排查员", "VILLAGE_INSPECTOR", "140825100201");
    }

    private void create(String username, String name, String role, String jurisdiction) {
        Response response = api.post("/api/accounts", """
                {"username": "%s", "display_name": "%s", "password": "%s", "role": "%s"%s}
                """.formatted(username, name, PASSWORD, role,
                jurisdiction == null ? "" : ", \"jurisdiction_code\": \"" + jurisdiction + "\""));
        assertThat(response.status()).as(response.body()).isIn(201, 409);
    }

    static TreeSet<String> codes(JsonNode collection) {
        TreeSet<String> codes = new TreeSet<>();
        collection.path("features").forEach(f -> codes.add(f.path("id").asString()));
        return codes;
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordTheApiAnswers401() {
        for (String path : List.of("/api/houses", "/api/households", "/api/houses/statistics",
                "/tiles/houses/12/3311/1614.mvt", "/api/search?q=H", "/api/me")) {
            assertThat(new Api(port).anonymous().get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(new Api(port).as("sanquan", "wrong-password").get("/api/houses").status()).isEqualTo(401);
        assertThat(new Api(port).anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void aTownshipAccountSeesOnlyItsTownshipByEveryRoute() {
        Api sanquan = new Api(port).as("sanquan", PASSWORD);

        assertThat(codes(sanquan.get("/api/houses?limit=100").json()))
                .containsExactly("140825-H10", "140825-H7", "140825-H8", "140825-H9");
        assertThat(sanquan.get("/api/houses/140825-H1").status()).isEqualTo(404);
        assertThat(sanquan.get("/api/houses/140825-H7").status()).isEqualTo(200);
        assertThat(sanquan.get("/api/houses/statistics").json().path("houses").asLong()).isEqualTo(3);   // H9 is demolished
        // even when asking for another township by name
        assertThat(sanquan.get("/api/houses?township=140825100000").json().path("numberMatched").asLong()).isZero();

        List<String> households = new ArrayList<>();
        sanquan.get("/api/households?limit=100").json().path("items").forEach(h -> households.add(h.path("code").asString()));
        assertThat(households).containsExactly("140825-HH5", "140825-HH6", "140825-HH7", "140825-HH8");
        assertThat(sanquan.get("/api/households/140825-HH1").status()).isEqualTo(404);

        List<String> found = new ArrayList<>();
        sanquan.get("/api/search?q=" + URLEncoder.encode("140825-H", StandardCharsets.UTF_8)).json()
                .forEach(h -> found.add(h.path("code").asString()));
        assertThat(found).containsExactly("140825-H10", "140825-H7", "140825-H8", "140825-H9");
        assertThat(sanquan.get("/api/search?q=" + URLEncoder.encode("王建国", StandardCharsets.UTF_8)).json().size()).isZero();

        // tiles: the tile of H1 (111.05, 35.55) at zoom 16 is empty for 三泉镇
        assertThat(sanquan.getBytes("/tiles/houses/16/52984/25836.mvt").body()).isEmpty();
        assertThat(api.getBytes("/tiles/houses/16/52984/25836.mvt").body()).isNotEmpty();

        // the flood: around H1–H3 (龙兴镇) and H7, H8 (三泉镇)
        long flood = api.get("/api/disasters").json().path("features").get(0).path("properties").path("event_id").asLong();
        assertThat(api.get("/api/disasters/" + flood + "/affected").json().path("totals").path("houses").asLong()).isEqualTo(5);
        assertThat(sanquan.get("/api/disasters/" + flood + "/affected").json().path("totals").path("houses").asLong()).isEqualTo(2);
        String csv = sanquan.get("/api/disasters/" + flood + "/affected/targets.csv").body();
        assertThat(csv).contains("140825-H7").contains("140825-H8").doesNotContain("140825-H1,").doesNotContain("王建国");

        // OGC API – Features and layer downloads
        assertThat(sanquan.get("/ogcapi/collections/houses/items").json().path("numberMatched").asLong()).isEqualTo(4);
        assertThat(sanquan.get("/ogcapi/collections/houses/items/140825-H1").status()).isEqualTo(404);
        assertThat(sanquan.get("/ogcapi/collections/households/items?filter=" + URLEncoder.encode("village_code = '140825100201'",
                StandardCharsets.UTF_8)).json().path("numberMatched").asLong()).isZero();
        String houses = sanquan.get("/api/houses.csv").body();
        assertThat(houses).contains("140825-H7").doesNotContain("140825-H1,").doesNotContain("140825-H4");
        assertThat(sanquan.get("/api/households.csv").body()).doesNotContain("王建国").contains("赵德福");

        // 危房住人: H7 and H10 in 三泉镇 (H1 and H4 are in 龙兴镇)
        assertThat(sanquan.get("/api/living-in-danger").json().path("totals").path("houses").asLong()).isEqualTo(2);
    }

    /** 龙兴镇's records: houses H1–H6, households HH1–HH4 (王建国 heads HH1), its villages 东村 and 西村 (in summaries). */
    static final Pattern LONGXING = Pattern.compile("140825-H[1-6](?![0-9])|140825-HH[1-4](?![0-9])|王建国|龙兴镇|东村|西村");
    /** 三泉镇's records: houses H7–H10, households HH5–HH8, its township and its village 南村. */
    static final Pattern SANQUAN = Pattern.compile("140825-H(7|8|9|10|H5|H6|H7|H8)(?![0-9])|三泉镇|南村");

    /** What of 龙兴镇 a response holds (a zip — xlsx, shp.zip — is read entry by entry). */
    static TreeSet<String> found(Pattern records, byte[] body) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = records.matcher(text(body));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static String text(byte[] body) {
        if (body.length < 4 || body[0] != 'P' || body[1] != 'K') {
            return new String(body, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            // through the central directory: streamed zips (xlsx) carry their sizes after the entries
            java.nio.file.Path file = java.nio.file.Files.createTempFile("security-spec", ".zip");
            try {
                java.nio.file.Files.write(file, body);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        all.writeBytes(zip.getInputStream(e).readAllBytes());
                        all.write('\n');
                    }
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aTownshipAccountFindsNoHouseOrHouseholdOfAnotherTownshipInAnyListOrDownload() {
        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        long flood = api.get("/api/disasters").json().path("features").get(0).path("properties").path("event_id").asLong();
        List<String> routes = new ArrayList<>();
        for (String format : List.of("csv", "xlsx", "geojson", "kml", "gpkg", "shp.zip", "fgb")) {
            routes.add("/api/houses." + format);
            routes.add("/api/households." + format);
        }
        routes.addAll(List.of("/api/houses?limit=1000", "/api/households?limit=1000",
                "/api/search?q=" + URLEncoder.encode("140825-H", StandardCharsets.UTF_8),
                "/api/living-in-danger", "/api/living-in-danger/targets.csv", "/api/living-in-danger/targets.xlsx",
                "/api/disasters/" + flood + "/affected/targets.csv", "/api/disasters/" + flood + "/affected/targets.xlsx",
                "/ogcapi/collections/houses/items?limit=1000", "/ogcapi/collections/households/items?limit=1000",
                "/api/retrofit/candidates", "/api/retrofit/candidates/targets.csv"));
        for (String route : routes) {
            Api.Binary all = api.getBytes(route);
            Api.Binary mine = sanquan.getBytes(route);
            assertThat(all.status()).as(route).isEqualTo(200);
            assertThat(mine.status()).as(route).isEqualTo(200);
            assertThat(found(LONGXING, all.body())).as("the county's %s holds 龙兴镇's records", route).isNotEmpty();
            assertThat(found(LONGXING, mine.body())).as("三泉镇's %s", route).isEmpty();
            if (!route.startsWith("/api/retrofit")) { // no retrofit candidate in 三泉镇
                assertThat(found(SANQUAN, mine.body())).as("三泉镇's %s holds its own", route).isNotEmpty();
            }
        }
    }

    @Test
    void aTownshipAccountGetsNoFeatureAndNoTilePointOfAnotherTownship() throws IOException {
        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        for (String item : List.of("houses/items/140825-H4", "households/items/140825-HH1", "households/items/140825-HH2")) {
            assertThat(api.get("/ogcapi/collections/" + item).status()).as(item).isEqualTo(200);
            assertThat(sanquan.get("/ogcapi/collections/" + item).status()).as(item).isEqualTo(404);
        }
        assertThat(sanquan.get("/ogcapi/collections/households/items/140825-HH5").status()).isEqualTo(200);
        for (String code : List.of("140825-H1", "140825-H2", "140825-H3", "140825-H4", "140825-H5", "140825-H6", "140825-H7")) {
            JsonNode point = api.get("/api/houses/" + code).json().path("geometry").path("coordinates");
            String tile = "/tiles/houses/16/%d/%d.mvt".formatted(tileX(point.get(0).asDouble(), 16), tileY(point.get(1).asDouble(), 16));
            assertThat(codesInTile(api.getBytes(tile).body())).as(tile).contains(code);
            if (code.equals("140825-H7")) {
                assertThat(codesInTile(sanquan.getBytes(tile).body())).as(tile).contains(code);
            } else {
                assertThat(codesInTile(sanquan.getBytes(tile).body())).as(tile).isEmpty();
            }
        }
    }

    static int tileX(double lon, int z) {
        return (int) Math.floor((lon + 180) / 360 * (1 << z));
    }

    static int tileY(double lat, int z) {
        double rad = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * (1 << z));
    }

    /** The {@code code} of every feature of every layer of a vector tile (an empty body: none). */
    static TreeSet<String> codesInTile(byte[] mvt) throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        if (mvt.length == 0) {
            return codes;
        }
        JtsMvt tile = MvtReader.loadMvt(new ByteArrayInputStream(mvt), new GeometryFactory(),
                new TagKeyValueMapConverter(false, "mvt_id"));
        for (JtsLayer layer : tile.getLayers()) {
            layer.getGeometries().forEach(g -> codes.add(String.valueOf(((Map<?, ?>) g.getUserData()).get("code"))));
        }
        return codes;
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A D house in 东村 (龙兴镇, outside the flood of the fixture) with a 低保 household living in it, its case opened by the county; returns the case. */
    private JsonNode caseInDongcun(String house) {
        assertThat(api.post("/api/houses", house(house, 111.0135, 35.5135, "140825100201")
                .replace("\"grade\": \"B\"", "\"grade\": \"D\"")).status()).isEqualTo(201);
        Response household = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "孙测试", "members": 2, "village_code": "140825100201",
                 "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}""".formatted(house, house));
        assertThat(household.status()).as(household.body()).isEqualTo(201);
        Response opened = api.post("/api/cases", "{\"house\": \"%s\"}".formatted(house));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    private Response upload(Api as, long caseId, String kind) {
        return as.multipart("/api/cases/" + caseId + "/documents", Map.of("kind", kind), kind.toLowerCase() + ".pdf",
                "application/pdf", PDF);
    }

    @Test
    void aTownshipAccountCannotReachAnotherTownshipsCaseByAnyRoute() {
        String house = "SEC-CASE-" + System.nanoTime() % 1_000_000;
        JsonNode opened = caseInDongcun(house);
        long id = opened.path("id").asLong();
        Response document = upload(api, id, "APPLICATION");
        assertThat(document.status()).as(document.body()).isEqualTo(201);
        long documentId = document.json().path("id").asLong();
        String one = "/api/cases/" + id;

        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        assertThat(api.get("/api/cases?house=" + house).json().path("number_matched").asLong()).isEqualTo(1);
        assertThat(sanquan.get("/api/cases?house=" + house).json().path("number_matched").asLong()).isZero();
        for (String route : List.of("/api/cases?limit=1000", "/api/cases/geojson?limit=1000", "/api/cases/deadlines",
                "/api/cases/map", "/api/cases/summary")) {
            Response all = api.get(route);
            Response mine = sanquan.get(route);
            assertThat(mine.status()).as(route).isEqualTo(200);
            assertThat(all.body()).as(route).containsAnyOf(house, "龙兴镇");
            assertThat(mine.body()).as(route).doesNotContain(house).doesNotContain("1408251002").doesNotContain("龙兴镇");
        }
        for (String route : List.of(one, one + "/history", one + "/documents", one + "/documents/" + documentId)) {
            assertThat(api.get(route).status()).as(route).isEqualTo(200);
            assertThat(sanquan.get(route).status()).as(route + " as if it did not exist").isEqualTo(404);
        }
        assertThat(sanquan.post(one + "/transitions", """
                {"action": "APPLY", "version": 0, "method": "DEMOLISH_REBUILD"}""").status()).isEqualTo(404);
        assertThat(sanquan.put(one + "/details", "{\"version\": 0, \"cost_yuan\": 1}").status()).isEqualTo(404);
        assertThat(upload(sanquan, id, "ID_PROOF").status()).isEqualTo(404);
        Response again = sanquan.post("/api/cases", "{\"house\": \"%s\"}".formatted(house));
        assertThat(again.status()).as("another township's house is unknown").isEqualTo(422);
        assertThat(again.json().path("errors").get(0).path("field").asString()).isEqualTo("house");
        assertThat(sanquan.post("/api/cases/open-missing", "{\"area\": \"140825100000\"}").status()).isEqualTo(403);
        Response report = sanquan.get("/api/reports/monthly?county=140825000000&month=2024-05");
        assertThat(report.status()).as("the county's form").isEqualTo(403);
        assertThat(report.json().path("title").asString()).isEqualTo("无权操作");
        assertThat(new Api(port).as("nancun", PASSWORD).get(one).status()).isEqualTo(404);
        assertThat(api.get(one + "/history").json()).as("nothing happened to the case").hasSize(1);
        assertThat(api.get(one + "/documents").json().path("documents")).hasSize(1);
        assertThat(sanquan.get("/api/audit").status()).isEqualTo(403);

        // its own township and village act on it, each at its level of the procedure
        Api longxing = new Api(port).as("longxing", PASSWORD);
        Api dongcun = new Api(port).as("dongcun", PASSWORD);
        assertThat(longxing.get(one).json().path("allowed_actions").findValuesAsString("action"))
                .containsExactlyInAnyOrder("APPLY", "WITHDRAW", "REJECT");
        assertThat(dongcun.get(one).json().path("allowed_actions").findValuesAsString("action")).containsExactly("APPLY");
        assertThat(upload(dongcun, id, "ID_PROOF").status()).isEqualTo(201);
        Response applied = dongcun.post(one + "/transitions", """
                {"action": "APPLY", "version": 0, "method": "DEMOLISH_REBUILD"}""");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(dongcun.put(one + "/details", "{\"version\": 1, \"cost_yuan\": 30000}").status()).isEqualTo(403);
        assertThat(upload(longxing, id, "VILLAGE_REVIEW").status()).isEqualTo(201);
        assertThat(longxing.post(one + "/transitions", "{\"action\": \"VILLAGE_REVIEW\", \"version\": 1}").status())
                .isEqualTo(200);
        Response approve = longxing.post(one + "/transitions", "{\"action\": \"COUNTY_APPROVE\", \"version\": 2}");
        assertThat(approve.status()).as("approval is the county's").isEqualTo(403);
        assertThat(api.get(one).json().path("state").asString()).isEqualTo("VILLAGE_REVIEWED");
    }

    @Test
    void aTownshipAccountSeesAndRecordsNoInspectionTaskOfAnotherTownship() {
        Response created = api.post("/api/inspections", """
                {"name": "安全测试·全县排查", "kind": "AFTER_THAW", "area": "140825000000"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long campaign = created.json().path("id").asLong();
        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        JsonNode all = api.get("/api/inspections/" + campaign + "/tasks").json();
        JsonNode mine = sanquan.get("/api/inspections/" + campaign + "/tasks").json();
        assertThat(all.path("features").findValuesAsString("village_code")).contains("140825100201");
        assertThat(mine.path("features").findValuesAsString("village_code")).isNotEmpty().containsOnly("140825101201");
        long h1 = -1;
        for (JsonNode task : all.path("features")) {
            if (task.path("properties").path("house_code").asString().equals("140825-H1")) {
                h1 = task.path("id").asLong();
            }
        }
        assertThat(sanquan.post("/api/inspections/" + campaign + "/tasks/" + h1 + "/result",
                "{\"occupancy\": \"OCCUPIED\", \"version\": 0}").status()).isEqualTo(404);
    }

    @Test
    void aTownshipAccountImportsOnlyRowsOfItsTownshipAndNothingWhenOneIsOutside() {
        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        String houses = """
                房屋编码,行政村代码,经度,纬度,房屋等级,鉴定日期,是否住人
                SEC-IMP-1,140825101201,111.151,35.551,B,2023-05-01,是
                SEC-IMP-2,140825100201,111.051,35.551,B,2023-05-01,是
                140825-H4,140825101201,111.152,35.552,B,2023-05-01,是
                SEC-IMP-3,,111.053,35.553,B,2023-05-01,是
                """;
        Response refused = sanquan.multipart("/api/imports", Map.of("layer", "houses"), "农房.csv", "text/csv",
                houses.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(importErrors(refused)).containsExactly(
                "3|行政村代码|140825100201|不在本账号的管辖范围（140825101000）内",
                "4|房屋编码|140825-H4|此编码已属于本账号管辖范围（140825101000）以外的记录，不能在此导入中修改",
                "5|geometry|140825100201|不在本账号的管辖范围（140825101000）内");
        assertThat(api.get("/api/houses/SEC-IMP-1").status()).as("all or nothing").isEqualTo(404);
        assertThat(api.get("/api/houses/140825-H4").json().path("properties").path("village_code").asString())
                .isEqualTo("140825100202");

        String households = """
                户编码,户主姓名,家庭人口,行政村,居住房屋
                SEC-IMP-HH1,孙测试,2,南村,
                SEC-IMP-HH2,李测试,2,东村,
                SEC-IMP-HH3,周测试,2,南村,140825-H1
                140825-HH1,王建国,9,南村,
                """;
        Response refusedHouseholds = sanquan.multipart("/api/imports", Map.of("layer", "households"), "农户.csv",
                "text/csv", households.getBytes(StandardCharsets.UTF_8));
        assertThat(refusedHouseholds.status()).as(refusedHouseholds.body()).isEqualTo(422);
        assertThat(importErrors(refusedHouseholds)).containsExactly(
                "3|行政村|140825100201|不在本账号的管辖范围（140825101000）内",
                "4|居住房屋|140825-H1|该农房编码不存在",
                "5|户编码|140825-HH1|此编码已属于本账号管辖范围（140825101000）以外的记录，不能在此导入中修改");
        assertThat(api.get("/api/households/SEC-IMP-HH1").status()).isEqualTo(404);
        assertThat(api.get("/api/households/140825-HH1").json().path("members").asInt()).isNotEqualTo(9);

        Response good = sanquan.multipart("/api/imports", Map.of("layer", "households", "dryRun", "true"), "农户.csv",
                "text/csv", households.lines().limit(2).reduce("", (a, b) -> a + b + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(good.status()).as(good.body()).isEqualTo(200);
        assertThat(new Api(port).as("planner", PASSWORD).multipart("/api/imports", Map.of("layer", "households"),
                "农户.csv", "text/csv", households.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    @Test
    void aTownshipAccountsNewHousesMayBelongOnlyToHouseholdsOfItsTownship() {
        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        String header = "房屋编码,行政村代码,经度,纬度,房屋等级,鉴定日期,是否住人,户编码\n";
        String inNancun = "SEC-IMP-10,140825101201,111.151,35.551,C,2023-05-01,是,140825-HH5\n";
        String ownedInDongcun = "SEC-IMP-11,140825101201,111.152,35.552,B,2023-05-01,是,140825-HH1\n";

        Response refused = sanquan.multipart("/api/imports", Map.of("layer", "houses"), "农房.csv", "text/csv",
                (header + inNancun + ownedInDongcun).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(importErrors(refused)).containsExactly("3|户编码|140825-HH1|该农户编码不存在");
        assertThat(api.get("/api/houses/SEC-IMP-10").status()).as("all or nothing").isEqualTo(404);

        Response imported = sanquan.multipart("/api/imports", Map.of("layer", "houses"), "农房.csv", "text/csv",
                (header + inNancun).getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("inserted").asLong()).isEqualTo(1);
        JsonNode house = api.get("/api/houses/SEC-IMP-10").json().path("properties");
        assertThat(house.path("owner_household").asString()).isEqualTo("140825-HH5");
        assertThat(house.path("assessments").size()).as("the dated grade is in the history").isEqualTo(1);
        assertThat(api.delete("/api/houses/SEC-IMP-10").status()).isEqualTo(204);
    }

    /** The row errors of an import report as "row|field|value|message". */
    static List<String> importErrors(Response response) {
        List<String> errors = new ArrayList<>();
        response.json().path("errors").forEach(e -> errors.add(e.path("row").asLong() + "|" + e.path("field").asString()
                + "|" + e.path("value").asString() + "|" + e.path("message").asString()));
        return errors;
    }

    @Test
    void aTownshipAccountChangesOnlyItsOwnTownship() {
        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        String inDongcun = house("SEC-1", 111.01, 35.51, "140825100201");
        String inNancun = house("SEC-2", 111.11, 35.51, "140825101201");

        assertThat(sanquan.post("/api/houses", inDongcun).status()).isEqualTo(403);
        assertThat(api.get("/api/houses/SEC-1").status()).isEqualTo(404);
        Response created = sanquan.post("/api/houses", inNancun);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(sanquan.delete("/api/houses/140825-H1").status()).isEqualTo(404);
        assertThat(api.get("/api/houses/140825-H1").status()).isEqualTo(200);
        assertThat(api.delete("/api/houses/SEC-2").status()).isEqualTo(204);
    }

    @Test
    void aPlannerSeesHousesAndAnalysesButNoPersonalDataAndChangesNothing() {
        Api planner = new Api(port).as("planner", PASSWORD);

        assertThat(planner.get("/api/houses?limit=1").status()).isEqualTo(200);
        assertThat(planner.get("/api/retrofit/candidates").status()).isEqualTo(200);
        assertThat(planner.get("/api/households").status()).isEqualTo(403);
        assertThat(planner.get("/api/search?q=H1").status()).isEqualTo(403);
        assertThat(planner.get("/api/living-in-danger").status()).isEqualTo(403);
        assertThat(planner.get("/api/households.csv").status()).isEqualTo(403);
        assertThat(planner.get("/ogcapi/collections/households/items").status()).isEqualTo(403);
        assertThat(planner.get("/ogcapi/collections/houses/items?limit=1").status()).isEqualTo(200);
        JsonNode h1 = planner.get("/api/houses/140825-H1").json();
        assertThat(h1.path("properties").path("households").size()).isZero();
        assertThat(h1.toString()).doesNotContain("王建国");
        assertThat(planner.post("/api/houses", house("SEC-3", 111.01, 35.51, "140825100201")).status()).isEqualTo(403);
    }

    @Test
    void onlyTheAdministratorManagesAccountsAndPasswordsAreNeverShown() {
        Api sanquan = new Api(port).as("sanquan", PASSWORD);
        assertThat(sanquan.get("/api/accounts").status()).isEqualTo(403);
        Response list = api.get("/api/accounts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("sanquan").doesNotContain("password").doesNotContain(PASSWORD).doesNotContain("$2a$");
        Response weak = api.post("/api/accounts", """
                {"username": "weak", "display_name": "x", "password": "123", "role": "COUNTY_STAFF"}""");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        Response noArea = api.post("/api/accounts", """
                {"username": "noarea", "display_name": "x", "password": "long-enough-1", "role": "TOWNSHIP_STAFF"}""");
        assertThat(noArea.status()).isEqualTo(422);
        Response unknownArea = api.post("/api/accounts", """
                {"username": "unknownarea", "display_name": "x", "password": "Xiangzhen-Pa55-2024!",
                 "role": "TOWNSHIP_STAFF", "jurisdiction_code": "140825999000"}""");
        assertThat(unknownArea.status()).as(unknownArea.body()).isEqualTo(422);
        assertThat(unknownArea.json().path("errors").get(0).path("field").asString()).isEqualTo("jurisdiction_code");
        assertThat(unknownArea.body()).contains("该行政区划不存在");
        assertThat(api.get("/api/accounts").body()).doesNotContain("unknownarea");
    }

    @Test
    void theBrowserSessionNeedsTheCsrfTokenForChangesAndGetsANewSessionIdAtLogin() throws Exception {
        BrowserSession browser = BrowserSession.atLoginPage(port);
        String before = browser.cookie("JSESSIONID");
        HttpResponse<String> login = browser.logIn("admin", Api.ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .as("the session cookie is not sent along by other sites' requests").isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("HttpOnly"));

        String footprint = """
                {"type": "Feature", "properties": {"name": "CSRF test", "type": "FLOOD"},
                 "geometry": {"type": "Polygon", "coordinates": [[[111.01, 35.51], [111.02, 35.51], [111.02, 35.52], [111.01, 35.51]]]}}""";
        HttpResponse<String> forged = browser.send(browser.request("/api/disasters")
                .header("Content-Type", "application/geo+json").POST(HttpRequest.BodyPublishers.ofString(footprint)));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> real = browser.send(browser.request("/api/disasters")
                .header("Content-Type", "application/geo+json").header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(footprint)));
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
        long id = Api.JSON.readTree(real.body()).path("id").asLong();
        assertThat(api.delete("/api/disasters/" + id).status()).isEqualTo(204);
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login.html")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }

    static String house(String code, double lon, double lat, String village) {
        return """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "BRICK_CONCRETE",
                                "grade": "B", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}
                """.formatted(lon, lat, code, village);
    }
}
