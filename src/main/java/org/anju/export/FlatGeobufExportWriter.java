package org.anju.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.google.flatbuffers.FlatBufferBuilder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;

/**
 * FlatGeobuf 3 (flatgeobuf.org) through the {@code org.wololo:flatgeobuf} library: magic bytes, a
 * header with the layer name (the schema title), geometry type (Point or MultiPolygon), the output
 * CRS's EPSG code, the extent, the feature count and the columns (named by key, titled with the
 * Chinese label; TEXT → String, INTEGER → Long, DECIMAL → Double, DATE → DateTime as ISO-8601
 * date, BOOLEAN → Bool), then one size-prefixed feature per row in the given order. There is no
 * spatial index (it would need all features sorted in memory); GDAL and QGIS read the file
 * sequentially.
 *
 * <p>Features are written to a temporary file as rows arrive, then the header (which needs the
 * count and extent) and the features are copied to the stream on close. Memory: one feature.
 */
final class FlatGeobufExportWriter extends BaseExportWriter {

    private final OutputStream out;
    private final TempDirectory directory;
    private final Path features;
    private final OutputStream spool;
    private final WritableByteChannel spoolChannel;
    private final byte geometryType;
    private final List<ColumnMeta> columns = new ArrayList<>();
    private final Envelope extent = new Envelope();
    private final FlatBufferBuilder builder = new FlatBufferBuilder(4096);
    private ByteBuffer properties = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);

    FlatGeobufExportWriter(TableSchema schema, OutputStream out, OutputCrs crs) throws IOException {
        super(schema, crs);
        this.out = out;
        this.geometryType = (byte) (schema.geometryKind().isPoint() ? GeometryType.Point : GeometryType.MultiPolygon);
        for (Column column : schema.columns()) {
            ColumnMeta meta = new ColumnMeta();
            meta.name = column.key();
            meta.title = column.label();
            meta.type = (byte) switch (column.type()) {
                case TEXT -> ColumnType.String;
                case INTEGER -> ColumnType.Long;
                case DECIMAL -> ColumnType.Double;
                case DATE -> ColumnType.DateTime;
                case BOOLEAN -> ColumnType.Bool;
            };
            meta.nullable = true;
            columns.add(meta);
        }
        this.directory = new TempDirectory();
        try {
            this.features = directory.resolve("features.part");
            this.spool = new BufferedOutputStream(Files.newOutputStream(features), 1 << 16);
            this.spoolChannel = Channels.newChannel(spool);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException {
        builder.clear();
        int geometryOffset = 0;
        if (geometry != null) {
            geometryOffset = GeometryConversions.serialize(builder, geometry, geometryType);
            extent.expandToInclude(geometry.getEnvelopeInternal());
        }
        properties.clear();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                writeProperty(i, values[i]);
            }
        }
        properties.flip();
        int propertiesOffset = Feature.createPropertiesVector(builder, properties);
        int feature = Feature.createFeature(builder, geometryOffset, propertiesOffset, 0);
        builder.finishSizePrefixed(feature);
        ByteBuffer bytes = builder.dataBuffer();
        while (bytes.hasRemaining()) {
            spoolChannel.write(bytes);
        }
    }

    private void writeProperty(int column, Object value) {
        byte[] text = null;
        if (value instanceof String s) {
            text = s.getBytes(StandardCharsets.UTF_8);
        } else if (value instanceof LocalDate d) {
            text = d.toString().getBytes(StandardCharsets.US_ASCII);
        }
        ensure(2 + 8 + (text == null ? 0 : 4 + text.length));
        properties.putShort((short) column);
        if (text != null) {
            properties.putInt(text.length).put(text);
        } else if (value instanceof Long n) {
            properties.putLong(n);
        } else if (value instanceof BigDecimal d) {
            properties.putDouble(d.doubleValue());
        } else if (value instanceof Boolean b) {
            properties.put((byte) (b ? 1 : 0));
        } else {
            throw new IllegalStateException("not a normalised value: " + value.getClass());
        }
    }

    private void ensure(int bytes) {
        if (properties.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(properties.capacity() * 2, properties.position() + bytes))
                    .order(ByteOrder.LITTLE_ENDIAN);
            properties.flip();
            larger.put(properties);
            properties = larger;
        }
    }

    @Override
    protected void finish() throws IOException {
        spool.close();
        HeaderMeta header = new HeaderMeta();
        header.name = schema.title();
        header.geometryType = geometryType;
        header.srid = crs.srid();
        header.envelope = extent.isNull() ? null : extent;
        header.featuresCount = rowCount();
        header.indexNodeSize = 0;
        header.columns = columns;
        out.write(Constants.MAGIC_BYTES);
        HeaderMeta.write(header, out, new FlatBufferBuilder(1024));
        Files.copy(features, out);
        out.flush();
    }

    @Override
    protected void cleanup() throws IOException {
        try {
            spool.close();
        } finally {
            directory.close();
        }
    }
}
