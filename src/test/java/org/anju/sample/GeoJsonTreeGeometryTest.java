package org.anju.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.anju.geo.Cgcs2000;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTreeGeometryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Geometry read(String geoJson) {
        return GeoJsonTreeGeometry.read(JSON.readTree(geoJson));
    }

    private static void checkEqual(String expectedWkt, Geometry actual) throws Exception {
        assertThat(actual.equalsExact(new WKTReader().read(expectedWkt))).as(actual.toText()).isTrue();
        assertThat(actual.getSRID()).isEqualTo(Cgcs2000.SRID);
    }

    @Test
    void pointIsLongitudeLatitudeAndIgnoresHeight() throws Exception {
        checkEqual("POINT (111.2191325 35.616748)", read("{\"type\":\"Point\",\"coordinates\":[111.2191325,35.616748,420]}"));
    }

    @Test
    void polygonKeepsItsHoles() throws Exception {
        checkEqual("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2))", read("""
                {"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]]}"""));
    }

    @Test
    void multiPolygonKeepsItsParts() throws Exception {
        checkEqual("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))", read("""
                {"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}"""));
    }

    @Test
    void lineStringsPointsAndCollections() throws Exception {
        checkEqual("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
                read("{\"type\":\"MultiLineString\",\"coordinates\":[[[0,0],[1,1]],[[2,2],[3,3]]]}"));
        checkEqual("MULTIPOINT ((0 0), (1 1))", read("{\"type\":\"MultiPoint\",\"coordinates\":[[0,0],[1,1]]}"));
        checkEqual("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))", read("""
                {"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[1,2]},
                 {"type":"LineString","coordinates":[[0,0],[1,1]]}]}"""));
    }

    @Test
    void unreadableGeometriesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> read("{\"type\":\"Circle\",\"coordinates\":[0,0]}")).hasMessageContaining("Circle");
        assertThatThrownBy(() -> read("{\"type\":\"Point\",\"coordinates\":[\"111\",35]}")).hasMessageContaining("position");
        assertThatThrownBy(() -> read("{\"type\":\"Point\"}")).hasMessageContaining("coordinates");
        assertThatThrownBy(() -> read("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                .hasMessageContaining("LinearRing");
    }
}
