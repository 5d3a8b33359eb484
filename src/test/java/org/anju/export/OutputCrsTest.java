package org.anju.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.anju.geo.Cgcs2000;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Point;

/** Output CRSs: which codes, their .prj as ArcGIS names them, and the reprojection. */
class OutputCrsTest {

    @Test
    void acceptsTheUsualSpellingsOfAnEpsgCode() {
        assertThat(OutputCrs.parse("EPSG:4546").srid()).isEqualTo(4546);
        assertThat(OutputCrs.parse("4546").srid()).isEqualTo(4546);
        assertThat(OutputCrs.parse("urn:ogc:def:crs:EPSG::4546").srid()).isEqualTo(4546);
        assertThat(OutputCrs.parse("http://www.opengis.net/def/crs/EPSG/0/4490")).isSameAs(OutputCrs.STORED);
    }

    @Test
    void refusesCodesACountyHasNoUseFor() {
        assertThatThrownBy(() -> OutputCrs.parse("EPSG:2385")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutputCrs.parse("EPSG:4490; DROP")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "EPSG:{0} → {1}")
    @CsvSource({
            "4491, CGCS2000_GK_Zone_13, 13500000.0, 75.0",
            "4502, CGCS2000_GK_CM_75E, 500000.0, 75.0",
            "4525, CGCS2000_3_Degree_GK_Zone_37, 37500000.0, 111.0",
            "4546, CGCS2000_3_Degree_GK_CM_111E, 500000.0, 111.0",
            "4554, CGCS2000_3_Degree_GK_CM_135E, 500000.0, 135.0"})
    void gaussKrugerPrjNamesAsArcGisWritesThem(int srid, String name, String falseEasting, String meridian) {
        String prj = OutputCrs.of(srid).esriWkt();

        assertThat(prj).startsWith("PROJCS[\"" + name + "\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\"")
                .contains("PROJECTION[\"Gauss_Kruger\"]", "\"False_Easting\"," + falseEasting, "\"Central_Meridian\"," + meridian);
    }

    @ParameterizedTest(name = "GDAL identifies the .prj of EPSG:{0}")
    @CsvSource({"4491", "4502", "4525", "4546", "3857", "4326"})
    void gdalIdentifiesThePrj(int srid, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/gdalsrsinfo")), "GDAL is not installed");
        Path prj = dir.resolve("layer.prj");
        Files.writeString(prj, OutputCrs.of(srid).esriWkt(), StandardCharsets.US_ASCII);
        Process process = new ProcessBuilder("/usr/bin/gdalsrsinfo", "-e", prj.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);

        assertThat(output).contains("EPSG:" + srid);
    }

    @Test
    void projectsIntoTheZoneInMetresAndFormatsMillimetres() {
        OutputCrs zone = OutputCrs.of(4546);
        Point projected = (Point) zone.project(Cgcs2000.point(111.05, 35.55));

        // gdaltransform -s_srs EPSG:4490 -t_srs EPSG:4546 <<< "111.05 35.55" → 504533.656788699 3935614.14375612
        assertThat(projected.getX()).isCloseTo(504533.656788699, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(projected.getY()).isCloseTo(3935614.14375612, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(zone.format(projected.getX())).isEqualTo("504533.657");
        assertThat(OutputCrs.STORED.format(111.05)).isEqualTo("111.0500000");
        assertThat(OutputCrs.STORED.project(Cgcs2000.point(111.05, 35.55))).isEqualTo(Cgcs2000.point(111.05, 35.55));
    }
}
