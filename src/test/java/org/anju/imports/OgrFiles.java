package org.anju.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

/**
 * Makes test files the way other GIS software does, with GDAL's {@code ogr2ogr} (Debian
 * {@code gdal-bin}, installed by scripts/test-prerequisites.sh): a GeoJSON text in CGCS2000 lon/lat
 * is written as a zipped Shapefile, GeoPackage, KML, FlatGeobuf … in any CRS and encoding.
 */
final class OgrFiles implements AutoCloseable {

    private final Path directory;

    OgrFiles() throws IOException {
        org.junit.jupiter.api.Assertions.assertTrue(Files.isExecutable(Path.of("/usr/bin/ogr2ogr")),
                "gdal-bin is missing: scripts/test-prerequisites.sh installs it");
        directory = Files.createTempDirectory("ogr-spec");
    }

    /**
     * {@code geojson} (lon/lat, EPSG:4490) written by {@code driver} as {@code name} (e.g.
     * {@code 洪水.shp}), reprojected to {@code targetSrid} (0 = keep), with extra ogr2ogr options
     * ({@code -lco ENCODING=GBK}); the bytes of the file, or of a zip of all parts for a Shapefile.
     */
    byte[] convert(String geojson, String driver, String name, int targetSrid, String... options)
            throws IOException, InterruptedException {
        Path input = directory.resolve("input-" + System.nanoTime() + ".geojson");
        Files.writeString(input, geojson, StandardCharsets.UTF_8);
        Path output = directory.resolve("out-" + System.nanoTime());
        Files.createDirectory(output);
        Path file = output.resolve(name);
        List<String> command = new ArrayList<>(List.of("/usr/bin/ogr2ogr", "-f", driver));
        command.addAll(List.of(options));
        if (targetSrid != 0) {
            command.addAll(List.of("-s_srs", "EPSG:4490", "-t_srs", "EPSG:" + targetSrid));
        } else {
            command.addAll(List.of("-a_srs", "EPSG:4490"));
        }
        command.addAll(List.of(file.toString(), input.toString()));
        Process ogr = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(ogr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ogr.waitFor()).as(log).isZero();
        if (!driver.equals("ESRI Shapefile")) {
            return Files.readAllBytes(file);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> parts = Files.list(output)) {
            for (Path part : parts.sorted().toList()) {
                TestShapefile.entry(zip, part.getFileName().toString(), Files.readAllBytes(part));
            }
        }
        return bytes.toByteArray();
    }

    /** The bytes of a zip holding {@code file} as {@code entry}. */
    static byte[] zip(String entry, byte[] file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            TestShapefile.entry(zip, entry, file);
        }
        return bytes.toByteArray();
    }

    /** A GeoJSON FeatureCollection of {@code features} (each a Feature text). */
    static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features) + "]}";
    }

    /** A Feature with a Polygon box and the given properties (a JSON object text). */
    static String box(double minLon, double minLat, double maxLon, double maxLat, String properties) {
        return feature(polygon(minLon, minLat, maxLon, maxLat), properties);
    }

    static String feature(String geometry, String properties) {
        return "{\"type\": \"Feature\", \"geometry\": " + geometry + ", \"properties\": " + properties + "}";
    }

    static String polygon(double minLon, double minLat, double maxLon, double maxLat) {
        return "{\"type\": \"Polygon\", \"coordinates\": [" + ring(minLon, minLat, maxLon, maxLat) + "]}";
    }

    static String ring(double minLon, double minLat, double maxLon, double maxLat) {
        return "[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]"
                .formatted(minLon, minLat, maxLon, minLat, maxLon, maxLat, minLon, maxLat, minLon, minLat);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
