package org.anju.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Encodes point features of one tile as a Mapbox Vector Tile, for databases without
 * {@code ST_AsMVT}: positions are rounded to the tile's integer grid (as {@code ST_AsMVTGeom} does)
 * and points beyond the buffer are left out. Attribute values keep their Java types (strings,
 * booleans, integers), as PostGIS keeps SQL types.
 */
final class JavaTileEncoder {

    private static final GeometryFactory GRID = new GeometryFactory();

    private final TileAddress tile;
    private final TileLayer layer;
    private final int buffer;
    private final List<Geometry> points = new ArrayList<>();

    JavaTileEncoder(TileAddress tile, TileLayer layer, int buffer) {
        this.tile = tile;
        this.layer = layer;
        this.buffer = buffer;
    }

    /** Adds a point feature; {@code id} may be null (no feature id). */
    void add(Long id, double lon, double lat, Map<String, Object> properties) {
        double[] px = tile.pixel(lon, lat, TileLayer.EXTENT);
        long x = Math.round(px[0]);
        long y = Math.round(px[1]);
        if (x < -buffer || y < -buffer || x > TileLayer.EXTENT + buffer || y > TileLayer.EXTENT + buffer) {
            return;
        }
        Point point = GRID.createPoint(new Coordinate(x, y));
        point.setUserData(new Feature(id, new LinkedHashMap<>(properties)));
        points.add(point);
    }

    /** The encoded tile; empty (zero bytes) when no feature was added, like PostGIS. */
    byte[] encode() {
        if (points.isEmpty()) {
            return new byte[0];
        }
        JtsMvt mvt = new JtsMvt(new JtsLayer(layer.layerName(), points, TileLayer.EXTENT));
        return MvtEncoder.encode(mvt, new MvtLayerParams(TileLayer.EXTENT), (userData, props, feature) -> {
            Feature f = (Feature) userData;
            if (f.id() != null) {
                feature.setId(f.id());
            }
            f.properties().forEach((key, value) -> {
                if (value != null) {
                    feature.addTags(props.addKey(key));
                    feature.addTags(props.addValue(value));
                }
            });
        });
    }

    private record Feature(Long id, Map<String, Object> properties) {
    }
}
