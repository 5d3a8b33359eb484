package org.anju.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.anju.testsupport.ApiSpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;

/**
 * Every layer downloads in every format and reads back through GDAL ({@code ogr2ogr -f CSV}) with
 * the same records and coordinates as the OGC API serves them (within 1e-7° in CGCS2000, 1 mm in a
 * Gauss–Krüger zone), on both databases ({@link LayerDownloadOnH2GisTest},
 * {@link LayerDownloadOnPostgisTest}).
 */
abstract class LayerDownloadSpec extends ApiSpec {

    static final List<String> FORMATS = List.of("csv", "xlsx", "geojson", "kml", "gpkg", "shp.zip", "fgb");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A download: status, content type, Content-Disposition and the file. */
    record Download(int status, String contentType, String disposition, Path file, String body) {
    }

    Download download(String path, String fileName) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "zh-CN").header("Authorization", org.anju.testsupport.Api.ADMIN_AUTHORIZATION)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        Path file = dir.resolve(fileName);
        Files.write(file, response.body());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), file,
                new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The layer's features as the OGC API serves them: the reference of every round trip. */
    JsonNode reference(String collection, String query) {
        return api.get("/ogcapi/collections/" + collection + "/items?limit=10000" + (query.isEmpty() ? "" : "&" + query))
                .json().path("features");
    }

    /** The file read by GDAL into CSV text; geometries as WKT where GDAL sees them. */
    static List<CSVRecord> readWithGdal(Path file, String format) throws Exception {
        String source = format.equals("shp.zip") ? "/vsizip/" + file : file.toString();
        List<String> args = new ArrayList<>(List.of("-f", "CSV", "/vsistdout/", source));
        if (!format.equals("csv") && !format.equals("xlsx")) {
            args.addAll(List.of("-lco", "GEOMETRY=AS_WKT"));
        }
        String csv = Gdal.stdout("ogr2ogr", args.toArray(String[]::new));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    void assertRoundTrip(Layer layer, String collection, String downloadPath, String format) throws Exception {
        assertTrue(Gdal.available(), "GDAL (gdal-bin) is missing: scripts/test-prerequisites.sh installs it");
        JsonNode expected = reference(collection, "");
        Download download = download(downloadPath.replace("{format}", format), "layer." + format);
        assertThat(download.status()).as(download.body()).isEqualTo(200);

        List<CSVRecord> records = readWithGdal(download.file(), format);
        assertThat(records).as(format).hasSize(expected.size());
        for (int i = 0; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            JsonNode feature = expected.get(i);
            List<LayerProperty> properties = layer.properties();
            for (int p = 0; p < properties.size(); p++) {
                LayerProperty property = properties.get(p);
                String actual = field(record, property, p, format);
                assertThat(normalize(property, actual)).as(format + " " + feature.path("id") + " " + property.key())
                        .isEqualTo(normalize(property, words(property, text(feature.path("properties").path(property.key())))));
            }
            assertSameGeometry(format + " " + feature.path("id"), geometry(record, layer, format),
                    reference(feature.path("geometry")), 1e-7);
        }
    }

    /** The value of a property: by key, else by Chinese label, else (Shapefile) by position after WKT. */
    static String field(CSVRecord record, LayerProperty property, int position, String format) {
        if ((format.equals("kml") || format.equals("kmz")) && property.key().equals("name")) {
            return record.get("Name"); // GDAL merges ExtendedData "name" with the placemark's <name>: the same value
        }
        if (record.isMapped(property.key())) {
            return record.get(property.key());
        }
        if (record.isMapped(property.label())) {
            return record.get(property.label());
        }
        return record.get(position + 1);
    }

    static Geometry geometry(CSVRecord record, Layer layer, String format) throws Exception {
        if (format.equals("csv") || format.equals("xlsx")) {
            if (!layer.geometryKind().isPoint()) {
                return format.equals("csv") ? new WKTReader().read(record.get("WKT")) : null;
            }
            String x = record.get("经度");
            return x.isEmpty() ? null : new GeometryFactory().createPoint(
                    new org.locationtech.jts.geom.Coordinate(Double.parseDouble(x), Double.parseDouble(record.get("纬度"))));
        }
        String wkt = record.get("WKT");
        return wkt.isEmpty() ? null : new WKTReader().read(wkt);
    }

    static Geometry reference(JsonNode geometry) throws Exception {
        return geometry.isNull() || geometry.isMissingNode() ? null : new GeoJsonReader().read(geometry.toString());
    }

    static void assertSameGeometry(String what, Geometry actual, Geometry expected, double tolerance) {
        if (actual == null && expected != null && !(expected.getDimension() == 0)) {
            return; // XLSX carries no outline of areas (a representative point only)
        }
        if (expected == null || actual == null) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        Geometry a = multi(actual);
        Geometry e = multi(expected);
        a.normalize();
        e.normalize();
        assertThat(a.equalsExact(e, tolerance)).as(what + ": " + a + " vs " + e).isTrue();
    }

    private static Geometry multi(Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return polygon.getFactory().createMultiPolygon(new Polygon[] {polygon});
        }
        return geometry instanceof MultiPolygon ? geometry.copy() : geometry.copy();
    }

    static String text(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asString()));
            return String.join(",", items);
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "1" : "0";
        }
        return value.isNumber() ? value.numberValue().toString() : value.asString();
    }

    /** The API's codes as a download shows them: the enum's Chinese terms, lists joined with commas. */
    static String words(LayerProperty property, String codes) {
        if (property.codes() == null || codes.isEmpty()) {
            return codes;
        }
        List<String> words = new ArrayList<>();
        for (String code : codes.split(",")) {
            Enum<?> constant = java.util.Arrays.stream(property.codes().getEnumConstants())
                    .filter(c -> c.name().equals(code)).findFirst().orElseThrow();
            words.add(((org.anju.system.Labelled) constant).label());
        }
        return String.join(",", words);
    }

    static String normalize(LayerProperty property, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (property.type()) {
            case DATE -> value.substring(0, 10).replace('/', '-');
            case BOOLEAN -> switch (value) {
                case "1", "true", "是" -> "1";
                case "0", "false", "否" -> "0";
                default -> value;
            };
            case INTEGER, NUMBER -> new BigDecimal(value).stripTrailingZeros().toPlainString();
            case STRING -> value;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "geojson", "kml", "kmz", "gpkg", "shp.zip", "fgb"})
    void housesRoundTrip(String format) throws Exception {
        assertRoundTrip(Layers.houses(), "houses", "/api/houses.{format}", format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "geojson", "kml", "gpkg", "shp.zip", "fgb"})
    void householdsRoundTripMasked(String format) throws Exception {
        assertRoundTrip(Layers.households(), "households", "/api/households.{format}", format);
        byte[] file = Files.readAllBytes(dir.resolve("layer." + format));
        assertThat(indexOf(file, "140825196001011000".getBytes())).as("full ID number in " + format).isNegative();
        assertThat(indexOf(file, "13800000001".getBytes())).as("full phone in " + format).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "geojson", "kml", "gpkg", "shp.zip", "fgb"})
    void villageBoundariesRoundTrip(String format) throws Exception {
        assertRoundTrip(Layers.area("villages", "行政村", org.anju.area.AreaLevel.VILLAGE), "villages",
                "/api/areas.{format}?level=VILLAGE", format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"geojson", "kml", "gpkg", "shp.zip", "fgb"})
    void seismicZonesAndDisasterFootprintsRoundTrip(String format) throws Exception {
        assertRoundTrip(Layers.seismicZones(), "seismic-zones", "/api/seismic-zones.{format}", format);
        assertRoundTrip(Layers.disasters(), "disasters", "/api/disasters.{format}", format);
    }

    @Test
    void aFilteredHouseListDownloadsOnlyItsHouses() throws Exception {
        assertTrue(Gdal.available(), "GDAL (gdal-bin) is missing: scripts/test-prerequisites.sh installs it");
        Download download = download("/api/houses.gpkg?grade=C,D&occupancy=OCCUPIED", "filtered.gpkg");

        assertThat(download.contentType()).isEqualTo("application/geopackage+sqlite3");
        assertThat(download.disposition()).contains("filename*=UTF-8''%E5%86%9C%E6%88%BF.gpkg");
        String output = Gdal.run("ogrinfo", "-ro", "-al", download.file().toString());
        assertThat(output).contains("Feature Count: 3", "code (String) = 140825-H1\n", "code (String) = 140825-H10",
                "code (String) = 140825-H4");
        Download cql = download("/api/houses.csv?filter=" + OgcApiSpec.q("grade = 'D'"), "d.csv");
        assertThat(cql.body().lines().count()).isEqualTo(3);
    }

    @Test
    void aProjectedShapefileInGbkHasTheGaussKrugerPrjAndGbkAttributes() throws Exception {
        assertTrue(Gdal.available(), "GDAL (gdal-bin) is missing: scripts/test-prerequisites.sh installs it");
        Download download = download("/api/houses.shp.zip?crs=EPSG:4546&encoding=GBK", "h.shp.zip");

        String info = Gdal.run("ogrinfo", "-ro", "-al", "/vsizip/" + download.file());
        assertThat(info).contains("CGCS2000 / 3-degree Gauss-Kruger CM 111E", "ID[\"EPSG\",4546]]",
                "village_na (String) = 东村");
        byte[] dbf = unzip(download.file(), "houses.dbf");
        assertThat(indexOf(dbf, "东村".getBytes("GBK"))).isPositive();
        assertThat(indexOf(dbf, "东村".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isNegative();
        assertThat(new String(unzip(download.file(), "houses.cpg"))).isEqualTo("GBK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "geojson", "gpkg", "shp.zip", "fgb"})
    void projectedCoordinatesAgreeWithGdalsOwnProjectionWithinAMillimetre(String format) throws Exception {
        assertTrue(Gdal.available(), "GDAL (gdal-bin) is missing: scripts/test-prerequisites.sh installs it");
        Download lonLat = download("/api/areas.geojson?level=VILLAGE", "lonlat.geojson");
        String projectedByGdal = Gdal.stdout("ogr2ogr", "-f", "CSV", "/vsistdout/", "-s_srs", "EPSG:4490", "-t_srs",
                "EPSG:4546", "-lco", "GEOMETRY=AS_WKT", lonLat.file().toString());
        List<CSVRecord> expected = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(projectedByGdal)).getRecords();
        Download projected = download("/api/areas." + format + "?level=VILLAGE&crs=EPSG:4546", "projected." + format);
        List<CSVRecord> actual = readWithGdal(projected.file(), format);

        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < actual.size(); i++) {
            assertSameGeometry(format + " village " + i, new WKTReader().read(actual.get(i).get("WKT")),
                    new WKTReader().read(expected.get(i).get("WKT")), 1e-3);
        }
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingIsWritten() throws Exception {
        assertThat(download("/api/houses.kml?crs=EPSG:4546", "x").status()).isEqualTo(400);
        assertThat(download("/api/houses.csv?crs=EPSG:2000", "x").status()).isEqualTo(400);
        assertThat(download("/api/houses.shp.zip?encoding=BIG5", "x").status()).isEqualTo(400);
        assertThat(download("/api/houses.pdf", "x").status()).isEqualTo(400);
        assertThat(download("/api/areas.csv?level=COUNTY", "x").status()).isEqualTo(400);
        Download injection = download("/api/houses.csv?filter=" + OgcApiSpec.q("grade='C'; DROP TABLE house--"), "x");
        assertThat(injection.status()).isEqualTo(400);
        assertThat(api.get("/api/houses").json().path("numberMatched").asInt()).isEqualTo(10);
    }

    static byte[] unzip(Path zip, String entry) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + entry + " in " + zip);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
