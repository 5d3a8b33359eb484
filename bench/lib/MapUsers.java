import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated users of Anju's web map (bench/load; JDK only, run with the source launcher: java MapUsers.java …).
 *
 * <pre>
 * run       --base URL --password PW --users N --duration S --ramp S --bbox W,S,E,N --houses FILE --out FILE [--seed N]
 * summarize FILE [--from EPOCH_MS --to EPOCH_MS] [--window NAME=FROM,TO …]
 * </pre>
 *
 * <p>Each user logs in once through the form (as admin: a county-wide account, so every tile holds the whole
 * county's houses in view) and then behaves as web/js does in a 1280×800 window:
 * <ul>
 * <li>page load: map-config, me, township and village boundaries, area tree, seismic zones, disasters, the
 *     disaster events, then the emergency panel (the first event, buffer 0), 危房住人 and the retrofit panel;</li>
 * <li>each step pans (a third to two thirds of the view) or zooms in or out by one, within z10–z16 and the county;
 *     the tiles of the new view that are neither kept by Leaflet (the view plus one tile around, same zoom) nor in
 *     the HTTP cache (Cache-Control max-age=30) are requested, and on moveend the counts of the view
 *     (/api/houses/statistics) and the open cases in view (/api/cases/map; county staff have that layer on);</li>
 * <li>at zoom ≥ 14 one step in four ends with a popup: a house in view (/api/houses/{code} and its cases);</li>
 * <li>think time 1–5 s (uniform) after everything of a step has arrived.</li>
 * </ul>
 * Every request of a user goes through 6 connections (Chromium's limit per host), kept alive. Latency is measured
 * per request from sending it on a free connection to the last byte of the body (no time queued behind the user's
 * other 5 connections); "view complete" is the time of a whole step, queueing included, as the user waits for it.
 * Every request is written to --out: start (epoch ms), user, kind, HTTP status (0 = no answer), ms, bytes, path.
 */
public class MapUsers {

    static final int TILE = 256, WIDTH = 1280, HEIGHT = 800, CONNECTIONS = 6, MIN_ZOOM = 10, MAX_ZOOM = 16;
    static final long TILE_CACHE_MS = 30_000;

    record Sample(long start, int user, String kind, int status, double ms, long bytes, String path) {}

    record House(String code, double lon, double lat) {}

    record Request(String kind, String path) {}

    static final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("run or summarize");
        }
        Map<String, List<String>> options = options(args);
        switch (args[0]) {
            case "run" -> run(options);
            case "summarize" -> summarize(options);
            default -> throw new IllegalArgumentException("run or summarize, not " + args[0]);
        }
    }

    static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
            } else {
                options.computeIfAbsent("", k -> new ArrayList<>()).add(args[i]);
            }
        }
        return options;
    }

    static String one(Map<String, List<String>> options, String name, String otherwise) {
        List<String> values = options.get(name);
        if (values == null) {
            if (otherwise == null) {
                throw new IllegalArgumentException("--" + name + " is missing");
            }
            return otherwise;
        }
        return values.get(0);
    }

    // ---------------------------------------------------------------------------------------------- run

    static void run(Map<String, List<String>> o) throws Exception {
        String base = one(o, "base", null), password = one(o, "password", null);
        int users = Integer.parseInt(one(o, "users", "50"));
        long durationMs = Long.parseLong(one(o, "duration", "120")) * 1000;
        long rampMs = Long.parseLong(one(o, "ramp", "20")) * 1000;
        long seed = Long.parseLong(one(o, "seed", "140825"));
        double[] bbox = java.util.Arrays.stream(one(o, "bbox", null).split(",")).mapToDouble(Double::parseDouble).toArray();
        List<House> houses = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(one(o, "houses", null)))) {
            String[] f = line.split("\t");
            houses.add(new House(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
        Path out = Path.of(one(o, "out", null));

        // log every user in before the clock starts (untimed): a bcrypt check each
        List<User> all = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            User user = new User(u, base, new Random(seed * 1000 + u), bbox, houses);
            user.logIn(password);
            all.add(user);
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long started = System.currentTimeMillis();
        long end = started + durationMs;
        System.out.println("started " + started);
        System.out.flush();
        List<Thread> threads = new ArrayList<>();
        for (User user : all) {
            long delay = users == 1 ? 0 : rampMs * user.id / (users - 1);   // users arrive spread over the ramp
            Thread t = new Thread(() -> user.session(started + delay, end), "user-" + user.id);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long stopped = System.currentTimeMillis();
        double cpuS = (os.getProcessCpuTime() - cpuStart) / 1e9;
        for (User user : all) {
            user.pool.shutdownNow();
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            for (Sample s : samples) {
                w.printf(Locale.ROOT, "%d\t%d\t%s\t%d\t%.1f\t%d\t%s%n", s.start, s.user, s.kind, s.status, s.ms, s.bytes, s.path);
            }
        }
        System.out.printf(Locale.ROOT, "stopped %d%ngenerator_cpu_s %.1f%nwall_s %.1f%n", stopped, cpuS, (stopped - started) / 1000.0);
    }

    static final class User {
        final int id;
        final String base;
        final Random random;
        final double[] bbox;
        final List<House> houses;
        final HttpClient client;
        final ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        final Map<String, Long> tileCache = new HashMap<>();   // URL -> when fetched
        Set<String> kept = new HashSet<>();
        String cookie = "";
        int zoom;
        double x, y;   // view centre in world pixels at zoom

        User(int id, String base, Random random, double[] bbox, List<House> houses) {
            this.id = id;
            this.base = base;
            this.random = random;
            this.bbox = bbox;
            this.houses = houses;
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void logIn(String password) throws IOException, InterruptedException {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login.html")).build(),
                HttpResponse.BodyHandlers.ofString());
            Map<String, String> cookies = new LinkedHashMap<>();
            collect(page, cookies);
            String token = cookies.get("XSRF-TOKEN");
            if (token == null) {
                throw new IllegalStateException("no XSRF-TOKEN cookie from /login.html");
            }
            String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", header(cookies))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            collect(login, cookies);
            String location = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || location.contains("error") || !cookies.containsKey("JSESSIONID")) {
                throw new IllegalStateException("form login refused: " + login.statusCode() + " " + location);
            }
            cookie = header(cookies);
        }

        static void collect(HttpResponse<?> response, Map<String, String> cookies) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }

        static String header(Map<String, String> cookies) {
            StringBuilder b = new StringBuilder();
            cookies.forEach((k, v) -> b.append(b.length() > 0 ? "; " : "").append(k).append('=').append(v));
            return b.toString();
        }

        void session(long startAt, long end) {
            try {
                sleepUntil(startAt);
                // fitBounds of the county at 1280×800
                zoom = MAX_ZOOM;
                while (zoom > MIN_ZOOM && (px(bbox[2], zoom) - px(bbox[0], zoom) > WIDTH
                        || py(bbox[1], zoom) - py(bbox[3], zoom) > HEIGHT)) {
                    zoom--;
                }
                x = (px(bbox[0], zoom) + px(bbox[2], zoom)) / 2;
                y = (py(bbox[1], zoom) + py(bbox[3], zoom)) / 2;
                pageLoad();
                int step = 0;
                while (System.currentTimeMillis() < end) {
                    if (step++ > 0) {
                        move();
                    }
                    long t0 = System.nanoTime();
                    List<Request> requests = new ArrayList<>(tilesToFetch());
                    String bboxParam = bboxParam();
                    requests.add(new Request("counts", "/api/houses/statistics?bbox=" + bboxParam));
                    requests.add(new Request("cases in view", "/api/cases/map?bbox=" + bboxParam + "&limit=2000"));
                    fetch(requests);
                    sample("view complete z" + band(zoom), t0, requests.size());
                    if (zoom >= 14 && random.nextInt(4) == 0) {
                        House house = houseInView();
                        if (house != null) {
                            String code = URLEncoder.encode(house.code, StandardCharsets.UTF_8);
                            fetch(List.of(new Request("popup", "/api/houses/" + code),
                                new Request("popup", "/api/cases?house=" + code + "&limit=10")));
                        }
                    }
                    sleepUntil(Math.min(end, System.currentTimeMillis() + 1000 + random.nextInt(4001)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The page's start (web/js/main.js start()); returns the first disaster event's id, or null. */
        String pageLoad() throws InterruptedException {
            fetch(List.of(new Request("page load", "/api/map-config")));
            fetch(List.of(new Request("page load", "/api/me"), new Request("page load", "/api/areas?level=VILLAGE"),
                new Request("page load", "/api/areas?level=TOWNSHIP"), new Request("page load", "/api/seismic-zones"),
                new Request("page load", "/api/disasters"), new Request("page load", "/api/areas/tree")));
            List<String> events = new ArrayList<>();
            fetch(List.of(new Request("page load", "/api/disaster-events")), events);
            Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(events.isEmpty() ? "" : events.get(0));
            String event = m.find() ? m.group(1) : null;
            List<Request> panels = new ArrayList<>();
            if (event != null) {
                panels.add(new Request("page load", "/api/disasters/" + event + "/affected?buffer=0"));
            }
            panels.add(new Request("page load", "/api/living-in-danger"));
            panels.add(new Request("page load", "/api/retrofit/candidates"));
            fetch(panels);
            return event;
        }

        void move() {
            double r = random.nextDouble();
            if (r < 0.20 && zoom < MAX_ZOOM) {
                zoom++;
                x *= 2;
                y *= 2;
                kept = new HashSet<>();
            } else if (r < 0.35 && zoom > MIN_ZOOM) {
                zoom--;
                x /= 2;
                y /= 2;
                kept = new HashSet<>();
            } else {
                double angle = random.nextDouble() * 2 * Math.PI, share = 1 / 3.0 + random.nextDouble() / 3;
                x += Math.cos(angle) * share * WIDTH;
                y += Math.sin(angle) * share * HEIGHT;
            }
            // the centre stays over the county
            x = Math.max(px(bbox[0], zoom), Math.min(px(bbox[2], zoom), x));
            y = Math.max(py(bbox[3], zoom), Math.min(py(bbox[1], zoom), y));
        }

        /** Leaflet's tile range for the view; tiles kept (view + 1 around) or cached for 30 s are not fetched. */
        List<Request> tilesToFetch() {
            int x0 = (int) Math.floor((x - WIDTH / 2.0) / TILE), x1 = (int) Math.ceil((x + WIDTH / 2.0) / TILE) - 1;
            int y0 = (int) Math.floor((y - HEIGHT / 2.0) / TILE), y1 = (int) Math.ceil((y + HEIGHT / 2.0) / TILE) - 1;
            long now = System.currentTimeMillis();
            List<Request> out = new ArrayList<>();
            Set<String> keep = new HashSet<>();
            for (int tx = x0; tx <= x1; tx++) {
                for (int ty = y0; ty <= y1; ty++) {
                    String path = "/tiles/houses/" + zoom + "/" + tx + "/" + ty + ".mvt";
                    Long cached = tileCache.get(path);
                    if (!kept.contains(path) && (cached == null || now - cached > TILE_CACHE_MS)) {
                        out.add(new Request("tiles z" + band(zoom), path));
                        tileCache.put(path, now);
                    }
                    keep.add(path);
                }
            }
            for (String path : kept) {   // kept tiles one tile beyond the view stay
                String[] p = path.split("/");
                int tx = Integer.parseInt(p[4]), ty = Integer.parseInt(p[5].replace(".mvt", ""));
                if (tx >= x0 - 1 && tx <= x1 + 1 && ty >= y0 - 1 && ty <= y1 + 1) {
                    keep.add(path);
                }
            }
            kept = keep;
            return out;
        }

        String bboxParam() {
            double w = lon(x - WIDTH / 2.0, zoom), e = lon(x + WIDTH / 2.0, zoom);
            double n = lat(y - HEIGHT / 2.0, zoom), s = lat(y + HEIGHT / 2.0, zoom);
            return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", w, s, e, n);
        }

        House houseInView() {
            double w = lon(x - WIDTH / 2.0, zoom), e = lon(x + WIDTH / 2.0, zoom);
            double n = lat(y - HEIGHT / 2.0, zoom), s = lat(y + HEIGHT / 2.0, zoom);
            List<House> inView = new ArrayList<>();
            for (House h : houses) {
                if (h.lon >= w && h.lon <= e && h.lat >= s && h.lat <= n) {
                    inView.add(h);
                }
            }
            return inView.isEmpty() ? null : inView.get(random.nextInt(inView.size()));
        }

        void fetch(List<Request> requests) throws InterruptedException {
            fetch(requests, null);
        }

        /** All requests through this user's 6 connections; returns when every answer has arrived. */
        void fetch(List<Request> requests, List<String> bodies) throws InterruptedException {
            List<Callable<Void>> calls = new ArrayList<>();
            for (Request r : requests) {
                calls.add(() -> {
                    get(r, bodies);
                    return null;
                });
            }
            pool.invokeAll(calls);
        }

        void get(Request r, List<String> bodies) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + r.path)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookie).header("Accept", "application/geo+json, application/json, */*")
                .header("Accept-Language", "zh-CN").build();
            long startMs = System.currentTimeMillis(), t0 = System.nanoTime();
            int status = 0;
            long bytes = 0;
            String path = r.path;
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                status = response.statusCode();
                try (InputStream in = response.body()) {
                    byte[] buffer = new byte[65536];
                    java.io.ByteArrayOutputStream keep = bodies != null ? new java.io.ByteArrayOutputStream() : null;
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        bytes += n;
                        if (keep != null) {
                            keep.write(buffer, 0, n);
                        }
                    }
                    if (keep != null) {
                        synchronized (bodies) {
                            bodies.add(keep.toString(StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (IOException e) {
                path = r.path + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            samples.add(new Sample(startMs, id, r.kind, status, (System.nanoTime() - t0) / 1e6, bytes, path));
        }

        void sample(String kind, long t0, int requests) {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            samples.add(new Sample(System.currentTimeMillis() - ms, id, kind, 200, (System.nanoTime() - t0) / 1e6,
                requests, "(" + requests + " requests)"));
        }
    }

    static String band(int z) {
        return z <= 11 ? "10–11" : z <= 13 ? "12–13" : "14–16";
    }

    static void sleepUntil(long epochMs) throws InterruptedException {
        long wait = epochMs - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    // Web Mercator world pixels (256 × 2^z), as Leaflet's project()
    static double px(double lon, int z) {
        return (lon + 180) / 360 * TILE * Math.pow(2, z);
    }

    static double py(double lat, int z) {
        double s = Math.sin(Math.toRadians(lat));
        return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * TILE * Math.pow(2, z);
    }

    static double lon(double px, int z) {
        return px / (TILE * Math.pow(2, z)) * 360 - 180;
    }

    static double lat(double py, int z) {
        double n = Math.PI - 2 * Math.PI * py / (TILE * Math.pow(2, z));
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    // ---------------------------------------------------------------------------------------- summarize

    /**
     * Markdown tables from a requests file: per kind (in a fixed order) requests, requests/s over the window, p50/p95/p99
     * and max (nearest rank), errors; then the error list (status and path, counted). --window NAME=FROM,TO adds one
     * line "all requests" per named window (e.g. while the import ran).
     */
    static void summarize(Map<String, List<String>> o) throws IOException {
        Path file = Path.of(o.get("").get(0));
        List<Sample> all = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", 7);
                all.add(new Sample(Long.parseLong(f[0]), Integer.parseInt(f[1]), f[2], Integer.parseInt(f[3]),
                    Double.parseDouble(f[4]), Long.parseLong(f[5]), f[6]));
            }
        }
        long from = Long.parseLong(one(o, "from", "0")), to = Long.parseLong(one(o, "to", String.valueOf(Long.MAX_VALUE)));
        double seconds = (to - from) / 1000.0;
        Map<String, List<Sample>> byKind = new TreeMap<>(MapUsers::kindOrder);
        List<Sample> requests = new ArrayList<>();
        for (Sample s : all) {
            if (s.start >= from && s.start < to) {
                byKind.computeIfAbsent(s.kind, k -> new ArrayList<>()).add(s);
                if (!s.kind.startsWith("view complete")) {
                    requests.add(s);
                }
            }
        }
        System.out.println("| requests | count | per s | p50 ms | p95 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (var e : byKind.entrySet()) {
            if (!e.getKey().startsWith("view complete")) {
                row(e.getKey(), e.getValue(), seconds);
            }
        }
        row("**all requests**", requests, seconds);
        for (String w : o.getOrDefault("window", List.of())) {
            String name = w.substring(0, w.indexOf('='));
            String[] range = w.substring(w.indexOf('=') + 1).split(",");
            long a = Long.parseLong(range[0]), b = Long.parseLong(range[1]);
            List<Sample> in = requests.stream().filter(s -> s.start >= a && s.start < b).toList();
            row("all requests " + name, in, (b - a) / 1000.0);
            row("tiles " + name, in.stream().filter(s -> s.kind.startsWith("tiles")).toList(), (b - a) / 1000.0);
        }
        System.out.println();
        System.out.println("| a whole step, as the user waits for it (6 connections, queueing included) | steps | p50 ms | p95 ms | p99 ms | max ms | requests a step (mean) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (var e : byKind.entrySet()) {
            if (e.getKey().startsWith("view complete")) {
                List<Sample> v = e.getValue();
                double[] ms = v.stream().mapToDouble(Sample::ms).sorted().toArray();
                System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.1f |%n", e.getKey(), ms.length,
                    rank(ms, 50), rank(ms, 95), rank(ms, 99), ms[ms.length - 1],
                    v.stream().mapToLong(Sample::bytes).average().orElse(0));
            }
        }
        Map<String, Integer> errors = new TreeMap<>();
        for (Sample s : requests) {
            if (isError(s)) {
                errors.merge(s.status + " " + s.kind + ": " + s.path.replaceAll("\\d+/\\d+/\\d+\\.mvt", "{z}/{x}/{y}.mvt")
                    .replaceAll("bbox=[^&]*", "bbox=…"), 1, Integer::sum);
            }
        }
        System.out.println();
        if (errors.isEmpty()) {
            System.out.println("Errors (status not 2xx or 304, or no answer): none.");
        } else {
            System.out.println("Errors (status not 2xx or 304, or no answer; 0 = no answer):");
            errors.forEach((k, n) -> System.out.println("- " + n + " × " + k));
        }
    }

    static boolean isError(Sample s) {
        return !(s.status >= 200 && s.status < 300 || s.status == 304);
    }

    static void row(String kind, List<Sample> samples, double seconds) {
        if (samples.isEmpty()) {
            System.out.printf("| %s | 0 | | | | | | |%n", kind);
            return;
        }
        double[] ms = samples.stream().mapToDouble(Sample::ms).sorted().toArray();
        long errors = samples.stream().filter(MapUsers::isError).count();
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %d |%n", kind, ms.length, ms.length / seconds,
            rank(ms, 50), rank(ms, 95), rank(ms, 99), ms[ms.length - 1], errors);
    }

    /** Nearest-rank percentile of sorted values. */
    static double rank(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, i - 1))];
    }

    static int kindOrder(String a, String b) {
        List<String> order = List.of("tiles z10–11", "tiles z12–13", "tiles z14–16", "counts", "cases in view", "popup",
            "page load", "view complete z10–11", "view complete z12–13", "view complete z14–16");
        int i = order.indexOf(a), j = order.indexOf(b);
        return i >= 0 && j >= 0 ? Integer.compare(i, j) : i >= 0 ? -1 : j >= 0 ? 1 : a.compareTo(b);
    }
}
