package org.anju.tiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.geo.SpatialDialect;
import org.anju.house.HouseFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renders tiles of houses (see the package description). */
@Service
public class HouseTiles {

    private final NamedParameterJdbcTemplate jdbc;
    private final SpatialDialect dialect;
    private final TileProperties properties;

    HouseTiles(NamedParameterJdbcTemplate jdbc, SpatialDialect dialect, TileProperties properties) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.properties = properties;
    }

    /** The first zoom at which tiles hold every house as a point (below it: cells). */
    public int pointsFromZoom() {
        return properties.pointsFromZoom();
    }

    /** What the tile at {@code zoom} holds. */
    TileLayer layerAt(int zoom) {
        return zoom >= properties.pointsFromZoom() ? TileLayer.POINTS : TileLayer.CELLS;
    }

    /** The tile as MVT bytes, empty when no house of the filter lies in or near it. */
    @Transactional(readOnly = true)
    public byte[] render(TileAddress tile, HouseFilter filter) {
        TileLayer layer = layerAt(tile.z());
        int buffer = layer.buffer(properties.cellsPerTile());
        double margin = (double) buffer / TileLayer.EXTENT;
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("west", tile.lon(-margin)).addValue("east", tile.lon(1 + margin))
                .addValue("north", tile.lat(-margin)).addValue("south", tile.lat(1 + margin))
                .addValue("cellsAcross", tile.tilesAcross() * properties.cellsPerTile())
                .addValue("extent", TileLayer.EXTENT).addValue("buffer", buffer)
                .addValue("mx0", tile.mercatorX(0)).addValue("mx1", tile.mercatorX(1))
                .addValue("my0", tile.mercatorY(1)).addValue("my1", tile.mercatorY(0));
        String conditions = andConditions(filter.conditions(params));
        if (dialect == SpatialDialect.POSTGIS) {
            String sql = (layer == TileLayer.POINTS ? HouseTileSql.POSTGIS_POINTS : HouseTileSql.POSTGIS_CELLS)
                    .formatted(conditions);
            byte[] mvt = jdbc.queryForObject(sql, params, byte[].class);
            return mvt == null ? new byte[0] : mvt;
        }
        JavaTileEncoder encoder = new JavaTileEncoder(tile, layer, buffer);
        if (layer == TileLayer.POINTS) {
            jdbc.query(HouseTileSql.POINTS.formatted(HouseTileSql.LON_LAT, conditions), params,
                    rs -> { encoder.add(rs.getLong("id"), rs.getDouble("lon"), rs.getDouble("lat"), house(rs)); });
        } else {
            jdbc.query(HouseTileSql.CELLS.formatted("", conditions), params,
                    rs -> { encoder.add(null, rs.getDouble("lon"), rs.getDouble("lat"), cell(rs)); });
        }
        return encoder.encode();
    }

    private static String andConditions(List<String> conditions) {
        return conditions.isEmpty() ? "" : "\n  AND " + String.join("\n  AND ", conditions);
    }

    private static Map<String, Object> house(ResultSet rs) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", rs.getString("code"));
        p.put("grade", rs.getString("grade"));
        p.put("occupancy", rs.getString("occupancy"));
        p.put("target", rs.getBoolean("target"));
        p.put("priority", rs.getBoolean("priority"));
        return p;
    }

    private static Map<String, Object> cell(ResultSet rs) throws SQLException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("houses", rs.getLong("houses"));
        p.put("dangerous", rs.getLong("dangerous"));
        p.put("occupied_dangerous", rs.getLong("occupied_dangerous"));
        return p;
    }
}
