package org.anju.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anju.geo.Cgcs2000;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The village (行政村) boundaries around the houses of one import, in memory, to find the villages
 * a point lies in without a query per row. The boundaries are loaded cell by cell — a cell is
 * {@value #CELL_DEGREES}° square, about 5 km — when the first point of a cell arrives, into an
 * STR-tree of prepared polygons; files come sorted by village, so each cell is loaded about once.
 * Memory is bounded whatever the file: when the cells held exceed {@value #MAX_VERTICES} boundary
 * vertices, the least recently used cells are dropped (and loaded again if needed).
 *
 * <p>"Lies in" is the database's {@code ST_Intersects}: a point on a boundary lies in the village
 * (and in its neighbour).
 */
final class VillageBoundaries {

    static final double CELL_DEGREES = 0.05;
    static final long MAX_VERTICES = 1_000_000;

    /** A village boundary, prepared for many point tests. */
    record Village(String code, String name, PreparedGeometry boundary) {
    }

    private record Cell(STRtree villages, long vertices) {
    }

    private final LookupConnection connection;
    private final WKBReader wkb = new WKBReader(Cgcs2000.GEOMETRIES);
    private final LinkedHashMap<Long, Cell> cells = new LinkedHashMap<>(64, 0.75f, true);
    private long vertices;
    private long cellsLoaded;

    VillageBoundaries(LookupConnection connection) {
        this.connection = connection;
    }

    /** The villages whose boundary holds {@code point} (CGCS2000), ordered by code; empty when none. */
    List<Village> at(Point point) {
        double lon = point.getX();
        double lat = point.getY();
        Cell cell = cell(lon, lat);
        List<Village> found = new ArrayList<>(2);
        for (Object candidate : cell.villages().query(new Envelope(lon, lon, lat, lat))) {
            Village village = (Village) candidate;
            if (village.boundary().intersects(point)) {
                found.add(village);
            }
        }
        if (found.size() > 1) {
            found.sort(Comparator.comparing(Village::code));
        }
        return found;
    }

    /** How many cells were read from the database (for the log). */
    long cellsLoaded() {
        return cellsLoaded;
    }

    private Cell cell(double lon, double lat) {
        long column = (long) Math.floor(lon / CELL_DEGREES);
        long row = (long) Math.floor(lat / CELL_DEGREES);
        long key = (column << 32) ^ (row & 0xFFFFFFFFL);
        Cell cell = cells.get(key);
        if (cell == null) {
            cell = load(column * CELL_DEGREES, row * CELL_DEGREES);
            cells.put(key, cell);
            vertices += cell.vertices();
            evictBeyondBudget();
        }
        return cell;
    }

    private Cell load(double minLon, double minLat) {
        MapSqlParameterSource box = new MapSqlParameterSource().addValue("minLon", minLon).addValue("minLat", minLat)
                .addValue("maxLon", minLon + CELL_DEGREES).addValue("maxLat", minLat + CELL_DEGREES);
        STRtree tree = new STRtree();
        long[] count = {0};
        connection.jdbc().query(ImportSql.VILLAGES_IN_BOX, box, rs -> {
            Geometry boundary;
            try {
                boundary = wkb.read(rs.getBytes("boundary"));
            } catch (ParseException e) {
                throw new IllegalStateException("boundary of village " + rs.getString("code") + ": " + e.getMessage(), e);
            }
            count[0] += boundary.getNumPoints();
            tree.insert(boundary.getEnvelopeInternal(),
                    new Village(rs.getString("code"), rs.getString("name"), PreparedGeometryFactory.prepare(boundary)));
        });
        tree.build();
        cellsLoaded++;
        return new Cell(tree, count[0]);
    }

    private void evictBeyondBudget() {
        var eldest = cells.entrySet().iterator();
        while (vertices > MAX_VERTICES && cells.size() > 1 && eldest.hasNext()) {
            Map.Entry<Long, Cell> entry = eldest.next();
            vertices -= entry.getValue().vertices();
            eldest.remove();
        }
    }
}
