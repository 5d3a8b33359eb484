package org.anju.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The geometry files of a Shapefile (.shp and its index .shx, ESRI Shapefile Technical Description
 * 1998) of points (shape type 1) or polygons (type 5: every ring of every part of a multipolygon,
 * outer rings clockwise and holes counter-clockwise, as the specification requires), written record
 * by record; the headers (file lengths, bounding box) are written last. A row without location is a
 * Null Shape record. Memory: two 64 KB buffers plus one polygon record at a time.
 */
final class ShapefileShapes implements AutoCloseable {

    private static final int FILE_CODE = 9994;
    private static final int VERSION = 1000;
    private static final int NULL_SHAPE = 0;
    private static final int POINT = 1;
    private static final int POLYGON = 5;
    private static final int HEADER_BYTES = 100;

    private final int shapeType;
    private final FileChannel shp;
    private final FileChannel shx;
    private final ByteBuffer shpBuffer = ByteBuffer.allocate(1 << 16);
    private final ByteBuffer shxBuffer = ByteBuffer.allocate(1 << 16);
    private int records;
    private long shpBytes = HEADER_BYTES;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    ShapefileShapes(GeometryKind kind, Path shpPath, Path shxPath) throws IOException {
        this.shapeType = kind.isPoint() ? POINT : POLYGON;
        this.shp = FileChannel.open(shpPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            this.shx = FileChannel.open(shxPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            shp.close();
            throw e;
        }
        shp.position(HEADER_BYTES);
        shx.position(HEADER_BYTES);
    }

    void add(double x, double y) throws IOException {
        record(POINT, 20);
        shpBuffer.putDouble(x).putDouble(y);
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    /** Adds a polygon record holding every ring of {@code area} (a Polygon or MultiPolygon). */
    void addArea(Geometry area) throws IOException {
        List<Coordinate[]> rings = new ArrayList<>();
        for (int i = 0; i < area.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) area.getGeometryN(i);
            rings.add(oriented(polygon.getExteriorRing().getCoordinates(), false));
            for (int j = 0; j < polygon.getNumInteriorRing(); j++) {
                rings.add(oriented(polygon.getInteriorRingN(j).getCoordinates(), true));
            }
        }
        int points = rings.stream().mapToInt(r -> r.length).sum();
        int contentBytes = 4 + 32 + 4 + 4 + 4 * rings.size() + 16 * points;
        drain(shpBuffer, shp);
        record(POLYGON, contentBytes);
        drain(shpBuffer, shp);
        Envelope box = area.getEnvelopeInternal();
        ByteBuffer content = ByteBuffer.allocate(contentBytes - 4).order(ByteOrder.LITTLE_ENDIAN);
        content.putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX()).putDouble(box.getMaxY());
        content.putInt(rings.size()).putInt(points);
        int start = 0;
        for (Coordinate[] ring : rings) {
            content.putInt(start);
            start += ring.length;
        }
        for (Coordinate[] ring : rings) {
            for (Coordinate c : ring) {
                content.putDouble(c.x).putDouble(c.y);
            }
        }
        content.flip();
        while (content.hasRemaining()) {
            shp.write(content);
        }
        minX = Math.min(minX, box.getMinX());
        minY = Math.min(minY, box.getMinY());
        maxX = Math.max(maxX, box.getMaxX());
        maxY = Math.max(maxY, box.getMaxY());
    }

    /** The ring clockwise (outer) or counter-clockwise (hole). */
    private static Coordinate[] oriented(Coordinate[] ring, boolean hole) {
        if (Orientation.isCCW(ring) != hole) {
            Coordinate[] reversed = ring.clone();
            CoordinateArrays.reverse(reversed);
            return reversed;
        }
        return ring;
    }

    void addNull() throws IOException {
        record(NULL_SHAPE, 4);
    }

    /** Writes a record header and the shape type; {@code contentBytes} includes the shape type. */
    private void record(int shapeType, int contentBytes) throws IOException {
        if (shpBuffer.remaining() < 8 + contentBytes) {
            drain(shpBuffer, shp);
        }
        if (shxBuffer.remaining() < 8) {
            drain(shxBuffer, shx);
        }
        records++;
        shxBuffer.order(ByteOrder.BIG_ENDIAN).putInt((int) (shpBytes / 2)).putInt(contentBytes / 2);
        shpBuffer.order(ByteOrder.BIG_ENDIAN).putInt(records).putInt(contentBytes / 2);
        shpBuffer.order(ByteOrder.LITTLE_ENDIAN).putInt(shapeType);
        shpBytes += 8 + contentBytes;
        if (shpBytes / 2 > Integer.MAX_VALUE) {
            throw new IOException("the Shapefile would exceed 4 GB");
        }
    }

    private static void drain(ByteBuffer buffer, FileChannel channel) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** Writes the remaining records and both headers; the files are complete afterwards. */
    void finish() throws IOException {
        drain(shpBuffer, shp);
        drain(shxBuffer, shx);
        writeHeader(shp, shpBytes);
        writeHeader(shx, HEADER_BYTES + 8L * records);
        close();
    }

    private void writeHeader(FileChannel channel, long fileBytes) throws IOException {
        boolean empty = records == 0 || minX > maxX;
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.order(ByteOrder.BIG_ENDIAN).putInt(FILE_CODE).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0)
                .putInt((int) (fileBytes / 2));
        header.order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION).putInt(shapeType)
                .putDouble(empty ? 0 : minX).putDouble(empty ? 0 : minY)
                .putDouble(empty ? 0 : maxX).putDouble(empty ? 0 : maxY)
                .putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        header.flip();
        channel.position(0);
        while (header.hasRemaining()) {
            channel.write(header);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            shp.close();
        } finally {
            shx.close();
        }
    }
}
