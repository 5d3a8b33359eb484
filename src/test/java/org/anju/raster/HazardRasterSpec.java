package org.anju.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.anju.testsupport.Api;
import org.anju.testsupport.ApiSpec;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.coverage.grid.GridCoverage2D;
import org.geotools.coverage.grid.GridCoverageFactory;
import org.geotools.gce.geotiff.GeoTiffWriter;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Hazard rasters on the fixture county: the test writes small GeoTIFFs over the county (CGCS2000,
 * 0.01° cells), uploads them, and uses the sampled values in both analyses.
 */
abstract class HazardRasterSpec extends ApiSpec {

    @TempDir
    Path dir;

    /** A 20 × 20 GeoTIFF over 111.0–111.2 E, 35.5–35.7 N whose cell value is {@code value(lon, lat)} at its centre. */
    Path geoTiff(String name, BiFunction<Double, Double, Float> value) throws Exception {
        CoordinateReferenceSystem crs = CRS.decode("EPSG:4490", true);
        float[][] cells = new float[20][20];
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                cells[row][col] = value.apply(111.0 + (col + 0.5) * 0.01, 35.7 - (row + 0.5) * 0.01);
            }
        }
        GridCoverage2D coverage = new GridCoverageFactory().create(name, cells,
                new ReferencedEnvelope(111.0, 111.2, 35.5, 35.7, crs));
        Path file = dir.resolve(name + ".tif");
        GeoTiffWriter writer = new GeoTiffWriter(file.toFile());
        writer.write(coverage, null);
        writer.dispose();
        return file;
    }

    JsonNode upload(Path file, String name, String kind) throws IOException, InterruptedException {
        String boundary = "----anju" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"name", name}, {"kind", kind}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"h.tif\"\r\n"
                + "Content-Type: image/tiff\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/hazard-rasters"))
                .header("Authorization", Api.ADMIN_AUTHORIZATION)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Api.JSON.readTree(response.body());
    }

    @Test
    void floodDepthRasterGivesAffectedHousesByDepthClass() throws Exception {
        // 2 m over 东村 (H1, H2, H3), 1 m over the south of 南村 (H7, H8), dry elsewhere
        JsonNode raster = upload(geoTiff("depth", (lon, lat) -> lat < 35.6 ? (lon < 111.1 ? 2f : 1f) : 0f),
                "测试淹没水深", "FLOOD_DEPTH");
        assertThat(raster.path("samples").asLong()).as("every house of the county got a value").isEqualTo(10);
        assertThat(raster.path("extent").path("min_lon").asDouble()).isCloseTo(111.0, org.assertj.core.data.Offset.offset(1e-9));

        JsonNode summary = api.get("/api/hazard-rasters/" + raster.path("id").asLong() + "/affected?classes=0.5,1.5").json();
        assertThat(summary.path("totals").path("houses").asLong()).isEqualTo(5);
        assertThat(summary.path("totals").path("occupied_dangerous").asLong()).as("H1, H7").isEqualTo(2);
        JsonNode deep = summary.path("by_severity").get(0);
        assertThat(deep.path("rank").asInt()).isEqualTo(2);
        assertThat(deep.path("severity").asString()).isEqualTo("≥1.5");
        assertThat(deep.path("exposure").path("houses").asLong()).isEqualTo(3);

        String csv = api.get("/api/hazard-rasters/" + raster.path("id").asLong() + "/affected/targets.csv?classes=0.5,1.5").body();
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("140825-H1").contains("≥1.5");
        assertThat(api.get("/api/hazard-rasters/" + raster.path("id").asLong() + "/affected?classes=1.5,0.5").status())
                .isEqualTo(400);
    }

    @Test
    void intensityRasterDrivesRetrofitCandidates() throws Exception {
        JsonNode raster = upload(geoTiff("intensity", (lon, lat) -> lat < 35.64 ? 8f : 7f), "测试烈度", "SEISMIC_INTENSITY");
        long id = raster.path("id").asLong();

        assertThat(candidates("raster=" + id + "&min_value=7&include_unassessed=true")).as("H5, H6").isEqualTo(2);
        assertThat(candidates("raster=" + id + "&min_value=8&include_unassessed=true")).as("both lie in 7").isZero();
        assertThat(candidates("raster=" + id + "&min_value=6.5")).as("H5").isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAGeoTiffIsRefused() throws Exception {
        Path notTiff = Files.writeString(dir.resolve("x.tif"), "not a tiff");
        String boundary = "----anjuX";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nPGA\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.tif\"\r\n\r\n"
                + Files.readString(notTiff) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/hazard-rasters"))
                .header("Authorization", Api.ADMIN_AUTHORIZATION)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("无法读取 GeoTIFF");
    }

    private long candidates(String query) {
        return api.get("/api/retrofit/candidates?" + query).json().path("candidates").asLong();
    }
}
