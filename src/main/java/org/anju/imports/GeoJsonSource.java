package org.anju.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoJSON FeatureCollection (or a single Feature), read feature by feature with a streaming
 * parser. A top-level {@code crs} member before {@code features} (GeoJSON 2008 style, as GDAL and
 * QGIS write for projected data) is honoured; without it coordinates are lon/lat. The columns are
 * the property names of the first feature.
 */
final class GeoJsonSource implements FeatureSource {

    /** Reads one member at a time out of the stream: what follows it is not "trailing". */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final Path file;
    private final SourceCrs crs;

    GeoJsonSource(Path file) throws IOException {
        this.file = file;
        this.crs = declared(file);
    }

    private volatile CountingInputStream counted;
    private long bytesTotal = -1;

    private InputStream counted(InputStream in) throws IOException {
        bytesTotal = Files.size(file);
        counted = new CountingInputStream(in);
        return counted;
    }

    @Override
    public long bytesRead() {
        CountingInputStream c = counted;
        return c == null ? 0 : c.count();
    }

    @Override
    public long bytesTotal() {
        return bytesTotal < 0 ? sizeOf(file) : bytesTotal;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public SourceCrs declaredCrs() {
        return crs;
    }

    private static SourceCrs declared(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportFailure("file", file.getFileName().toString(), "import.geojson.notGeoJson");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("crs".equals(name)) {
                    JsonNode crs = JSON.readTree(parser);
                    String urn = crs.path("properties").path("name").asString("");
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("EPSG:+(\\d+)$").matcher(urn.toUpperCase());
                    if (m.find()) {
                        return SourceCrs.ofEpsg(Integer.parseInt(m.group(1)));
                    }
                    return null;
                }
                if ("features".equals(name) || "geometry".equals(name)) {
                    return null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (JacksonException e) {
            throw new ImportFailure("file", file.getFileName().toString(), "import.geojson.notGeoJson");
        }
    }

    @Override
    public void read(Sink sink) throws IOException {
        GeoJsonReader geometries = new GeoJsonReader(new GeometryFactory());
        long position = 0;
        boolean started = false;
        try (InputStream in = counted(Files.newInputStream(file)); JsonParser parser = JSON.createParser(in)) {
            parser.nextToken();
            JsonNode single = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("features".equals(name) && parser.currentToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        position++;
                        JsonNode feature = JSON.readTree(parser);
                        if (!started) {
                            sink.columns(allPropertyNames(), Set.of());
                            started = true;
                        }
                        sink.record(record(position, feature, geometries));
                    }
                } else if ("geometry".equals(name) || "properties".equals(name)) {
                    if (single == null) {
                        single = JSON.createObjectNode();
                    }
                    ((tools.jackson.databind.node.ObjectNode) single).set(name, JSON.readTree(parser));
                } else {
                    parser.skipChildren();
                }
            }
            if (single != null && !started) {
                sink.columns(propertyNames(single), Set.of());
                started = true;
                sink.record(record(1, single, geometries));
            }
            if (!started) {
                sink.columns(List.of(), Set.of());
            }
        } catch (JacksonException e) {
            throw new ImportFailure("file", file.getFileName().toString(), "import.geojson.broken", position + 1,
                    e.getOriginalMessage());
        }
    }

    /**
     * The property names of all features, in order of first appearance: features need not share
     * their properties, and a property that only later features have must not be lost. One
     * streaming pass that skips the geometries; memory: the names.
     */
    private List<String> allPropertyNames() throws IOException {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        long position = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"features".equals(name) || parser.currentToken() != JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    position++;
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String member = parser.currentName();
                        if (parser.nextToken() == JsonToken.START_OBJECT && "properties".equals(member)) {
                            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                                names.add(parser.currentName());
                                parser.nextToken();
                                parser.skipChildren();
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
            }
        } catch (JacksonException e) {
            throw new ImportFailure("file", file.getFileName().toString(), "import.geojson.broken", position,
                    e.getOriginalMessage());
        }
        return new ArrayList<>(names);
    }

    private static List<String> propertyNames(JsonNode feature) {
        return new ArrayList<>(feature.path("properties").propertyNames());
    }

    private static SourceRecord record(long position, JsonNode feature, GeoJsonReader geometries) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> p : feature.path("properties").properties()) {
            values.put(p.getKey(), value(p.getValue()));
        }
        JsonNode geometryNode = feature.get("geometry");
        if (geometryNode == null || geometryNode.isNull()) {
            return new SourceRecord(position, values, null);
        }
        try {
            Geometry geometry = geometries.read(geometryNode.toString());
            return new SourceRecord(position, values, geometry);
        } catch (ParseException | RuntimeException e) {
            return new SourceRecord(position, values, null, String.valueOf(e.getMessage()));
        }
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isString()) {
            return v.stringValue();
        }
        return v.toString();
    }

    @Override
    public void close() {
    }
}
