package org.anju.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.anju.testsupport.Api;
import org.anju.testsupport.Api.Response;
import tools.jackson.databind.JsonNode;

/**
 * Houses, households, cases and uploads made through the API for the casework specs, each house at
 * a place of its own so that a spec can look at a small box around its houses and count exactly.
 */
final class CaseworkFixtures {

    static final byte[] PDF = CaseworkSpec.PDF;
    /** The first bytes of a JPEG (SOI, APP0 "JFIF"): enough for the content check. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
            0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    private static final AtomicInteger SERIAL = new AtomicInteger(500);

    private final Api api;
    private final int port;

    CaseworkFixtures(Api api, int port) {
        this.api = api;
        this.port = port;
    }

    /** A new occupied house of {@code grade} at lon/lat in {@code village}, with a 2-person 低保 household living in it. */
    String houseWithTargetHousehold(String village, String grade, String assessedOn, double lon, double lat) {
        int n = SERIAL.incrementAndGet();
        String house = "OV-H" + n + "-" + System.nanoTime() % 100000;
        Response h = api.post("/api/houses", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%s, %s]},
                 "properties": {"code": "%s", "village_code": "%s", "structure": "EARTH_WOOD",
                                "grade": "%s", "assessed_on": "%s", "occupancy": "OCCUPIED"}}
                """.formatted(coordinate(lon), coordinate(lat), house, village, grade, assessedOn));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        Response hh = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "钱测试", "id_number": "%s", "members": 2,
                 "village_code": "%s", "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}
                """.formatted(house, CaseworkSpec.idNumber(n), village, house));
        assertThat(hh.status()).as(hh.toString()).isEqualTo(201);
        return house;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    JsonNode openCase(String house) {
        Response r = api.post("/api/cases", "{\"house\": \"%s\"}".formatted(house));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** The one case of a house (open or ended). */
    JsonNode caseOf(String house) {
        JsonNode items = api.get("/api/cases?house=" + house).json().path("items");
        assertThat(items).as("cases of " + house).hasSize(1);
        return api.get("/api/cases/" + items.get(0).path("id").asLong()).json();
    }

    JsonNode move(long id, String action, String extra) {
        int version = api.get("/api/cases/" + id).json().path("version").asInt();
        Response r = api.post("/api/cases/" + id + "/transitions", """
                {"action": "%s", "version": %d%s}""".formatted(action, version, extra));
        assertThat(r.status()).as(action + ": " + r).isEqualTo(200);
        return r.json();
    }

    /** Uploads a small PDF of each kind to the case's archive. */
    void uploadPdfs(long id, String... kinds) {
        for (String kind : kinds) {
            Response r = multipart("/api/cases/" + id + "/documents", Map.of("kind", kind), "file",
                    kind.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf", PDF, Api.ADMIN_AUTHORIZATION);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
    }

    /** Takes an ASSESSED case with method DEMOLISH_REBUILD as far as construction start (开工). */
    void startConstruction(long id) {
        uploadPdfs(id, "GRADE_ASSESSMENT", "APPLICATION", "ID_PROOF", "VILLAGE_REVIEW", "TOWNSHIP_AUDIT",
                "COUNTY_APPROVAL", "PUBLICITY", "NOTIFICATION", "AGREEMENT", "PHOTO");
        move(id, "APPLY", ", \"method\": \"DEMOLISH_REBUILD\"");
        move(id, "VILLAGE_REVIEW", "");
        move(id, "TOWNSHIP_AUDIT", "");
        move(id, "COUNTY_APPROVE", "");
        move(id, "PUBLICISE", "");
        move(id, "NOTIFY", "");
        move(id, "START", "");
    }

    /** A multipart/form-data POST: text fields, then one file, as the given account. */
    Response multipart(String path, Map<String, String> fields, String fileField, String fileName, String contentType,
                       byte[] content, String authorization) {
        String boundary = "----anju" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account of {@code role} limited to {@code jurisdiction}; returns its user name (password {@link #PASSWORD}). */
    String account(String role, String jurisdiction) {
        String username = role.toLowerCase(Locale.ROOT) + "-" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Response r = api.post("/api/accounts", """
                {"username": "%s", "display_name": "测试%s", "password": "%s", "role": "%s", "jurisdiction_code": "%s"}
                """.formatted(username, role, PASSWORD, role, jurisdiction));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return username;
    }

    static final String PASSWORD = "field-test-Pa55";

    static String basic(String username) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
