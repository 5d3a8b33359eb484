package org.anju.export;

import static org.anju.export.TargetListFixture.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoPackage read back with the NGA library, plain SQLite and GDAL. */
class GeoPackageExportTest {

    @TempDir
    static Path dir;
    private static Path file;

    @BeforeAll
    static void export() throws Exception {
        file = Files.write(dir.resolve("targets.gpkg"), TargetListFixture.export(ExportFormat.GPKG, ExportOptions.DEFAULTS));
    }

    @Test
    void hasOnePointTableInCgcs2000() {
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile(), false)) {
            assertThat(geoPackage.getFeatureTables()).containsExactly("targets");
            FeatureDao features = geoPackage.getFeatureDao("targets");
            assertThat(features.getGeometryType()).isEqualTo(GeometryType.POINT);
            SpatialReferenceSystem srs = features.getSrs();
            assertThat(srs.getSrsId()).isEqualTo(4490);
            assertThat(srs.getOrganization()).isEqualTo("EPSG");
            assertThat(srs.getOrganizationCoordsysId()).isEqualTo(4490);
            assertThat(srs.getDefinition()).startsWith("GEOGCS[\"China Geodetic Coordinate System 2000\"")
                    .contains("SPHEROID[\"CGCS2000\",6378137,298.257222101").endsWith("AUTHORITY[\"EPSG\",\"4490\"]]");
            assertThat(geoPackage.getTableContents("targets").getIdentifier()).isEqualTo("应急排查目标清单");
            assertThat(features.getBoundingBox().getMinLongitude()).isEqualTo(111.2123456);
            assertThat(features.getBoundingBox().getMaxLatitude()).isEqualTo(35.75);
            assertThat(new RTreeIndexExtension(geoPackage).has("targets")).isTrue();
        }
    }

    /** The spatial index holds one entry per row with a point (none for a row without), with its triggers, and GDAL uses it. */
    @Test
    void theSpatialIndexHoldsEveryRowAndGdalUsesIt() throws Exception {
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile(), false)) {
            var sql = geoPackage.getConnection();
            Number features = sql.querySingleTypedResult("SELECT COUNT(*) FROM targets WHERE geom IS NOT NULL", null);
            Number entries = sql.querySingleTypedResult("SELECT COUNT(*) FROM rtree_targets_geom", null);
            Number matching = sql.querySingleTypedResult(
                    "SELECT COUNT(*) FROM targets t JOIN rtree_targets_geom r ON r.id = t.fid AND r.minx <= r.maxx", null);
            Number first = sql.querySingleTypedResult(
                    "SELECT MIN(r.minx) FROM rtree_targets_geom r", null);
            assertThat(features.longValue()).isPositive();
            assertThat(entries.longValue()).isEqualTo(features.longValue());
            assertThat(matching.longValue()).isEqualTo(features.longValue());
            assertThat(first.doubleValue()).as("the westernmost point, as a 32-bit float rounded down")
                    .isBetween(111.2123, 111.2123456);
            Number triggers = sql.querySingleTypedResult(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_targets_geom_%'", null);
            assertThat(triggers.longValue()).as("insert, update and delete triggers of the extension").isGreaterThanOrEqualTo(7);
        }
        assertThat(Ogr.info(file.toString(), "-sql", "SELECT HasSpatialIndex('targets', 'geom')"))
                .contains("= 1");
    }

    @Test
    void featuresRoundTripThroughTheNgaReader() {
        Map<String, FeatureRow> byCode = new LinkedHashMap<>();
        try (GeoPackage geoPackage = GeoPackageManager.open(file.toFile(), false)) {
            FeatureDao features = geoPackage.getFeatureDao("targets");
            FeatureResultSet rows = features.queryForAll();
            try {
                while (rows.moveToNext()) {
                    FeatureRow row = rows.getRow();
                    byCode.put((String) row.getValue("house_code"), row);
                }
            } finally {
                rows.close();
            }
        }
        assertThat(byCode).hasSize(5);
        FeatureRow wang = byCode.get("140825001001");
        assertThat(wang.getValue("household_head")).isEqualTo("王建国");
        assertThat(wang.getValue("household_members")).isEqualTo(4L);
        assertThat(wang.getValue("floor_area")).isEqualTo(85.5);
        assertThat(wang.getValue("occupied")).isEqualTo(true);
        Point point = (Point) wang.getGeometry().getGeometry();
        assertThat(point.getX()).isEqualTo(111.2123456);
        assertThat(point.getY()).isEqualTo(35.6123456);
        assertThat(wang.getGeometry().getSrsId()).isEqualTo(4490);
        FeatureRow script = byCode.get("140825002001");
        assertThat(script.getValue("household_head")).isEqualTo(SCRIPT_NAME);
        assertThat(script.getValue("household_members")).isNull();
        assertThat(byCode.get("140825001002").getValue("remark")).isEqualTo(TargetListFixture.LONG_REMARK);
        assertThat(byCode.get("140825003001").getGeometry()).isNull();
    }

    @Test
    void columnsAreTypedAndLabelled() throws SQLException {
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = sqlite.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet info = sql.executeQuery("PRAGMA table_info(targets)")) {
                while (info.next()) {
                    columns.add(info.getString("name") + " " + info.getString("type"));
                }
            }
            assertThat(columns).containsExactly("fid INTEGER", "geom POINT", "house_code TEXT",
                    "household_head TEXT", "township TEXT", "grade TEXT", "household_members INTEGER",
                    "floor_area REAL", "assessed_on DATE", "occupied BOOLEAN", "remark TEXT");
            try (ResultSet row = sql.executeQuery("SELECT assessed_on, typeof(floor_area), occupied FROM targets "
                    + "WHERE house_code = '140825002002'")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("2022-12-31");
                assertThat(row.getString(2)).isEqualTo("real");
                assertThat(row.getInt(3)).isEqualTo(1);
            }
            try (ResultSet labels = sql.executeQuery("SELECT column_name, title FROM gpkg_data_columns "
                    + "WHERE table_name = 'targets' AND column_name = 'household_head'")) {
                assertThat(labels.next()).isTrue();
                assertThat(labels.getString("title")).isEqualTo("户主姓名");
            }
        }
    }

    @Test
    void opensInGdal() throws Exception {
        String info = Ogr.info(file.toString(), "-al");
        assertThat(info).contains("Geometry: Point", "Feature Count: 5", "ID[\"EPSG\",4490]",
                "household_members: Integer64", "floor_area: Real", "assessed_on: Date",
                "occupied: Integer(Boolean)", "household_head (String) = 王建国", "assessed_on (Date) = 2023/07/15",
                "POINT (111.2123456 35.6123456)");
    }
}
