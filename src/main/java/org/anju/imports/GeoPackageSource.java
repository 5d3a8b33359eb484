package org.anju.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The first feature table of a GeoPackage (OGC 12-128r18), read row by row through SQLite JDBC
 * (read-only). Geometries are GeoPackage binary: the header (magic, flags, SRS id, envelope) is
 * skipped and the WKB after it read with JTS. The CRS is the table's SRS when its organisation is
 * EPSG.
 */
final class GeoPackageSource implements FeatureSource {

    private static final String FIRST_FEATURE_TABLE = """
            SELECT c.table_name, g.column_name, s.organization, s.organization_coordsys_id
            FROM gpkg_contents c
            JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
            WHERE c.data_type = 'features'
            ORDER BY c.table_name
            """;

    private final Connection sqlite;
    private final String table;
    private final String geometryColumn;
    private final SourceCrs crs;

    GeoPackageSource(Path file, ImportReport report) throws IOException {
        try {
            sqlite = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly());
        } catch (SQLException e) {
            throw new ImportFailure("file", file.getFileName().toString(), "import.gpkg.unreadable", e.getMessage());
        }
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery(FIRST_FEATURE_TABLE)) {
            if (!rs.next()) {
                throw new ImportFailure("file", file.getFileName().toString(), "import.gpkg.noFeatures");
            }
            table = rs.getString(1);
            geometryColumn = rs.getString(2);
            String organisation = rs.getString(3);
            int code = rs.getInt(4);
            crs = organisation != null && organisation.equalsIgnoreCase("EPSG") && code > 0 ? SourceCrs.ofEpsg(code) : null;
            if (rs.next()) {
                report.note("import.note.gpkgFirstTable", table);
            }
        } catch (SQLException e) {
            close();
            throw new ImportFailure("file", file.getFileName().toString(), "import.gpkg.unreadable", e.getMessage());
        }
    }

    private static java.util.Properties readOnly() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        return properties;
    }

    @Override
    public SourceCrs declaredCrs() {
        return crs;
    }

    @Override
    public void read(Sink sink) throws IOException {
        String sql = "SELECT * FROM " + quoted(table);
        try (PreparedStatement statement = sqlite.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!meta.getColumnName(i).equalsIgnoreCase(geometryColumn)) {
                        columns.add(meta.getColumnName(i));
                    }
                }
                sink.columns(columns, Set.of());
                WKBReader wkb = new WKBReader();
                long row = 0;
                while (rs.next()) {
                    row++;
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (String column : columns) {
                        Object value = rs.getObject(column);
                        values.put(column, value instanceof Number n && !(value instanceof BigDecimal)
                                ? new BigDecimal(n.toString()) : value instanceof byte[] ? null : value);
                    }
                    byte[] blob = rs.getBytes(geometryColumn);
                    if (blob == null) {
                        sink.record(new SourceRecord(row, values, null));
                        continue;
                    }
                    try {
                        sink.record(new SourceRecord(row, values, geometry(blob, wkb)));
                    } catch (ParseException | RuntimeException e) {
                        if (e instanceof ImportFailure failure) {
                            throw failure;
                        }
                        sink.record(new SourceRecord(row, values, null, String.valueOf(e.getMessage())));
                    }
                }
            }
        } catch (SQLException e) {
            throw new ImportFailure("file", table, "import.gpkg.unreadable", e.getMessage());
        }
    }

    /** The geometry of a GeoPackage binary blob: header of 8 bytes plus the envelope its flags announce, then WKB. */
    static Geometry geometry(byte[] blob, WKBReader wkb) throws ParseException {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not GeoPackage geometry");
        }
        int flags = blob[3];
        if ((flags & 0x10) != 0) {
            return new org.locationtech.jts.geom.GeometryFactory().createGeometryCollection();
        }
        int envelope = switch ((flags >> 1) & 0x07) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("envelope indicator");
        };
        ByteBuffer body = ByteBuffer.wrap(blob, 8 + envelope, blob.length - 8 - envelope).order(ByteOrder.BIG_ENDIAN);
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        return wkb.read(bytes);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            sqlite.close();
        } catch (SQLException e) {
            // read-only: nothing to lose
        }
    }
}
