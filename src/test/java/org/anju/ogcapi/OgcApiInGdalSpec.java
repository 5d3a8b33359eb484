package org.anju.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.anju.testsupport.ApiSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real OGC API client reads Anju: GDAL's OAPIF driver ({@code ogrinfo}, {@code ogr2ogr} from
 * Debian's gdal-bin 3.6), on both databases ({@link OgcApiInGdalOnH2GisTest},
 * {@link OgcApiInGdalOnPostgisTest}). GDAL's debug output shows the requests it sends, which proves
 * that bbox and attribute filters are evaluated by the server, not by GDAL.
 */
abstract class OgcApiInGdalSpec extends ApiSpec {

    String source;

    @BeforeEach
    void gdal() {
        assertTrue(Gdal.available(), "GDAL (gdal-bin) is missing: scripts/test-prerequisites.sh installs it");
        source = "OAPIF:http://127.0.0.1:" + port + "/ogcapi";
    }

    @Test
    void ogrinfoListsTheCollections() throws Exception {
        String layers = Gdal.run("ogrinfo", "-ro", source);

        assertThat(layers).contains("houses", "households", "townships", "villages", "seismic-zones", "disasters");
    }

    @Test
    void ogrinfoReadsHousesInABboxFilteredByTheServer() throws Exception {
        String output = Gdal.run("ogrinfo", "-ro", "-al", "--debug", "on", "-spat", "111.0", "35.5", "111.1", "35.6",
                source, "houses");

        assertThat(Gdal.count(output, "code (String) = 140825-H")).isEqualTo(3);
        assertThat(output).contains("code (String) = 140825-H1\n", "code (String) = 140825-H2", "code (String) = 140825-H3");
        assertThat(output).contains("bbox=111,35.5,111.0999");
    }

    @Test
    void ogrinfoSendsAWhereClauseAsCqlTextAndGetsTheMatchingHouses() throws Exception {
        String output = Gdal.run("ogrinfo", "-ro", "-al", "--debug", "on", "-where",
                "grade = 'D' AND occupancy = 'OCCUPIED'", source, "houses");

        assertThat(output).contains("CQL text detected", "filter-lang=cql-text");
        assertThat(Gdal.count(output, "code (String) = 140825-H")).isEqualTo(1);
        assertThat(output).contains("code (String) = 140825-H1\n");
        assertThat(output).contains("village_name (String) = 东村");
    }

    @Test
    void ogr2ogrPullsMaskedHouseholdsAndVillageBoundariesIntoAGeoPackage(@TempDir Path dir) throws Exception {
        Path gpkg = dir.resolve("anju.gpkg");
        Gdal.run("ogr2ogr", "-f", "GPKG", gpkg.toString(), source, "villages", "households");

        String villages = Gdal.run("ogrinfo", "-ro", "-so", gpkg.toString(), "villages");
        assertThat(villages).contains("Feature Count: 3", "Multi Polygon");
        String households = Gdal.run("ogrinfo", "-ro", "-al", gpkg.toString(), "households");
        assertThat(households).contains("Feature Count: 8", "id_number (String) = 1408**********1000");
        assertThat(households).doesNotContain("140825196001011000");
    }
}
