package org.anju.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.PackedRTree;
import org.wololo.flatgeobuf.generated.Column;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Crs;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;
import org.wololo.flatgeobuf.generated.Header;

/**
 * A FlatGeobuf file (flatgeobuf.org, as GDAL, QGIS and Anju's own downloads write it), read feature
 * by feature with the {@code org.wololo:flatgeobuf} library that writes Anju's downloads: magic
 * bytes, the header (columns, geometry type, CRS), the spatial index if any (skipped), then one
 * size-prefixed feature after the other. The CRS is the header's EPSG code, else its WKT. Sizes are
 * checked against the file before anything is allocated, so a broken or hostile file cannot make
 * the reader allocate more than the file holds. Memory: one feature.
 */
final class FlatGeobufSource implements FeatureSource {

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private final Header header;
    private final List<ColumnSpec> columns = new ArrayList<>();
    private final SourceCrs crs;

    private record ColumnSpec(String name, int type) {
    }

    FlatGeobufSource(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file);
        try {
            this.size = channel.size();
            ByteBuffer magic = read(8);
            if (magic == null || !Arrays.equals(Arrays.copyOf(magic.array(), 3), Arrays.copyOf(Constants.MAGIC_BYTES, 3))) {
                throw broken("magic bytes");
            }
            ByteBuffer headerBytes = sizePrefixed();
            if (headerBytes == null) {
                throw broken("header");
            }
            this.header = Header.getRootAsHeader(headerBytes);
            for (int i = 0; i < header.columnsLength(); i++) {
                Column column = header.columns(i);
                columns.add(new ColumnSpec(column.name(), column.type()));
            }
            this.crs = crs(header.crs());
            if (header.indexNodeSize() > 0 && header.featuresCount() > 0) {
                long index = PackedRTree.calcSize((int) Math.min(header.featuresCount(), Integer.MAX_VALUE),
                        header.indexNodeSize());
                if (channel.position() + index > size) {
                    throw broken("spatial index");
                }
                channel.position(channel.position() + index);
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            if (e instanceof ImportFailure failure) {
                throw failure;
            }
            throw broken(String.valueOf(e.getMessage()));
        }
    }

    private static SourceCrs crs(Crs crs) {
        if (crs == null) {
            return null;
        }
        String org = crs.org();
        if (crs.code() > 0 && (org == null || org.equalsIgnoreCase("EPSG"))) {
            return SourceCrs.ofEpsg(crs.code());
        }
        String wkt = crs.wkt();
        return wkt == null || wkt.isBlank() ? null : SourceCrs.ofWkt(wkt);
    }

    @Override
    public SourceCrs declaredCrs() {
        return crs;
    }

    @Override
    public void read(Sink sink) throws IOException {
        sink.columns(columns.stream().map(ColumnSpec::name).toList(), Set.of());
        long row = 0;
        while (true) {
            ByteBuffer bytes = sizePrefixed();
            if (bytes == null) {
                return;
            }
            row++;
            Feature feature = Feature.getRootAsFeature(bytes);
            Map<String, Object> values;
            try {
                values = properties(feature);
            } catch (RuntimeException e) {
                throw new ImportFailure("file", file.getFileName().toString(), "import.fgb.broken",
                        "feature " + row + ": " + e.getMessage());
            }
            org.wololo.flatgeobuf.generated.Geometry geometry = feature.geometry();
            if (geometry == null) {
                sink.record(new SourceRecord(row, values, null));
                continue;
            }
            Geometry read;
            try {
                int type = header.geometryType() != GeometryType.Unknown ? header.geometryType() : geometry.type();
                read = GeometryConversions.deserialize(geometry, type);
            } catch (RuntimeException e) {
                sink.record(new SourceRecord(row, values, null, String.valueOf(e.getMessage())));
                continue;
            }
            sink.record(new SourceRecord(row, values, read));
        }
    }

    /** The properties of {@code feature}: index (uint16) and value after value, typed by the column. */
    private Map<String, Object> properties(Feature feature) {
        List<ColumnSpec> specs = columns;
        if (feature.columnsLength() > 0) {
            specs = new ArrayList<>();
            for (int i = 0; i < feature.columnsLength(); i++) {
                specs.add(new ColumnSpec(feature.columns(i).name(), feature.columns(i).type()));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ColumnSpec spec : columns) {
            values.put(spec.name(), null);
        }
        ByteBuffer p = feature.propertiesAsByteBuffer();
        if (p == null) {
            return values;
        }
        p = p.slice().order(ByteOrder.LITTLE_ENDIAN);
        while (p.remaining() >= 2) {
            int index = Short.toUnsignedInt(p.getShort());
            if (index >= specs.size()) {
                throw new IllegalStateException("property of column " + index + " of " + specs.size());
            }
            ColumnSpec spec = specs.get(index);
            values.put(spec.name(), value(p, spec.type()));
        }
        return values;
    }

    private static Object value(ByteBuffer p, int type) {
        return switch (type) {
            case ColumnType.Bool -> p.get() != 0;
            case ColumnType.Byte -> BigDecimal.valueOf(p.get());
            case ColumnType.UByte -> BigDecimal.valueOf(Byte.toUnsignedInt(p.get()));
            case ColumnType.Short -> BigDecimal.valueOf(p.getShort());
            case ColumnType.UShort -> BigDecimal.valueOf(Short.toUnsignedInt(p.getShort()));
            case ColumnType.Int -> BigDecimal.valueOf(p.getInt());
            case ColumnType.UInt -> BigDecimal.valueOf(Integer.toUnsignedLong(p.getInt()));
            case ColumnType.Long -> BigDecimal.valueOf(p.getLong());
            case ColumnType.ULong -> new BigDecimal(Long.toUnsignedString(p.getLong()));
            case ColumnType.Float -> decimal(p.getFloat());
            case ColumnType.Double -> decimal(p.getDouble());
            case ColumnType.String, ColumnType.Json, ColumnType.DateTime -> text(p);
            case ColumnType.Binary -> {
                skip(p);
                yield null;
            }
            default -> throw new IllegalStateException("column type " + type);
        };
    }

    private static BigDecimal decimal(double value) {
        return Double.isFinite(value) ? new BigDecimal(Double.toString(value)) : null;
    }

    private static String text(ByteBuffer p) {
        int length = p.getInt();
        if (length < 0 || length > p.remaining()) {
            throw new IllegalStateException("text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        p.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void skip(ByteBuffer p) {
        int length = p.getInt();
        if (length < 0 || length > p.remaining()) {
            throw new IllegalStateException("binary of " + length + " bytes");
        }
        p.position(p.position() + length);
    }

    /** The next size-prefixed flatbuffer (little-endian), or {@code null} at the end of the file. */
    private ByteBuffer sizePrefixed() throws IOException {
        ByteBuffer prefix = read(4);
        if (prefix == null) {
            return null;
        }
        long length = Integer.toUnsignedLong(prefix.order(ByteOrder.LITTLE_ENDIAN).getInt(0));
        if (length == 0 || channel.position() + length > size) {
            throw broken("a size of " + length + " bytes at byte " + (channel.position() - 4));
        }
        ByteBuffer bytes = read((int) length);
        if (bytes == null) {
            throw broken("truncated");
        }
        return bytes.order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Exactly {@code n} bytes, or {@code null} when the file ends before the first of them. */
    private ByteBuffer read(int n) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(n);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (buffer.position() == 0) {
                    return null;
                }
                throw broken("truncated");
            }
        }
        return buffer.flip();
    }

    private ImportFailure broken(String detail) {
        return new ImportFailure("file", file.getFileName().toString(), "import.fgb.broken", detail);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
