package org.anju.export;

import static org.anju.export.TargetListFixture.FORMULA;
import static org.anju.export.TargetListFixture.SCRIPT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zipped Shapefile read back with H2GIS's SHPREAD and GDAL. */
class ShapefileZipExportTest {

    @TempDir
    static Path dir;
    private static byte[] zip;
    private static List<String> entries;

    @BeforeAll
    static void exportAndUnzip() throws IOException {
        zip = TargetListFixture.export(ExportFormat.SHP_ZIP, ExportOptions.DEFAULTS);
        entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                Files.write(dir.resolve(entry.getName()), in.readAllBytes());
            }
        }
    }

    @Test
    void zipHoldsTheShapefileWithUtf8AndCgcs2000() throws IOException {
        assertThat(entries).containsExactly("targets.shp", "targets.shx", "targets.dbf", "targets.prj", "targets.cpg",
                "targets_fields.txt");
        assertThat(Files.readString(dir.resolve("targets.cpg"))).isEqualTo("UTF-8");
        assertThat(Files.readString(dir.resolve("targets.prj"))).isEqualTo(
                "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\","
                        + "SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                        + "UNIT[\"Degree\",0.0174532925199433]]");
        assertThat(Files.readString(dir.resolve("targets_fields.txt"), StandardCharsets.UTF_8))
                .startsWith("\uFEFF字段名\t中文名称\t键\t类型\r\n")
                .contains("househol_2\t家庭人口\thousehold_members\t整数\r\n");
    }

    @Test
    void dbfFieldNamesAreShortUniqueAscii() throws Exception {
        try (Connection h2 = h2gis(); Statement sql = h2.createStatement();
             ResultSet rows = sql.executeQuery("SELECT * FROM TARGETS")) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i));
            }
            assertThat(names).containsExactly("PK", "THE_GEOM", "HOUSE_CODE", "HOUSEHOLD", "TOWNSHIP", "GRADE",
                    "HOUSEHOL_2", "FLOOR_AREA", "ASSESSED_O", "OCCUPIED", "REMARK");
        }
    }

    @Test
    void attributesAndPointsRoundTripThroughH2gis() throws Exception {
        try (Connection h2 = h2gis(); Statement sql = h2.createStatement();
             ResultSet rows = sql.executeQuery("SELECT ST_X(THE_GEOM) X, ST_Y(THE_GEOM) Y, * FROM TARGETS ORDER BY PK")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getDouble("X")).isEqualTo(111.2123456);
            assertThat(rows.getDouble("Y")).isEqualTo(35.6123456);
            assertThat(rows.getString("HOUSEHOLD")).isEqualTo("王建国");
            assertThat(rows.getString("TOWNSHIP")).isEqualTo("古交镇");
            assertThat(rows.getLong("HOUSEHOL_2")).isEqualTo(4);
            assertThat(rows.getDouble("FLOOR_AREA")).isEqualTo(85.5);
            // H2GIS 2.2.5 reads every DBF date as NULL (DbaseFileReader discards the parsed date):
            // dates are checked in the raw .dbf below and by GDAL
            assertThat(rows.getInt("OCCUPIED")).isEqualTo(1);
            assertThat(rows.getString("REMARK")).isEqualTo("汛期后复查，已劝离");

            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("HOUSEHOLD")).isEqualTo(SCRIPT_NAME);
            assertThat(rows.getObject("HOUSEHOL_2")).isNull();
            assertThat(rows.getObject("FLOOR_AREA")).isNull();
            assertThat(rows.getInt("OCCUPIED")).isZero();
            assertThat(rows.getString("REMARK")).isEqualTo(FORMULA);

            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("GRADE")).isEqualTo("B级（基本安全）");
            assertThat(rows.getDouble("FLOOR_AREA")).isEqualTo(40.25);
            assertThat(rows.getObject("OCCUPIED")).isNull();
            // 100 × 危 is 300 UTF-8 bytes: cut to 84 characters (252 bytes), not in the middle of one
            assertThat(rows.getString("REMARK")).isEqualTo("危".repeat(84));

            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("GRADE")).isNull();
            assertThat(rows.getDouble("FLOOR_AREA")).isEqualTo(120.0);
            assertThat(rows.getString("REMARK")).isEqualTo(TargetListFixture.MULTILINE_REMARK);

            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("HOUSEHOLD")).isEqualTo("赵六");
            assertThat(rows.getString("TOWNSHIP")).isNull();
            assertThat(rows.getObject("THE_GEOM")).isNull();
            assertThat(rows.getString("REMARK")).isEqualTo("-12.5");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void datesAreDbaseDates() throws IOException {
        String dbf = new String(Files.readAllBytes(dir.resolve("targets.dbf")), StandardCharsets.ISO_8859_1);
        int field = dbf.indexOf("assessed_o\0");
        assertThat(field).isBetween(32, 32 * 10);
        assertThat(dbf.charAt(field + 11)).isEqualTo('D');
        assertThat(dbf.charAt(field + 16)).isEqualTo((char) 8);
        assertThat(dbf).contains("20230715", "20240103", "20221231");
    }

    @Test
    void opensInGdalAsCgcs2000() throws Exception {
        Path shpZip = Files.write(dir.resolve("targets.shp.zip"), zip);
        String info = Ogr.info(shpZip.toString(), "-al");
        assertThat(info).contains("Geometry: Point", "Feature Count: 5", "ID[\"EPSG\",4490]",
                "househol_2: Integer (9.0)", "floor_area: Real", "assessed_o: Date (10.0)", "remark: String (252.0)",
                "household (String) = 王建国", "township (String) = 泉掌镇", "occupied (Integer) = 1",
                "assessed_o (Date) = 2023/07/15",
                "POINT (111.2123456 35.6123456)", "remark (String) = " + "危".repeat(84));
    }

    private static Connection h2gis() throws Exception {
        Connection h2 = DriverManager.getConnection("jdbc:h2:mem:shp" + UUID.randomUUID(), "sa", "");
        try (Statement sql = h2.createStatement()) {
            sql.execute("CREATE ALIAS IF NOT EXISTS H2GIS_SPATIAL FOR 'org.h2gis.functions.factory.H2GISFunctions.load'");
            sql.execute("CALL H2GIS_SPATIAL()");
            sql.execute("CALL SHPREAD('" + dir.resolve("targets.shp") + "', 'TARGETS')");
        }
        return h2;
    }
}
