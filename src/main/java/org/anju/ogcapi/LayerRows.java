package org.anju.ogcapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.anju.geo.Cgcs2000;
import org.anju.household.HouseholdViews;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a layer's features from the database one at a time through a cursor (fetch size
 * {@value #FETCH_SIZE}; on PostgreSQL the caller must be in a transaction for the cursor to be
 * used) and hands each to a sink, so pages and downloads of any size stream in constant memory.
 * Household rows are masked through {@link HouseholdViews} in chunks of {@value #CHUNK} (its
 * category and owned-house look-ups are batched per chunk); other rows pass straight through.
 */
@Component
class LayerRows {

    static final int FETCH_SIZE = 500;
    static final int CHUNK = 500;

    /** Receives the features in order. */
    interface Sink {
        void accept(LayerRow row) throws IOException;
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final HouseholdViews households;

    LayerRows(DataSource dataSource, HouseholdViews households) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.households = households;
    }

    /**
     * Runs {@code sql} and passes every row to {@code sink}.
     *
     * @return the number of rows
     * @throws UncheckedIOException when the sink fails to write
     */
    long stream(Layer layer, String sql, MapSqlParameterSource params, Sink sink) {
        WKBReader wkb = new WKBReader(Cgcs2000.GEOMETRIES);
        List<Map<String, Object>> chunk = new ArrayList<>(layer.personal() ? CHUNK : 0);
        long[] count = {0};
        jdbc.query(sql, params, (ResultSet rs) -> {
            Map<String, Object> row = columns(rs);
            count[0]++;
            if (layer.personal()) {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    flushMasked(layer, chunk, wkb, sink);
                }
            } else {
                emit(layer, row, wkb, sink);
            }
        });
        if (!chunk.isEmpty()) {
            flushMasked(layer, chunk, wkb, sink);
        }
        return count[0];
    }

    private void flushMasked(Layer layer, List<Map<String, Object>> chunk, WKBReader wkb, Sink sink) {
        for (Map<String, Object> view : households.ofHouse(chunk)) {
            emit(layer, view, wkb, sink);
        }
        chunk.clear();
    }

    private static void emit(Layer layer, Map<String, Object> row, WKBReader wkb, Sink sink) {
        Object id = layer.personal() ? row.get("code") : row.get("id");
        Geometry geometry = geometry((byte[]) row.get("geom"), wkb);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (LayerProperty property : layer.properties()) {
            Object value = row.get(property.key());
            properties.put(property.key(), value instanceof java.sql.Date d ? d.toLocalDate() : value);
        }
        try {
            sink.accept(new LayerRow(id instanceof Number n ? n.longValue() : id, geometry, properties));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> columns(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        return row;
    }

    private static Geometry geometry(byte[] bytes, WKBReader wkb) {
        if (bytes == null) {
            return null;
        }
        try {
            return wkb.read(bytes);
        } catch (ParseException e) {
            throw new IllegalStateException("database returned unreadable WKB", e);
        }
    }
}
