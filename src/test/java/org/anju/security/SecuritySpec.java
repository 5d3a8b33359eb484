package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may see and change what, over real HTTP on both databases, with the fixture county
 * (src/test/resources/fixture-county/README.md): 龙兴镇 (140825100000) holds 东村 H1–H3 and 西村
 * H4–H6, 三泉镇 (140825101000) holds 南村 H7–H10.
 */
abstract class SecuritySpec extends ApiSpec {

    static final String PASSWORD = "Sanquan-2024!";

    @BeforeEach
    void accounts() {
        create("sanquan", "三泉镇工作人员", "TOWNSHIP_STAFF", "140825101000");
        create("planner", "规划人员", "PLANNER", null);
        create("nancun", "南村排查员", "VILLAGE_INSPECTOR", "140825101201");
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
        assertThat(sanquan.get("/api/houses/statistics").json().path("houses").asLong()).isEqualTo(4);
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
    }

    @Test
    void theBrowserSessionNeedsTheCsrfTokenForChangesAndGetsANewSessionIdAtLogin() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://127.0.0.1:" + port;
        browser.send(HttpRequest.newBuilder(URI.create(base + "/login.html")).build(), HttpResponse.BodyHandlers.discarding());
        String token = cookie(cookies, "XSRF-TOKEN");
        String before = cookie(cookies, "JSESSIONID");
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + URLEncoder.encode(Api.ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(cookie(cookies, "JSESSIONID")).isNotNull().isNotEqualTo(before);

        String footprint = """
                {"type": "Feature", "properties": {"name": "CSRF test", "type": "FLOOD"},
                 "geometry": {"type": "Polygon", "coordinates": [[[111.01, 35.51], [111.02, 35.51], [111.02, 35.52], [111.01, 35.51]]]}}""";
        HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/disasters"))
                .header("Content-Type", "application/geo+json").POST(HttpRequest.BodyPublishers.ofString(footprint)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> real = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/disasters"))
                .header("Content-Type", "application/geo+json").header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(footprint)).build(), HttpResponse.BodyHandlers.ofString());
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

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    static String house(String code, double lon, double lat, String village) {
        return """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "BRICK_CONCRETE",
                                "grade": "B", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}
                """.formatted(lon, lat, code, village);
    }
}
