package org.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every kind of answer carries the same security headers (docs/SECURITY.md "Security headers"):
 * pages, static files, JSON, tiles, every download format, a case document, OGC API pages, and the
 * errors — including a 400 Tomcat gives before any filter runs. Only Cache-Control differs by kind.
 */
abstract class SecurityHeadersSpec extends ApiSpec {

    static final String CSP = "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'";

    /** What Cache-Control must say. */
    enum Caching {
        /** personal or changing data, errors: never stored by a browser or proxy */
        NO_STORE,
        /** a tile: kept briefly by the browser only */
        PRIVATE_MAX_AGE,
        /** anything, as long as it is there */
        ANY
    }

    @Autowired
    JdbcTemplate jdbc;

    private String house;

    static Stream<Arguments> answers() {
        String month = java.time.YearMonth.now().toString();
        return Stream.of(
                Arguments.of("a tile", "/tiles/houses/12/3311/1614.mvt", true, 200, Caching.PRIVATE_MAX_AGE),
                Arguments.of("houses as CSV", "/api/houses.csv", true, 200, Caching.NO_STORE),
                Arguments.of("houses as XLSX", "/api/houses.xlsx", true, 200, Caching.NO_STORE),
                Arguments.of("houses as GeoJSON", "/api/houses.geojson", true, 200, Caching.NO_STORE),
                Arguments.of("houses as KML", "/api/houses.kml", true, 200, Caching.NO_STORE),
                Arguments.of("houses as Shapefile zip", "/api/houses.shp.zip", true, 200, Caching.NO_STORE),
                Arguments.of("houses as GeoPackage", "/api/houses.gpkg", true, 200, Caching.NO_STORE),
                Arguments.of("houses as FlatGeobuf", "/api/houses.fgb", true, 200, Caching.NO_STORE),
                Arguments.of("households as XLSX", "/api/households.xlsx", true, 200, Caching.NO_STORE),
                Arguments.of("living-in-danger targets", "/api/living-in-danger/targets.xlsx", true, 200, Caching.NO_STORE),
                Arguments.of("monthly report", "/api/reports/monthly.xlsx?county=140825000000&month=" + month, true, 200,
                        Caching.NO_STORE),
                Arguments.of("a case document", "{case document}", true, 200, Caching.NO_STORE),
                Arguments.of("OGC API items", "/ogcapi/collections/houses/items?limit=2", true, 200, Caching.NO_STORE),
                Arguments.of("OGC API landing page", "/ogcapi", true, 200, Caching.NO_STORE),
                Arguments.of("JSON list", "/api/households?limit=1", true, 200, Caching.NO_STORE),
                Arguments.of("a static script", "/js/main.js", true, 200, Caching.ANY),
                Arguments.of("the login script, anonymous", "/js/login.js", false, 200, Caching.ANY),
                Arguments.of("index.html", "/", true, 200, Caching.ANY),
                Arguments.of("the login page", "/login.html", false, 200, Caching.ANY),
                Arguments.of("a page, anonymous: redirected to login", "/cases.html", false, 302, Caching.NO_STORE),
                Arguments.of("404 of the API", "/api/houses/NO-SUCH-HOUSE", true, 404, Caching.NO_STORE),
                Arguments.of("404 of a file", "/js/no-such-file.js", true, 404, Caching.NO_STORE),
                Arguments.of("401 without login", "/api/houses?limit=1", false, 401, Caching.NO_STORE),
                Arguments.of("401 of a tile without login", "/tiles/houses/12/3311/1614.mvt", false, 401, Caching.NO_STORE),
                Arguments.of("403 of a role", "{403}", true, 403, Caching.NO_STORE),
                Arguments.of("400 of a bad value", "/api/houses?limit=abc", true, 400, Caching.NO_STORE),
                Arguments.of("400 of a bad download format", "/api/houses.doc", true, 400, Caching.NO_STORE),
                Arguments.of("400 from Tomcat, before any filter", "/api/%zz", true, 400, Caching.NO_STORE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void everyAnswerCarriesTheSameSecurityHeaders(String kind, String path, boolean loggedIn, int status, Caching caching)
            throws Exception {
        String authorization = loggedIn ? Api.ADMIN_AUTHORIZATION : null;
        if (path.equals("{case document}")) {
            path = caseDocument();
        } else if (path.equals("{403}")) {
            path = "/api/audit";
            authorization = planner();
        }
        RawAnswer answer = get(path, authorization);
        String what = kind + " " + path + " → " + answer.status() + " " + answer.headers();

        assertThat(answer.status()).as(what).isEqualTo(status);
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).as(what).isEqualTo(CSP);
        assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
        String cacheControl = String.valueOf(answer.header("Cache-Control"));
        switch (caching) {
            case NO_STORE -> assertThat(cacheControl).as(what).contains("no-store");
            case PRIVATE_MAX_AGE -> assertThat(cacheControl).as(what).contains("private").contains("max-age=")
                    .doesNotContain("no-store");
            case ANY -> assertThat(cacheControl).as(what).isNotEmpty();
        }
    }

    record RawAnswer(int status, java.util.Map<String, String> headers) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A GET written on the socket as given, path unchanged (a client library would refuse to send a
     * malformed one such as {@code /api/%zz}), as a browser sends it ({@code Accept: text/html}).
     */
    private RawAnswer get(String path, String authorization) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + "Accept: text/html,application/json;q=0.9,*/*;q=0.8\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            java.util.Map<String, String> headers = new java.util.TreeMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
            while (in.read() >= 0) {
                // the body is not looked at; read to the end so that the server finishes the answer
            }
            return new RawAnswer(status, headers);
        }
    }

