package org.anju.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny real-HTTP client for specs: every call goes through the running server on its port, as
 * the administrator created at first start (HTTP Basic) unless told otherwise.
 */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** The password the test configuration gives the first-start administrator {@code admin}. */
    public static final String ADMIN_PASSWORD = "Test-Anju-Pa55word-2026";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String language = "zh-CN";
    /** The Authorization header of the administrator, for specs that build their own requests. */
    public static final String ADMIN_AUTHORIZATION = basic("admin", ADMIN_PASSWORD);

    private String authorization = ADMIN_AUTHORIZATION;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Calls as this account from now on. */
    public Api as(String username, String password) {
        authorization = basic(username, password);
        return this;
    }

    /** Calls without any credentials from now on. */
    public Api anonymous() {
        authorization = null;
        return this;
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    /** Sends {@code Accept-Language: en} from now on. */
    public Api inEnglish() {
        language = "en";
        return this;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A GET whose body is binary (tiles, downloads). */
    public Binary getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(authorized(HttpRequest.newBuilder(uri(path)).GET())
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Cache-Control").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    /** A multipart/form-data POST: the text fields, then one file {@code file} (imports, case documents). */
    public Response multipart(String path, java.util.Map<String, String> fields, String fileName, String contentType,
                              byte[] content) {
        return multipart(path, fields, "file", fileName, contentType, content);
    }

    /** A POST of raw bytes, e.g. a body that is not UTF-8. */
    public Response post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST whose body is sent chunked, without a Content-Length (its size is known only once read). */
    public Response postChunked(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    /** A multipart/form-data POST: the text fields, then one file part named {@code fileField}. */
    public Response multipart(String path, java.util.Map<String, String> fields, String fileField, String fileName,
                              String fileType, byte[] content) {
        String boundary = "----anju-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A GET of a path given as it goes on the wire (already percent-encoded, possibly deliberately malformed). */
    public Response getRaw(String rawPath) {
        return send(HttpRequest.newBuilder(URI.create(base + rawPath)).GET());
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(authorized(request).header("Accept-Language", language).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type, Location header and body of one response. */
    public record Response(int status, String contentType, String location, String body,
                           java.net.http.HttpHeaders headers) {

        public Response(int status, String contentType, String location, String body) {
            this(status, contentType, location, body, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }

        /** The first value of header {@code name}, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Status, content type, Cache-Control header and bytes of one response. */
    public record Binary(int status, String contentType, String cacheControl, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
