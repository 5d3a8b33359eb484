package org.anju.sample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the features of a GeoJSON FeatureCollection file one at a time (constant memory, whatever
 * the file size) and hands each to a callback with its 1-based position, for error messages.
 */
final class GeoJsonFeatureStream {

    interface FeatureHandler {
        void accept(int position, JsonNode properties, Geometry geometry);
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private GeoJsonFeatureStream() {
    }

    static int forEach(Path file, FeatureHandler handler) {
        int position = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new CountyPackageException(file, 0, "not a GeoJSON object");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (!"features".equals(name)) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    position++;
                    JsonNode feature = JSON.readTree(parser);
                    Geometry geometry;
                    try {
                        geometry = GeoJsonTreeGeometry.read(feature.path("geometry"));
                    } catch (RuntimeException e) {
                        throw new CountyPackageException(file, position, "unreadable geometry: " + e.getMessage());
                    }
                    geometry.setSRID(Cgcs2000.SRID);
                    handler.accept(position, feature.path("properties"), geometry);
                }
            }
        } catch (IOException e) {
            throw new CountyPackageException(file, position, "cannot read: " + e.getMessage());
        } catch (tools.jackson.core.JacksonException e) {
            throw new CountyPackageException(file, position, "not valid JSON: " + e.getOriginalMessage());
        }
        return position;
    }
}
