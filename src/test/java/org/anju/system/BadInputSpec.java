package org.anju.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.anju.testsupport.Api.Response;
import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The bad-input catalogue of issue 7, over real HTTP on both databases ({@link BadInputOnH2GisTest},
 * {@link BadInputOnPostgisTest}), on the fixture county. One named case per kind of bad input and
 * entry point. Every case checks the same three things: a precise 4xx (never 500), a body that names
 * the field, row or file at fault and holds no stack trace or SQL, and <b>nothing stored</b> — the
 * row count of every table, the files of the archive and photo store, and the import workspaces are
 * the same before and after ({@link #refused}). The table of cases is in docs/SECURITY.md.
 */
abstract class BadInputSpec extends ApiSpec {

    /** 西村, where the fixture county has room for the spec's own houses. */
    static final String XICUN = "140825100202";
    static final String SCRIPT = "<script>window.__xss=1</script>";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AnjuProperties properties;

    @Autowired
    org.anju.imports.ImportWorkspaces importWorkspaces;

    Map<String, Long> before;
    /** Undo steps of what a case made, the last made first. */
    final java.util.Deque<Runnable> cleanUps = new java.util.ArrayDeque<>();

    @BeforeEach
    void rememberWhatIsStored() {
        before = stored();
    }

    @AfterEach
    void removeWhatTheSpecMade() {
        while (!cleanUps.isEmpty()) {
            cleanUps.pop().run();
        }
    }

    // ------------------------------------------------------------------ POST /api/houses

    @Test
    void housesTruncatedJsonIs400() {
        refused(api.post("/api/houses", "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [111.05,"),
                400, null);
    }

    @Test
    void housesGeometryThatIsNotGeoJsonIs422OnGeometry() {
        refused(api.post("/api/houses", house("{\"type\": \"Point\", \"coordinates\": [\"东经111度\", 35.6]}", "BAD-1", "")),
                422, "geometry");
        refused(api.post("/api/houses", house("{\"type\": \"Circle\", \"coordinates\": [111.05, 35.6]}", "BAD-1", "")),
                422, "geometry");
        refused(api.post("/api/houses", house("{\"type\": \"Point\", \"coordinates\": []}", "BAD-1", "")), 422, "geometry");
    }

    @Test
    void housesOutsideChinaIs422SayingSo() {
        Response paris = api.post("/api/houses", house(point(2.35, 48.85), "BAD-2", ""));
        refused(paris, 422, "geometry");
        assertThat(messages(paris)).anyMatch(m -> m.contains("中国"));
    }

    @Test
    void housesWithLatitudeAndLongitudeSwappedIs422SayingSo() {
        Response swapped = api.post("/api/houses", house(point(35.65, 111.05), "BAD-3", ""));
        refused(swapped, 422, "geometry");
        assertThat(messages(swapped)).anyMatch(m -> m.contains("经纬度"));
    }

    @Test
    void housesInAnotherCrsAre422OnCrs() {
        refused(api.post("/api/houses", """
                {"type": "Feature", "crs": {"type": "name", "properties": {"name": "EPSG:3857"}},
                 "geometry": {"type": "Point", "coordinates": [12362000, 4252000]},
                 "properties": {"code": "BAD-4", "village_code": "%s", "occupancy": "OCCUPIED"}}""".formatted(XICUN)),
                422, "crs");
        // Gauss–Krüger metres sent as if they were degrees
        refused(api.post("/api/houses", house(point(37_504_000, 3_950_000), "BAD-4", "")), 422, "geometry");
    }

    @Test
    void housesWithAnInvalidFootprintAre422OnTheFootprint() {
        String bowtie = "{\"type\": \"Polygon\", \"coordinates\": [[[111.05, 35.65], [111.051, 35.651], [111.051, 35.65], "
                + "[111.05, 35.651], [111.05, 35.65]]]}";
        refused(api.post("/api/houses", house(point(111.0505, 35.6505), "BAD-5", ", \"footprint\": " + bowtie)),
                422, "properties.footprint");
    }

    @Test
    void housesWithAFootprintOutsideChinaAre422OnTheFootprint() {
        refused(api.post("/api/houses", house(point(111.0505, 35.6505), "BAD-6", ", \"footprint\": " + square(2.35, 48.85))),
                422, "properties.footprint");
    }

    /** 10^6 vertices: refused by a stated limit, quickly, before any geometry work. */
    @Test
    void housesWithAMillionVertexFootprintAre422QuicklyWithTheLimit() {
        String huge = house(point(111.0505, 35.6505), "BAD-7", ", \"footprint\": " + ring(111.0505, 35.6505, 0.0001, 1_000_000));
        String small = house(point(111.0505, 35.6505), "BAD-7", ", \"footprint\": " + ring(111.0505, 35.6505, 0.0001, 1_000)
                + ", \"storeys\": 99");
        long startSmall = System.nanoTime();
        refused(api.post("/api/houses", small), 422, "properties.storeys");
        long smallMillis = (System.nanoTime() - startSmall) / 1_000_000;
        long start = System.nanoTime();
        Response answer = api.post("/api/houses", huge);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("10^6-vertex footprint (%d MB) refused in %d ms; a 1,000-vertex one in %d ms%n",
                huge.length() >> 20, millis, smallMillis);
        refused(answer, 422, "properties.footprint");
        assertThat(messages(answer)).anyMatch(m -> m.contains("10,000"));
        assertThat(millis).as("answered in ms").isLessThan(15_000);
    }

    @Test
    void housesBodyThatIsNotUtf8Is400() {
        byte[] gbk = house(point(111.0505, 35.6505), "BAD-8", ", \"address\": \"西村测试巷1号\"").getBytes(Charset.forName("GBK"));
        refused(api.post("/api/houses", "application/json", gbk), 400, null);
    }

    @Test
    void housesTextWithControlCharactersIs422OnTheField() {
        refused(api.post("/api/houses", house(point(111.0505, 35.6505), "BAD-\\u0000-9", "")), 422, "properties.code");
        refused(api.post("/api/houses", house(point(111.0505, 35.6505), "BAD-10", ", \"address\": \"巷\\u0000\\u001b[2J\"")),
                422, "properties.address");
    }

    @Test
    void housesOverlongTextIs422AndTheAnswerDoesNotEchoIt() {
        String megabyte = "长".repeat(1 << 20);
        Response answer = api.post("/api/houses", house(point(111.0505, 35.6505), "BAD-11", ", \"address\": \"" + megabyte + "\""));
        refused(answer, 422, "properties.address");
        assertThat(answer.body().length()).as("the refusal is short").isLessThan(4_000);
    }

    @Test
    void housesSqlInBodyFieldsIsStoredAsPlainTextAndHarmless() {
        String code = "BAD-SQL";
        Response created = api.post("/api/houses", house(point(111.0505, 35.6505), code,
                ", \"address\": \"1'; DROP TABLE house; --\""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        cleanUps.push(() -> jdbc.update("DELETE FROM house WHERE code = ?", code));
        Response read = api.get("/api/houses/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("properties").path("address").asString()).isEqualTo("1'; DROP TABLE house; --");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM house WHERE code LIKE '140825-H%'", Long.class)).isEqualTo(10);
    }

    // ------------------------------------------------------------------ POST /api/households

    @Test
    void householdsTruncatedJsonIs400() {
        refused(api.post("/api/households", "{\"code\": \"BAD-HH1\", \"head_name\": "), 400, null);
    }

    @Test
    void householdsWithAWrongIdNumberAre422OnIt() {
        refused(api.post("/api/households", household("BAD-HH2", "张三", "14082519700101001X")), 422, "id_number");
        refused(api.post("/api/households", household("BAD-HH2", "张三", "1' OR '1'='1")), 422, "id_number");
    }

    @Test
    void householdsBodyThatIsNotUtf8Is400() {
        refused(api.post("/api/households", "application/json", household("BAD-HH3", "王五", null).getBytes(Charset.forName("GBK"))),
                400, null);
    }

    @Test
    void codesOutsideTheGrammarAre422OnTheCodeAndStoreNothing() {
        for (String code : new String[] {"BAD/1", "BAD..1", "BAD%2F1", "<b>BAD", " BAD-1", "BAD-1 ", ".BAD", "BAD\\\\1",
                "B".repeat(33)}) {
            refused(api.post("/api/houses", house(point(111.0505, 35.6505), code, "")), 422, "properties.code");
            refused(api.post("/api/households", household(code, "王五", null)), 422, "code");
        }
        assertThat(org.anju.system.RecordCode.problem("140825-H000123")).isNull();
        assertThat(org.anju.system.RecordCode.problem("西村_1.2")).isNull();
    }

    @Test
    void householdsWithControlCharactersAre422() {
        refused(api.post("/api/households", household("BAD-HH4", "王\\u0000五", null)), 422, "head_name");
    }

    // ------------------------------------------------------------------ POST /api/disasters

    @Test
    void disastersThatAreNotGeoJsonAre422() {
        refused(api.post("/api/disasters", "{\"type\": \"Topology\"}"), 422, "type");
        refused(api.post("/api/disasters", "[1, 2, 3]"), 422, "type");
    }

    @Test
    void disastersOutsideChinaAre422OnTheGeometry() {
        refused(api.post("/api/disasters", disaster(square(2.35, 48.85))), 422, "geometry");
    }

    @Test
    void disastersInAnotherCrsAre422OnCrs() {
        refused(api.post("/api/disasters", """
                {"type": "Feature", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4546"}},
                 "geometry": %s, "properties": {"name": "坏洪水", "type": "FLOOD"}}""".formatted(square(111.05, 35.65))),
                422, "crs");
    }

    @Test
    void disastersThatCannotBeRepairedIntoAnAreaAre422() {
        String flat = "{\"type\": \"Polygon\", \"coordinates\": [[[111.05, 35.65], [111.06, 35.65], [111.07, 35.65], [111.05, 35.65]]]}";
        refused(api.post("/api/disasters", disaster(flat)), 422, "geometry");
        refused(api.post("/api/disasters", disaster("{\"type\": \"LineString\", \"coordinates\": [[111.05, 35.65], [111.06, 35.66]]}")),
                422, "geometry");
    }

    @Test
    void disastersWithAMillionVerticesAre422QuicklyWithTheLimit() {
        String huge = disaster(ring(111.05, 35.65, 0.01, 1_000_000));
        long start = System.nanoTime();
        Response answer = api.post("/api/disasters", huge);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("10^6-vertex disaster (%d MB) refused in %d ms%n", huge.length() >> 20, millis);
        refused(answer, 422, "features");
        assertThat(messages(answer)).anyMatch(m -> m.contains("500,000"));
        assertThat(millis).as("answered in ms").isLessThan(20_000);
    }

    // ------------------------------------------------------------------ POST /api/imports

    @Test
    void importsZipSlipIs400NamingTheEntry() throws IOException {
        Response answer = importFile("evil.zip", zip(Map.of("../../anju-bad-input-slip.shp", new byte[100])));
        refused(answer, 400, "../../anju-bad-input-slip.shp");
        assertThat(Path.of(System.getProperty("java.io.tmpdir")).getParent().resolve("anju-bad-input-slip.shp")).doesNotExist();
    }

    @Test
    void importsZipBombIs400() throws IOException {
        Response answer = importFile("bomb.zip", zip(Map.of("bomb.dbf", new byte[300 << 20])));
        refused(answer, 400, "file");
        assertThat(answer.body()).contains("压缩炸弹");
    }

    /**
     * 600 MB announced (the limit is 512 MB, {@code spring.servlet.multipart.max-request-size}): 413
     * from the Content-Length, after the first kilobyte — the rest is never sent, nor read.
     */
    @Test
    void importsLargerThanTheLimitAre413BeforeTheyAreRead() throws IOException {
        String boundary = "----anju-too-large";
        byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"layer\"\r\n\r\nhouses\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "code,lon,lat\n".repeat(60)).getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/imports HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: "
                    + org.anju.testsupport.Api.ADMIN_AUTHORIZATION + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: 600000000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.flush();
            String answer = new String(socket.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertNothingLeaks(new Response(413, "", null, body));
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void importsBrokenZipIs400() {
        refused(importFile("broken.zip", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)), 400, "file");
    }

    @Test
    void importsMalformedGeoJsonIs400() {
        refused(importFile("houses.geojson", "{\"type\": \"FeatureCollection\", \"features\": [{\"type\":".getBytes(StandardCharsets.UTF_8)),
                400, "file");
    }

    @Test
    void importsGeoJsonOutsideChinaIs422NamingTheRow() {
        String geojson = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [2.35, 48.85]},
                  "properties": {"code": "BAD-IMP-1", "village_code": "%s", "grade": "C", "occupancy": "OCCUPIED"}}]}""".formatted(XICUN);
        Response answer = importFile("houses.geojson", geojson.getBytes(StandardCharsets.UTF_8));
        refused(answer, 422, "1");
    }

    @Test
    void importsWithAnUnknownSridAre400OnSrid() {
        refused(importFile("houses.csv", "code,lon,lat\nBAD-IMP-2,111.05,35.65\n".getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "houses", "srid", "999999")), 400, "srid");
        refused(importFile("houses.csv", "code,lon,lat\nBAD-IMP-2,111.05,35.65\n".getBytes(StandardCharsets.UTF_8),
                Map.of("layer", "houses", "srid", "4490; DROP TABLE house")), 400, "srid");
    }

    @Test
    void importsKmlWithAnExternalEntityIs400AndReadsNoFile() {
        String kml = """
                <?xml version="1.0"?>
                <!DOCTYPE kml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&secret;</name>
                <Point><coordinates>111.05,35.65</coordinates></Point></Placemark></Document></kml>""";
        Response answer = importFile("houses.kml", kml.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.body()).doesNotContain("root:");
        refused(answer, 400, "file");
    }

    @Test
    void importsCsvWithANulInACellIs422NamingTheRow() {
        Response answer = importFile("houses.csv", ("房屋编码,行政村代码,经度,纬度,房屋等级,是否住人,地址\n"
                + "BAD-IMP-3,140825100202,111.034,35.674,C,是,西村\u0000巷\n").getBytes(StandardCharsets.UTF_8));
        refused(answer, 422, "2");
    }

    @Test
    void importsCsvWithANulAtTheEndOrAnEscAtTheStartOfACellIs422NamingTheRow() {
        refused(importFile("houses.csv", ("房屋编码,行政村代码,经度,纬度,房屋等级,是否住人,地址\n"
                + "BAD-IMP-31,140825100202,111.034,35.674,C,是,西村巷\u0000\n").getBytes(StandardCharsets.UTF_8)), 422, "2");
        refused(importFile("houses.csv", ("房屋编码,行政村代码,经度,纬度,房屋等级,是否住人,地址\n"
                + "\u001bBAD-IMP-32,140825100202,111.034,35.674,C,是,西村巷\n").getBytes(StandardCharsets.UTF_8)), 422, "2");
    }

    @Test
    void importsOfAnUnknownFormatAre400() {
        refused(importFile("houses.exe", new byte[] {'M', 'Z', 0, 0}), 400, "file");
    }

    @Test
    void importsCsvThatIsNotTextIs4xx() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Response answer = importFile("houses.csv", binary);
        assertThat(answer.status()).as(answer.toString()).isIn(400, 422);
        refused(answer, answer.status(), null);
    }

    // ------------------------------------------------------------------ uploads to the archive and the field

    @Test
    void caseDocumentsTooLargeAre422OnFile() {
        long id = openCase();
        byte[] big = new byte[21 << 20];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        refused(api.multipart("/api/cases/" + id + "/documents", Map.of("kind", "PHOTO"), "file", "big.pdf", "application/pdf", big),
                422, "file");
    }

    @Test
    void caseDocumentsThatAreAScriptCalledPhotoAre422() {
        long id = openCase();
        refused(api.multipart("/api/cases/" + id + "/documents", Map.of("kind", "PHOTO"), "file", "photo.jpg", "image/jpeg",
                SCRIPT.getBytes(StandardCharsets.UTF_8)), 422, "file");
    }

    /**
     * A name with a path is not refused: the file is kept under a random name inside the store, and
     * only the last segment of the name is kept for display. Nothing is written anywhere else.
     */
    @Test
    void caseDocumentsWithAPathInTheNameStayInsideTheStore() throws IOException {
        long id = openCase();
        before = stored();
        Response answer = api.multipart("/api/cases/" + id + "/documents", Map.of("kind", "PHOTO"), "file",
                "../../../../anju-bad-input-traversal.pdf", "application/pdf", PDF);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().path("file_name").asString()).isEqualTo("anju-bad-input-traversal.pdf");
        Path data = properties.dataDir().toAbsolutePath().normalize();
        for (Path p = data; p != null; p = p.getParent()) {
            assertThat(p.resolve("anju-bad-input-traversal.pdf")).doesNotExist();
        }
        try (Stream<Path> files = Files.walk(data)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("traversal"));
        }
        Map<String, Long> after = stored();
        assertThat(after.get("casework_document")).isEqualTo(before.get("casework_document") + 1);
        assertThat(after.get("files in the archive and photo stores")).isEqualTo(before.get("files in the archive and photo stores") + 1);
    }

    @Test
    void inspectionPhotosTakenOutsideChinaAre422OnThePosition() {
        String task = inspectionTask();
        refused(api.multipart(task + "/photos", Map.of("lon", "2.35", "lat", "48.85"), "file", "现场.jpg", "image/jpeg", JPEG),
                422, "lon");
        refused(api.multipart(task + "/photos", Map.of("lon", "111.05'; DROP TABLE inspection_photo; --", "lat", "35.65"), "file",
                "现场.jpg", "image/jpeg", JPEG), 422, "lon");
    }

    @Test
    void inspectionPhotosThatAreNotImagesAre422() {
        String task = inspectionTask();
        refused(api.multipart(task + "/photos", Map.of(), "file", "../../x.jpg", "image/jpeg", SCRIPT.getBytes(StandardCharsets.UTF_8)),
                422, "file");
    }

    // ------------------------------------------------------------------ OGC API and list parameters

    @Test
    void ogcFiltersThatTryToEscapeCqlAre400OnFilter() {
        for (String filter : List.of("code = 'x'); DROP TABLE house; --", "1=1; DELETE FROM house", "pg_sleep(5) = 0",
                "code = 'x' UNION SELECT id_number FROM household", "CASEWHEN(1, 2, 3) = 1")) {
            refused(api.get("/ogcapi/collections/houses/items?filter=" + encode(filter)), 400, "filter");
        }
    }

    @Test
    void ogcFiltersOnPersonalDataAre400() {
        refused(api.get("/ogcapi/collections/households/items?filter=" + encode("id_number LIKE '1408%'")), 400, "filter");
        refused(api.get("/ogcapi/collections/households/items?filter=" + encode("phone = '13800001234'")), 400, "filter");
    }

    /** A quote in a CQL string is data: the filter runs, finds nothing and changes nothing. */
    @Test
    void ogcAQuoteInsideACqlStringIsJustText() {
        Response answer = api.get("/ogcapi/collections/houses/items?filter=" + encode("code = 'x''; DROP TABLE house; --'"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().path("numberMatched").asLong()).isZero();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void ogcBboxAndDatetimeThatAreNotWhatTheySayAre400() {
        refused(api.get("/ogcapi/collections/houses/items?bbox=" + encode("111,35,112")), 400, "bbox");
        refused(api.get("/ogcapi/collections/houses/items?bbox=" + encode("111,35,112,36) OR (1=1")), 400, "bbox");
        refused(api.get("/ogcapi/collections/houses/items?bbox=" + encode("NaN,35,112,36")), 400, "bbox");
        refused(api.get("/ogcapi/collections/houses/items?datetime=" + encode("2024-13-45")), 400, "datetime");
        refused(api.get("/ogcapi/collections/houses/items?datetime=" + encode("2024-01-01'; DROP TABLE house; --")), 400, "datetime");
        refused(api.get("/ogcapi/collections/houses/items?limit=" + encode("1; DROP TABLE house")), 400, "limit");
    }

    @Test
    void listParametersThatAreNotWhatTheySayAre400OnTheParameter() {
        refused(api.get("/api/houses?grade=" + encode("C' OR '1'='1")), 400, "grade");
        refused(api.get("/api/houses?bbox=" + encode("111,35,112,abc")), 400, "bbox");
        refused(api.get("/api/houses?limit=-1"), 400, "limit");
        refused(api.get("/api/houses?within=" + encode("POLYGON((0 0, 1 0, 1 1, 0 0))")), 400, "within");
        refused(api.get("/api/households?category=" + encode("MINIMUM_LIVING; DROP TABLE household")), 400, "category");
        refused(api.get("/api/cases?state=" + encode("OPEN'--")), 400, "state");
    }

    /** GBK bytes where UTF-8 is expected: 400 problem+json, not the server's own error page (nor an ERROR in the log). */
    @Test
    void queryParametersThatAreNotUtf8Are400() {
        refused(api.getRaw("/api/houses?grade=%C4%E3"), 400, "query");
        refused(api.getRaw("/api/search?q=%C4%E3"), 400, "query");
        refused(api.getRaw("/ogcapi/collections/houses/items?filter=%C4%E3"), 400, "query");
    }

    @Test
    void aDrawnAreaThatIsNotAnAreaIs400OnWithin() {
        refused(api.get("/api/houses/statistics?within=" + encode("POLYGON((111 35, 111.1 35.1, 111.1 35, 111 35.1, 111 35))")),
                400, "within");
        refused(api.get("/api/retrofit/candidates?within=" + encode("LINESTRING(111 35, 111.1 35.1)")), 400, "within");
    }

    // ------------------------------------------------------------------ JSON bodies as such

    /** A body over the limit is refused from its Content-Length, before it is read. */
    @Test
    void aJsonBodyOverTheLimitIs413() {
        refused(api.post("/api/households", "application/json", jsonObjectOf(65 << 20)), 413, "body");
    }

    /** A JSON object of {@code bytes} bytes, nearly all of it white space. */
    static byte[] jsonObjectOf(int bytes) {
        byte[] body = new byte[bytes];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        return body;
    }

    /** A body without a length (chunked) is read up to the limit and refused the same way. */
    @Test
    void aChunkedJsonBodyOverTheLimitIs413() {
        refused(api.postChunked("/api/households", "application/json", jsonObjectOf(65 << 20)), 413, "body");
    }

    // ------------------------------------------------------------------ SQL injection in every parameter

    /**
     * Classic payloads as they go on the wire (already percent-encoded): a quote that closes a
     * string, a second statement, an encoded quote, a value far longer than any parameter, NUL, and
     * bytes that are not UTF-8 (GBK 你).
     */
    static final Map<String, String> PAYLOADS = new java.util.LinkedHashMap<>(Map.of(
            "quote OR", encode("' OR 1=1--"),
            "second statement", encode("1;DROP TABLE house"),
            "encoded quote", "%27",
            "very long", "A".repeat(6000),
            "NUL", "x%00y",
            "not UTF-8", "%C4%E3"));

    /** A valid value for each path variable, so that one variable at a time carries the payload. */
    static final Map<String, String> PATH_DEFAULTS = Map.of("collectionId", "houses", "featureId", "140825-H1",
            "code", "140825-H1", "format", "csv", "z", "12", "x", "3311", "y", "1614");

    /**
     * Every GET operation of the service's own OpenAPI document (/v3/api-docs), every query parameter
     * and path variable of it in turn, with each payload: never a 5xx, never a stack trace or SQL
     * error text, and nothing stored. Not hand-picked: a parameter added to the document is attacked
     * by the next run.
     */
    @Test
    void sqlInjectionInEveryParameterOfEveryGetEndpointChangesNothingAndLeaksNothing() {
        JsonNode document = api.get("/v3/api-docs").json();
        List<String> attacked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        document.path("paths").properties().forEach(path -> {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                return;
            }
            String template = path.getKey();
            List<String[]> parameters = new ArrayList<>();   // {name, in}
            get.path("parameters").forEach(p -> parameters.add(new String[] {p.path("name").asString(), p.path("in").asString()}));
            for (String[] parameter : parameters) {
                if (!parameter[1].equals("query") && !parameter[1].equals("path")) {
                    continue;
                }
                attacked.add(template + " " + parameter[0]);
                for (var payload : PAYLOADS.entrySet()) {
                    String wire = parameter[1].equals("path")
                            ? expand(template, parameter[0], payload.getValue())
                            : expand(template, null, null) + "?" + parameter[0] + "=" + payload.getValue();
                    Response answer = api.getRaw(wire);
                    statuses.merge(answer.status(), 1, Integer::sum);
                    if (answer.status() >= 500 || answer.status() == 409) {
                        failures.add(answer.status() + " " + wire.substring(0, Math.min(wire.length(), 160)) + " → "
                                + answer.body().substring(0, Math.min(answer.body().length(), 300)));
                    }
                    try {
                        assertNothingLeaks(answer);
                    } catch (AssertionError e) {
                        failures.add("leak " + wire.substring(0, Math.min(wire.length(), 160)) + " → " + answer.body()
                                .substring(0, Math.min(answer.body().length(), 300)));
                    }
                }
                Map<String, Long> now = stored();
                if (!now.equals(before)) {
                    failures.add("stored something: " + template + " " + parameter[0] + ": " + now + " ≠ " + before);
                    before = now;
                }
            }
        });
        System.out.printf("SQL injection: %d parameters × %d payloads, answers by status %s%n", attacked.size(),
                PAYLOADS.size(), statuses);
        assertThat(attacked).as("parameters found in /v3/api-docs").hasSizeGreaterThan(100)
                .contains("/api/houses grade", "/api/houses/{code} code", "/ogcapi/collections/{collectionId}/items filter",
                        "/api/search q", "/api/households village", "/tiles/houses/{z}/{x}/{y}.mvt grade");
        assertThat(failures).as(attacked.size() + " parameters × " + PAYLOADS.size() + " payloads").isEmpty();
    }

    /** {@code template} with every path variable at its default, and {@code variable} (if any) as {@code value}. */
    static String expand(String template, String variable, String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = name.equals(variable) ? value : PATH_DEFAULTS.getOrDefault(name, "1");
            m.appendReplacement(path, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(path);
        return path.toString();
    }

    // ------------------------------------------------------------------ the answers themselves

    @Test
    void htmlAndJsonAnswersCarrySecurityHeaders() {
        for (String path : List.of("/", "/cases.html", "/api/houses?limit=1", "/api/houses/NO-SUCH-HOUSE", "/ogcapi/collections")) {
            Response answer = api.get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("script-src 'self'").contains("object-src 'none'");
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }

    // ------------------------------------------------------------------ assertions and fixtures

    /**
     * The answer is {@code status}, a JSON body naming {@code names} (a field, a row number or a file
     * entry; null: not checked) without a stack trace or SQL, and nothing was stored.
     */
    void refused(Response answer, int status, String names) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).contains("json");
        JsonNode body = answer.json();
        assertThat(body.isObject()).as(answer.toString()).isTrue();
        if (names != null) {
            assertThat(named(body)).as(answer.toString()).contains(names);
        }
        assertNothingLeaks(answer);
        assertThat(stored()).as("nothing stored by " + answer).isEqualTo(before);
    }

    /** No stack trace, no Java class, no SQL text in an answer. */
    static void assertNothingLeaks(Response answer) {
        String lower = answer.body().toLowerCase(Locale.ROOT);
        assertThat(lower).as(answer.toString()).doesNotContain("exception").doesNotContain("\tat ").doesNotContain("caused by")
                .doesNotContain("org.anju").doesNotContain("org.springframework").doesNotContain("java.")
                .doesNotContain("syntax error at").doesNotContain("sqlstate").doesNotContain("psql").doesNotContain("jdbc")
                .doesNotContain("org.h2").doesNotContain("hibernate");
    }

    /** Every field, row and value named in an answer's {@code errors} (problem+json or import report). */
    static List<String> named(JsonNode body) {
        List<String> named = new ArrayList<>();
        body.path("errors").forEach(e -> {
            named.add(e.path("field").asString(""));
            named.add(e.path("value").asString(""));
            if (e.has("row")) {
                named.add(e.path("row").asString(""));
            }
        });
        return named;
    }

    static List<String> messages(Response answer) {
        List<String> messages = new ArrayList<>();
        answer.json().path("errors").forEach(e -> messages.add(e.path("message").asString("")));
        return messages;
    }

    /** Row counts of every table (changes only: exports and unmasked views are audited on reading), and the stored files. */
    Map<String, Long> stored() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')
                  AND LOWER(table_name) NOT IN ('flyway_schema_history', 'spatial_ref_sys')""", String.class)) {
            String where = table.equals("audit_log") ? " WHERE action NOT IN ('EXPORT', 'UNMASKED_VIEW')" : "";
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table + where, Long.class));
        }
        counts.put("files in the archive and photo stores", files(properties.dataDir().resolve("casework")));
        counts.put("import workspaces", (long) importWorkspaces.current().size());
        return counts;
    }

    private static long files(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String point(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\": \"Point\", \"coordinates\": [%s, %s]}", lon, lat);
    }

    static String square(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\": \"Polygon\", \"coordinates\": [[[%1$s, %2$s], [%3$s, %2$s], [%3$s, %4$s], "
                + "[%1$s, %4$s], [%1$s, %2$s]]]}", lon, lat, lon + 0.001, lat + 0.001);
    }

    /** A GeoJSON Polygon: a circle of {@code n} vertices. */
    static String ring(double lon, double lat, double radius, int n) {
        StringBuilder json = new StringBuilder(n * 28).append("{\"type\": \"Polygon\", \"coordinates\": [[");
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            json.append(String.format(Locale.ROOT, "[%.7f,%.7f],", lon + radius * Math.cos(a), lat + radius * Math.sin(a)));
        }
        json.append(String.format(Locale.ROOT, "[%.7f,%.7f]]]}", lon + radius, lat));
        return json.toString();
    }

    static String house(String geometry, String code, String moreProperties) {
        return """
                {"type": "Feature", "geometry": %s,
                 "properties": {"code": "%s", "village_code": "%s", "occupancy": "OCCUPIED"%s}}"""
                .formatted(geometry, code, XICUN, moreProperties);
    }

    static String household(String code, String head, String idNumber) {
        return """
                {"code": "%s", "head_name": "%s", "members": 2, "village_code": "%s"%s}"""
                .formatted(code, head, XICUN, idNumber == null ? "" : ", \"id_number\": \"" + idNumber + "\"");
    }

    static String disaster(String geometry) {
        return """
                {"type": "Feature", "geometry": %s, "properties": {"name": "坏洪水", "type": "FLOOD"}}""".formatted(geometry);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    Response importFile(String name, byte[] content) {
        return importFile(name, content, Map.of("layer", "houses"));
    }

    Response importFile(String name, byte[] content, Map<String, String> fields) {
        return api.multipart("/api/imports", fields, "file", name, "application/octet-stream", content);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
            0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};

    /**
     * A case of the spec's own: a D house in 西村 where a 低保 household lives, with its case opened
     * (all removed afterwards). The snapshot of what is stored is taken again after it.
     */
    long openCase() {
        String house = "BAD-CASE-" + System.nanoTime() % 1_000_000;
        Response h = api.post("/api/houses", house(point(111.0339, 35.6739), house,
                ", \"grade\": \"D\", \"assessed_on\": \"2024-03-01\", \"structure\": \"EARTH_WOOD\""));
        assertThat(h.status()).as(h.toString()).isEqualTo(201);
        Response hh = api.post("/api/households", """
                {"code": "%s-HH", "head_name": "钱坏例", "members": 2, "village_code": "%s",
                 "categories": ["MINIMUM_LIVING"], "residence_house": "%s"}""".formatted(house, XICUN, house));
        assertThat(hh.status()).as(hh.toString()).isEqualTo(201);
        Response c = api.post("/api/cases", "{\"house\": \"%s\"}".formatted(house));
        assertThat(c.status()).as(c.toString()).isEqualTo(201);
        long id = c.json().path("id").asLong();
        cleanUps.push(() -> {
            for (String stored : jdbc.queryForList("SELECT stored_name FROM casework_document WHERE case_id = ?", String.class, id)) {
                delete(properties.dataDir().resolve("casework").resolve("documents").resolve(stored.substring(0, 2)).resolve(stored));
            }
            jdbc.update("DELETE FROM casework_document WHERE case_id = ?", id);
            jdbc.update("DELETE FROM casework_transition WHERE case_id = ?", id);
            jdbc.update("DELETE FROM inspection_task WHERE case_id = ?", id);
            jdbc.update("DELETE FROM casework_case WHERE id = ?", id);
            assertThat(api.delete("/api/households/" + house + "-HH").status()).isIn(204, 404);
            assertThat(api.delete("/api/houses/" + house).status()).isIn(204, 404);
        });
        before = stored();
        return id;
    }

    /** The path of a task of a campaign of the spec's own over 西村 (removed afterwards). */
    String inspectionTask() {
        Response created = api.post("/api/inspections", """
                {"name": "坏输入排查", "kind": "AFTER_RAINY_SEASON", "area": "%s"}""".formatted(XICUN));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long campaign = created.json().path("id").asLong();
        cleanUps.push(() -> jdbc.update("DELETE FROM inspection_campaign WHERE id = ?", campaign));
        JsonNode tasks = api.get("/api/inspections/" + campaign + "/tasks").json().path("features");
        assertThat(tasks.size()).isPositive();
        before = stored();
        return "/api/inspections/" + campaign + "/tasks/" + tasks.get(0).path("id").asLong();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
