package org.anju.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the geometries of a .shp file sequentially (ESRI Shapefile Technical Description, 1998),
 * without needing the .shx: Point, MultiPoint, PolyLine and Polygon with their Z and M variants
 * (Z and M are dropped: Anju stores 2D). Polygon rings are assembled as the specification says:
 * clockwise rings are shells, counter-clockwise rings are holes of the shell that contains them;
 * a file whose rings all run the wrong way has every ring read as a shell. Memory: one record.
 */
final class ShpRecords implements AutoCloseable {

    private final FileChannel channel;
    private final GeometryFactory geometries = new GeometryFactory();
    private final ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
    private final ByteBuffer fileHeader = ByteBuffer.allocate(100);
    private ByteBuffer content = ByteBuffer.allocate(1 << 12).order(ByteOrder.LITTLE_ENDIAN);
    private final int shapeType;
    private volatile long bytesRead = 100;

    ShpRecords(Path shp) throws IOException {
        this.channel = FileChannel.open(shp);
        readFully(fileHeader);
        fileHeader.flip();
        if (fileHeader.order(ByteOrder.BIG_ENDIAN).getInt(0) != 9994) {
            channel.close();
            throw new ImportFailure("file", shp.getFileName().toString(), "import.shp.notShapefile");
        }
        shapeType = fileHeader.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
    }

    /** Bytes read so far, header included (for progress; any thread). */
    long bytesRead() {
        return bytesRead;
    }

    /** True when the file holds polygons (house footprints, areas). */
    boolean isPolygonal() {
        return shapeType % 10 == 5;
    }

    /**
     * The next record's geometry; an empty {@code GeometryCollection} for a Null Shape record;
     * {@code null} at the end of the file. A malformed record throws {@link IllegalArgumentException}.
     */
    Geometry next() throws IOException {
        header.clear();
        int n = readFully(header);
        if (n < 8) {
            return null;
        }
        header.flip();
        header.getInt(); // record number
        int bytes = header.getInt() * 2;
        if (bytes < 4 || bytes > 256 << 20) {
            throw new IllegalArgumentException("record length " + bytes);
        }
        if (content.capacity() < bytes) {
            content = ByteBuffer.allocate(Integer.highestOneBit(bytes) << 1).order(ByteOrder.LITTLE_ENDIAN);
        }
        content.clear().limit(bytes);
        if (readFully(content) < bytes) {
            throw new IllegalArgumentException("truncated record");
        }
        content.flip();
        bytesRead += 8 + bytes;
        int type = content.getInt();
        return switch (type) {
            case 0 -> geometries.createGeometryCollection();
            case 1, 11, 21 -> point();
            case 8, 18, 28 -> multiPoint();
            case 3, 13, 23 -> lines();
            case 5, 15, 25 -> polygon();
            default -> throw new IllegalArgumentException("shape type " + type);
        };
    }

    private Point point() {
        return geometries.createPoint(new Coordinate(content.getDouble(), content.getDouble()));
    }

    private Geometry multiPoint() {
        content.position(content.position() + 32);
        int count = content.getInt();
        Point[] points = new Point[count];
        for (int i = 0; i < count; i++) {
            points[i] = point();
        }
        return count == 1 ? points[0] : geometries.createMultiPoint(points);
    }

    private List<Coordinate[]> parts() {
        content.position(content.position() + 32);
        int partCount = content.getInt();
        int pointCount = content.getInt();
        if (partCount < 0 || pointCount < 0 || partCount > pointCount + 1) {
            throw new IllegalArgumentException("parts " + partCount + ", points " + pointCount);
        }
        int[] starts = new int[partCount + 1];
        for (int i = 0; i < partCount; i++) {
            starts[i] = content.getInt();
        }
        starts[partCount] = pointCount;
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            int size = starts[p + 1] - starts[p];
            if (size < 0) {
                throw new IllegalArgumentException("part offsets");
            }
            Coordinate[] coordinates = new Coordinate[size];
            for (int i = 0; i < size; i++) {
                coordinates[i] = new Coordinate(content.getDouble(), content.getDouble());
            }
            parts.add(coordinates);
        }
        return parts;
    }

    private Geometry lines() {
        List<Coordinate[]> parts = parts();
        LineString[] lines = parts.stream().map(geometries::createLineString).toArray(LineString[]::new);
        return lines.length == 1 ? lines[0] : geometries.createMultiLineString(lines);
    }

    private Geometry polygon() {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] ring : parts()) {
            LinearRing linearRing = geometries.createLinearRing(closed(ring));
            if (ring.length >= 4 && Orientation.isCCW(linearRing.getCoordinateSequence())) {
                holes.add(linearRing);
            } else {
                shells.add(linearRing);
            }
        }
        if (shells.isEmpty()) { // every ring counter-clockwise: a writer that ignored the specification
            shells.addAll(holes);
            holes.clear();
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        List<Polygon> shellAreas = new ArrayList<>();
        for (LinearRing shell : shells) {
            holesOf.add(new ArrayList<>());
            shellAreas.add(geometries.createPolygon(shell));
        }
        for (LinearRing hole : holes) {
            int owner = -1;
            for (int i = 0; i < shells.size(); i++) {
                if (shellAreas.get(i).getEnvelopeInternal().contains(hole.getEnvelopeInternal())
                        && shellAreas.get(i).covers(hole.getPointN(0))
                        && (owner < 0 || shellAreas.get(owner).getArea() > shellAreas.get(i).getArea())) {
                    owner = i;
                }
            }
            if (owner < 0) {
                shells.add(hole);
                holesOf.add(new ArrayList<>());
                shellAreas.add(geometries.createPolygon(hole));
            } else {
                holesOf.get(owner).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < shells.size(); i++) {
            polygons[i] = geometries.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : geometries.createMultiPolygon(polygons);
    }

    private static Coordinate[] closed(Coordinate[] ring) {
        if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
            Coordinate[] closed = java.util.Arrays.copyOf(ring, ring.length + 1);
            closed[ring.length] = new Coordinate(ring[0]);
            return closed;
        }
        return ring;
    }

    private int readFully(ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
