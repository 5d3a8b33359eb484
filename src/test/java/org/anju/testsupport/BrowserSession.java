package org.anju.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * What the browser does, without a browser: an HTTP client with a cookie jar that opens the login
 * page (for its XSRF-TOKEN cookie) and logs in through the form, so that its requests carry the
 * session cookie instead of a password — as the map's requests do.
 */
public final class BrowserSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    private BrowserSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A client that has opened the login page: it holds a session and an XSRF token, and is not logged in. */
    public static BrowserSession atLoginPage(int port) throws IOException, InterruptedException {
        BrowserSession session = new BrowserSession(port);
        session.client.send(HttpRequest.newBuilder(URI.create(session.base + "/login.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        return session;
    }

    /** Posts the login form (with the XSRF token, as login.js does); the answer is the form's redirect. */
    public HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&_csrf=" + cookie("XSRF-TOKEN"))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The value of cookie {@code name}, or {@code null}. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** A request to {@code path} of the service, to be completed and sent with {@link #send}. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }
}
