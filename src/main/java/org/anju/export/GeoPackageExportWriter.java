package org.anju.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.contents.ContentsDao;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.extension.schema.SchemaExtension;
import mil.nga.geopackage.extension.schema.columns.DataColumns;
import mil.nga.geopackage.extension.schema.columns.DataColumnsDao;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage (OGC 12-128r18) with one feature table named {@link ExportOptions#layerName()}
 * (identifier = the schema title) of the schema's geometry kind (POINT or MULTIPOLYGON), in the
 * output CRS — by default CGCS2000, registered as EPSG:4490 with its OGC WKT definition. Geometries
 * are standard GeoPackage binary: the {@code GP} header with SRS id and (for areas) the envelope,
 * then little-endian WKB. Columns are named by key, typed TEXT, INTEGER, REAL (decimals), DATE (ISO text) and
 * BOOLEAN; the Chinese labels are recorded as names/titles in {@code gpkg_data_columns} (schema
 * extension), for readers that show them as field aliases. The feature id is {@code fid} and the geometry
 * {@code geom} (GDAL's names), so those keys are refused. A spatial index (RTree extension) is built
 * after the rows are in.
 *
 * <p>The file declares GeoPackage 1.4 ({@code user_version} 10400, as the NGA library writes it);
 * GDAL 3.6 (QGIS 3.22 on Debian 12) opens it fully and logs that 1.4 "may only be partially
 * supported".
 *
 * <p>Built with the NGA GeoPackage library in a temporary SQLite file; rows are inserted with one
 * batched prepared statement in a single transaction (journal off: the file is discarded on any
 * failure), and the file is copied to the stream on close. Memory: one batch of
 * {@value #BATCH} rows plus SQLite's page cache, whatever the number of rows.
 */
final class GeoPackageExportWriter extends BaseExportWriter {

    static final String ID_COLUMN = "fid";
    static final String GEOMETRY_COLUMN = "geom";
    private static final int BATCH = 1000;

    private final OutputStream out;
    private final TempDirectory directory;
    private final Path file;
    private final String table;
    private final GeoPackage geoPackage;
    private final FeatureTable featureTable;
    private final Connection connection;
    private final PreparedStatement insert;
    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    private final Envelope extent = new Envelope();
    private int pending;

    GeoPackageExportWriter(TableSchema schema, OutputStream out, ExportOptions options) throws IOException {
        super(schema, options.crs());
        for (Column column : schema.columns()) {
            if (column.key().equals(ID_COLUMN) || column.key().equals(GEOMETRY_COLUMN)) {
                throw new IllegalArgumentException("column key '" + column.key() + "' is reserved in GeoPackage exports");
            }
        }
        this.out = out;
        this.table = options.layerName();
        this.directory = new TempDirectory();
        GeoPackage opened = null;
        try {
            this.file = directory.resolve(table + ".gpkg");
            GeoPackageManager.create(file.toFile());
            opened = GeoPackageManager.open(file.toFile());
            this.geoPackage = opened;
            this.featureTable = createTable(geoPackage, schema, table, crs);
            this.connection = geoPackage.getConnection().getConnection();
            try (Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA journal_mode = OFF");
                pragma.execute("PRAGMA synchronous = OFF");
            }
            connection.setAutoCommit(false);
            this.insert = connection.prepareStatement(insertSql(schema, table));
        } catch (SQLException e) {
            discard(opened, directory);
            throw new IOException("cannot create the GeoPackage", e);
        } catch (RuntimeException e) {
            discard(opened, directory);
            throw e;
        }
    }

    private static void discard(GeoPackage opened, TempDirectory directory) throws IOException {
        if (opened != null) {
            opened.close();
        }
        directory.close();
    }

    private static FeatureTable createTable(GeoPackage geoPackage, TableSchema schema, String table, OutputCrs crs)
            throws SQLException {
        SpatialReferenceSystemDao srsDao = geoPackage.getSpatialReferenceSystemDao();
        SpatialReferenceSystem srs = srsDao.queryForId((long) crs.srid());
        if (srs == null) {
            srs = new SpatialReferenceSystem();
            srs.setSrsName(crs.name());
            srs.setSrsId(crs.srid());
            srs.setOrganization("EPSG");
            srs.setOrganizationCoordsysId(crs.srid());
            srs.setDefinition(crs.ogcWkt());
            srs.setDescription(crs.srid() == Cgcs2000Definitions.SRID
                    ? "CGCS2000 2000国家大地坐标系, longitude/latitude" : crs.name());
            srsDao.create(srs);
        }

        GeometryColumns geometry = new GeometryColumns();
        geometry.setId(new TableColumnKey(table, GEOMETRY_COLUMN));
        geometry.setGeometryType(schema.geometryKind().isPoint() ? GeometryType.POINT : GeometryType.MULTIPOLYGON);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrs(srs);

        List<FeatureColumn> columns = new ArrayList<>();
        for (Column column : schema.columns()) {
            columns.add(FeatureColumn.createColumn(column.key(), dataType(column.type())));
        }
        FeatureTableMetadata metadata = FeatureTableMetadata.create(geometry, ID_COLUMN, columns);
        metadata.setIdentifier(schema.title());
        metadata.setDescription(schema.title());
        FeatureTable featureTable = geoPackage.createFeatureTable(metadata);

        new SchemaExtension(geoPackage).getOrCreate();
        DataColumnsDao dataColumns = SchemaExtension.getDataColumnsDao(geoPackage);
        Contents contents = featureTable.getContents();
        for (Column column : schema.columns()) {
            DataColumns description = new DataColumns();
            description.setContents(contents);
            description.setColumnName(column.key());
            description.setName(column.label());
            description.setTitle(column.label());
            dataColumns.create(description);
        }
        return featureTable;
    }

    private static GeoPackageDataType dataType(ColumnType type) {
        return switch (type) {
            case TEXT -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case DECIMAL -> GeoPackageDataType.REAL;
            case DATE -> GeoPackageDataType.DATE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
        };
    }

    private static String insertSql(TableSchema schema, String table) {
        StringBuilder sql = new StringBuilder("INSERT INTO \"").append(table).append("\" (\"")
                .append(GEOMETRY_COLUMN).append('"');
        for (Column column : schema.columns()) {
            sql.append(", \"").append(column.key()).append('"');
        }
        sql.append(") VALUES (?");
        sql.append(", ?".repeat(schema.columns().size()));
        return sql.append(')').toString();
    }

    @Override
    protected void writeRow(ExportRow row, Geometry geometry, Object[] values) throws IOException {
        try {
            if (geometry != null) {
                insert.setBytes(1, geometryBlob(geometry));
                extent.expandToInclude(geometry.getEnvelopeInternal());
            } else {
                insert.setNull(1, Types.BLOB);
            }
            for (int i = 0; i < values.length; i++) {
                bind(i + 2, values[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new IOException("cannot write to the GeoPackage", e);
        }
    }

    /**
     * GeoPackage binary: magic {@code GP}, version 0, flags (little endian; envelope [minx, maxx, miny,
     * maxy] for areas, none for points), SRS id, then little-endian WKB.
     */
    private byte[] geometryBlob(Geometry geometry) {
        boolean withEnvelope = !(geometry instanceof org.locationtech.jts.geom.Point);
        byte[] body = wkb.write(geometry);
        java.nio.ByteBuffer blob = java.nio.ByteBuffer.allocate(8 + (withEnvelope ? 32 : 0) + body.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (withEnvelope ? 0b011 : 0b001));
        blob.putInt(crs.srid());
        if (withEnvelope) {
            Envelope box = geometry.getEnvelopeInternal();
            blob.putDouble(box.getMinX()).putDouble(box.getMaxX()).putDouble(box.getMinY()).putDouble(box.getMaxY());
        }
        blob.put(body);
        return blob.array();
    }

    private void bind(int parameter, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(parameter, Types.NULL);
        } else if (value instanceof String s) {
            insert.setString(parameter, s);
        } else if (value instanceof Long n) {
            insert.setLong(parameter, n);
        } else if (value instanceof BigDecimal d) {
            insert.setDouble(parameter, d.doubleValue());
        } else if (value instanceof LocalDate d) {
            insert.setString(parameter, d.toString());
        } else if (value instanceof Boolean b) {
            insert.setInt(parameter, b ? 1 : 0);
        } else {
            throw new IllegalStateException("not a normalised value: " + value.getClass());
        }
    }

    @Override
    protected void finish() throws IOException {
        try {
            if (pending > 0) {
                insert.executeBatch();
            }
            insert.close();
            connection.commit();
            connection.setAutoCommit(true);
            if (!extent.isNull()) {
                ContentsDao contentsDao = geoPackage.getContentsDao();
                Contents contents = contentsDao.queryForId(table);
                contents.setMinX(extent.getMinX());
                contents.setMinY(extent.getMinY());
                contents.setMaxX(extent.getMaxX());
                contents.setMaxY(extent.getMaxY());
                contentsDao.update(contents);
            }
            new RTreeIndexExtension(geoPackage).create(featureTable);
        } catch (SQLException e) {
            throw new IOException("cannot complete the GeoPackage", e);
        }
        geoPackage.close();
        Files.copy(file, out);
        out.flush();
    }

    @Override
    protected void cleanup() throws IOException {
        try {
            geoPackage.close();
        } finally {
            directory.close();
        }
    }
}
