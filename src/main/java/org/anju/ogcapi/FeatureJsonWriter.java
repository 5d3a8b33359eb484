package org.anju.ogcapi;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import org.anju.geo.GeoJsonGeometryWriter;
import org.anju.system.JsonValues;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams {@link LayerRow}s as GeoJSON features: {@code id}, the geometry in the response CRS's
 * axis order (lon/lat for CRS84, lat/lon for EPSG:4490), and exactly the layer's properties in
 * their order. Used for a FeatureCollection ({@link #start}, {@link #feature} per row,
 * {@link #finish}) or a single Feature.
 */
final class FeatureJsonWriter implements AutoCloseable {

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator json;
    private final List<LayerProperty> properties;
    private final boolean latitudeFirst;
    private long written;

    FeatureJsonWriter(OutputStream out, Layer layer, OgcCrs crs) {
        this.json = JSON.createGenerator(ObjectWriteContext.empty(), out);
        this.properties = layer.properties();
        this.latitudeFirst = crs.latitudeFirst();
    }

    FeatureJsonWriter start(Consumer<JsonGenerator> members) {
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        members.accept(json);
        json.writeName("features");
        json.writeStartArray();
        return this;
    }

    /** One feature; {@code members} may add top-level members (e.g. {@code links}). */
    void feature(LayerRow row, Consumer<JsonGenerator> members) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("id");
        JsonValues.write(json, row.id());
        json.writeName("geometry");
        GeoJsonGeometryWriter.write(json, oriented(row.geometry()));
        json.writeName("properties");
        json.writeStartObject();
        for (LayerProperty property : properties) {
            json.writeName(property.key());
            JsonValues.write(json, row.properties().get(property.key()));
        }
        json.writeEndObject();
        members.accept(json);
        json.writeEndObject();
        written++;
        if (written % 100 == 0) {
            json.flush();
        }
    }

    private Geometry oriented(Geometry geometry) {
        if (geometry == null || !latitudeFirst) {
            return geometry;
        }
        Geometry swapped = geometry.copy();
        swapped.apply((CoordinateFilter) c -> {
            double x = c.x;
            c.x = c.y;
            c.y = x;
        });
        return swapped;
    }

    /** Closes the collection after {@code numberReturned} and the {@code trailer} members. */
    void finish(Consumer<JsonGenerator> trailer) {
        json.writeEndArray();
        json.writeNumberProperty("numberReturned", written);
        trailer.accept(json);
        json.writeEndObject();
        json.flush();
    }

    @Override
    public void close() {
        json.close();
    }
}
