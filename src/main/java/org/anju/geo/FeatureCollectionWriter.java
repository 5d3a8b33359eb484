package org.anju.geo;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Consumer;

import org.anju.system.JsonValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams SQL rows as a GeoJSON FeatureCollection, one feature per row, without holding the
 * result in memory. Row convention (pg_featureserv style): column {@code id} is the feature id,
 * column {@code geom} the geometry as WKB ({@code ST_AsBinary}), every other column a property
 * named by its lower-cased label. Dates are written as ISO-8601 text, numbers as numbers; any further
 * binary column is taken as WKB and written as a GeoJSON geometry (e.g. a footprint).
 *
 * <p>Use: {@code start()}, then {@link #writeRow(ResultSet)} per row, then {@code finish(...)};
 * or {@link #writeFeature} alone for a single Feature document.
 */
public final class FeatureCollectionWriter implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator json;
    private final WKBReader wkb = new WKBReader(Cgcs2000.GEOMETRIES);
    private String[] labels;
    private int written;

    public FeatureCollectionWriter(OutputStream out) {
        this.json = JSON.createGenerator(ObjectWriteContext.empty(), out);
    }

    /** Opens the collection; {@code members} may write foreign members such as {@code numberMatched}. */
    public FeatureCollectionWriter start(Consumer<JsonGenerator> members) {
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        members.accept(json);
        json.writeName("features");
        json.writeStartArray();
        return this;
    }

    public void writeRow(ResultSet row) throws SQLException {
        writeFeature(row, json -> { });
        written++;
    }

    /**
     * Writes one feature from the row; {@code moreProperties} may append properties (e.g. arrays of
     * history records) after the row's columns. Used on its own (without {@code start}) this writes
     * a single GeoJSON Feature document.
     */
    public void writeFeature(ResultSet row, Consumer<JsonGenerator> moreProperties) throws SQLException {
        if (labels == null) {
            ResultSetMetaData meta = row.getMetaData();
            labels = new String[meta.getColumnCount()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
            }
        }
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("id");
        JsonValues.write(json, row.getObject("id"));
        json.writeName("geometry");
        GeoJsonGeometryWriter.write(json, readGeometry(row.getBytes("geom")));
        json.writeName("properties");
        json.writeStartObject();
        for (int i = 0; i < labels.length; i++) {
            if (!labels[i].equals("id") && !labels[i].equals("geom")) {
                json.writeName(labels[i]);
                Object value = row.getObject(i + 1);
                if (value instanceof byte[] bytes) {
                    GeoJsonGeometryWriter.write(json, readGeometry(bytes));
                } else {
                    JsonValues.write(json, value);
                }
            }
        }
        moreProperties.accept(json);
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
    }

    /** Closes the collection after writing {@code numberReturned} and the {@code trailer} members. */
    public void finish(Consumer<JsonGenerator> trailer) {
        json.writeEndArray();
        json.writeNumberProperty("numberReturned", written);
        trailer.accept(json);
        json.writeEndObject();
        json.flush();
    }

    public int written() {
        return written;
    }

    private org.locationtech.jts.geom.Geometry readGeometry(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return wkb.read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("database returned unreadable WKB", e);
        }
    }

    @Override
    public void close() {
        json.close();
    }
}
