package org.anju.sample.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a generated county back the way a loader would: GeoJSON features and CSV rows. */
final class GeneratedCounty {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeoJsonReader GEOJSON = new GeoJsonReader(new GeometryFactory(new PrecisionModel(), 4490));

    final Path directory;

    private GeneratedCounty(Path directory) {
        this.directory = directory;
    }

    static GeneratedCounty generate(Path directory, long seed, int houses) {
        try {
            SampleCountyGenerator.generate(new GeneratorOptions(seed, houses, directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedCounty(directory);
    }

    record Feature(JsonNode properties, Geometry geometry) {
        String text(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    List<Feature> features(String file) {
        List<Feature> features = new ArrayList<>();
        for (JsonNode f : JSON.readTree(directory.resolve(file)).get("features")) {
            try {
                features.add(new Feature(f.get("properties"), GEOJSON.read(f.get("geometry").toString())));
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        }
        return features;
    }

    JsonNode json(String file) {
        return JSON.readTree(directory.resolve(file));
    }

    /** Rows of a CSV file as header → value maps (RFC 4180 quoting understood). */
    List<Map<String, String>> csv(String file) {
        List<List<String>> records = parseCsv(read(file));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    String read(String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
