package org.anju.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.anju.testsupport.Api;
import tools.jackson.databind.JsonNode;

/** Sends files to {@code POST /api/imports} as multipart/form-data over real HTTP. */
final class ImportClient {

    record Answer(int status, String contentType, JsonNode report, String location) {
        @Override
        public String toString() {
            return status + " " + report;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private String language = "zh-CN";
    private String authorization = Api.ADMIN_AUTHORIZATION;

    ImportClient(int port) {
        this.port = port;
    }

    /** Uploads as this account (HTTP Basic) from now on. */
    ImportClient as(String username, String password) {
        authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ImportClient inEnglish() {
        language = "en";
        return this;
    }

    /** Uploads {@code bytes} as {@code fileName} with the form fields {@code fields}. */
    Answer upload(String fileName, byte[] bytes, Map<String, String> fields) {
        String boundary = "----anju-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(bytes);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept-Language", language)
                    .header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isBlank() ? Api.JSON.createObjectNode() : Api.JSON.readTree(response.body()),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
