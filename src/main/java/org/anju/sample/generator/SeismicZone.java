package org.anju.sample.generator;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A seismic design intensity zone (抗震设防烈度分区), one feature of {@code seismic-zones.geojson}.
 *
 * @param intensity design intensity in degrees (7 or 8)
 * @param pga       design basic peak ground acceleration in g (0.15 or 0.20)
 * @param source    where the zoning comes from
 * @param area      valid MultiPolygon on the output grid
 */
record SeismicZone(int intensity, double pga, String source, MultiPolygon area) {

    static final String SOURCE = "GB 18306-2015 中国地震动参数区划图（示意，非官方）";

    /**
     * The two zones of the county: 7 degree (0.15 g) over the northern foothills, north of
     * {@link Landform#foothillsEdgeLat}, and 8 degree (0.20 g) over the rest. Together they
     * cover the county exactly, without overlap. The 8-degree zone comes first.
     */
    static List<SeismicZone> of(MultiPolygon county) {
        List<Coordinate> ring = new ArrayList<>();
        for (double lon = 110.90; lon <= 111.5001; lon += 0.002) {
            ring.add(new Coordinate(lon, Landform.foothillsEdgeLat(lon)));
        }
        ring.add(new Coordinate(111.50, 36.0));
        ring.add(new Coordinate(110.90, 36.0));
        ring.add(new Coordinate(ring.get(0)));
        Geometry north = Grid.roundVertices(Grid.FACTORY.createPolygon(ring.toArray(new Coordinate[0])));
        MultiPolygon seven = Grid.intersection(county, north);
        MultiPolygon eight = Grid.difference(county, seven);
        return List.of(new SeismicZone(8, 0.20, SOURCE, eight), new SeismicZone(7, 0.15, SOURCE, seven));
    }
}