    /** A case document of a new case, made through the API (removed again after the test). */
    private String caseDocument() {
        house = "HDR-H" + System.nanoTime() % 1_000_000;
        Response h = api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.03, 35.53]},
                 "properties": {"code": "%s", "village_code": "140825100201", "structure": "EARTH_WOOD",
                                "grade": "D", "assessed_on": "2024-03-01", "occupancy": "OCCUPIED"}}
                """.formatted(house));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        Response hh = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "赵测试", "id_number": "%s", "members": 2,
                 "village_code": "140825100201", "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}
                """.formatted(house, idNumber((int) (System.nanoTime() % 1000)), house));
        assertThat(hh.status()).as(hh.toString()).isEqualTo(201);
        Response opened = api.post("/api/cases", """
                {"house": "%s", "actor": "村干部 李四", "note": "入户排查发现"}""".formatted(house));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        Response document = api.multipart("/api/cases/" + id + "/documents", java.util.Map.of("kind", "PHOTO"), "a.pdf",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(document.status()).as(document.toString()).isEqualTo(201);
        return "/api/cases/" + id + "/documents/" + document.json().path("id").asLong();
    }

    /** A valid GB 11643 ID number (checksum computed). */
    private static String idNumber(int n) {
        String body = "14082519700101" + "%03d".formatted(Math.abs(n) % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** HTTP Basic of a planner, who may not read the audit log. */
    private String planner() {
        Response created = api.post("/api/accounts", """
                {"username": "headers-planner", "display_name": "规划人员", "password": "Xiangzhen-Pa55-2024!",
                 "role": "PLANNER"}""");
        assertThat(created.status()).as(created.toString()).isIn(201, 409);
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                "headers-planner:Xiangzhen-Pa55-2024!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @AfterEach
    void removeTheCase() {
        if (house == null) {
            return;
        }
        String caseOfHouse = "SELECT c.id FROM casework_case c JOIN house h ON h.id = c.house_id WHERE h.code = ?";
        jdbc.update("DELETE FROM casework_document WHERE case_id IN (" + caseOfHouse + ")", house);
        jdbc.update("DELETE FROM casework_transition WHERE case_id IN (" + caseOfHouse + ")", house);
        jdbc.update("DELETE FROM casework_case WHERE id IN (" + caseOfHouse + ")", house);
        jdbc.update("DELETE FROM household WHERE code = ?", house + "-HH");
        jdbc.update("DELETE FROM house WHERE code = ?", house);
        house = null;
    }
}
